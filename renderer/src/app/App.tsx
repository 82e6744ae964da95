import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { watchActivity } from '../api/activity.ts';
import { bridge } from '../api/bridge.ts';
import { ApiCallError, call, onVaultLocked } from '../api/client.ts';
import { RecoveryKeyPanel } from '../components/recovery-key/RecoveryKeyPanel.tsx';
import { ScreenShell } from '../components/ScreenShell.tsx';
import { CreateScreen } from '../features/create/CreateScreen.tsx';
import { activeKiosk, leaveFullscreen, onKioskStarted } from '../features/kiosk/kiosk-mode.ts';
import { onKioskEnded, screenAfterKiosk } from '../features/kiosk/kiosk-end.ts';
import { KioskScreen } from '../features/kiosk/KioskScreen.tsx';
import { AppFrame } from '../features/frame/AppFrame.tsx';
import { JoinScreen } from '../features/join/JoinScreen.tsx';
import { StartScreen } from '../features/start/StartScreen.tsx';
import { RecoverScreen } from '../features/unlock/RecoverScreen.tsx';
import { UnlockScreen } from '../features/unlock/UnlockScreen.tsx';
import { isLanguage } from '../i18n/i18n.ts';
import type { FileRef, LockReason, OpenProgramme, Screen } from './screen.ts';

const STATUS_POLL_MS = 5_000;

/** Decides the screen: start, create, unlock/locked, recover, or the open programme. */
export function App() {
  const { t, i18n } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });
  const [programme, setProgramme] = useState<OpenProgramme | null>(null);
  const [recentFile, setRecentFile] = useState<FileRef | null>(null);
  const [openedKit, setOpenedKit] = useState<string | null>(null);
  const [fatal, setFatal] = useState<unknown>(null);
  const screenRef = useRef(screen);
  /** Set while "Lås" runs, so main's lock event is not taken for an auto-lock. */
  const lockingRef = useRef(false);
  const programmeRef = useRef(programme);
  useEffect(() => {
    screenRef.current = screen;
    programmeRef.current = programme;
  }, [screen, programme]);

  const toLocked = useCallback((reason: LockReason, file: FileRef | null) => {
    const next: Screen = file ? { name: 'unlock', file, reason } : { name: 'start' };
    // The ref changes at once, so a lock event arriving before the re-render sees we left the app.
    screenRef.current = next;
    setProgramme(null);
    setScreen(next);
  }, []);

  /** The kiosk ended under the kiosk screen (a lock, suspend, "Lås nå"): unlock screen (programme) or start screen (kit). */
  const kioskEnded = useCallback(async () => {
    const current = screenRef.current;
    if (current.name !== 'kiosk' || (await activeKiosk()) || screenRef.current !== current) return;
    const vault = await call('vault.status', {}).catch(() => null);
    const next = screenAfterKiosk(current.mode, vault, programmeRef.current !== null);
    leaveFullscreen();
    if (next.name === 'start') setFatal(new ApiCallError('KIOSK_NOT_ACTIVE', 'The check-in kiosk ended'));
    if (next.name !== 'app') setProgramme(null);
    screenRef.current = next;
    setScreen(next);
  }, []);

  /** Main says the programme is locked (auto-lock, OS suspend, a VAULT_LOCKED reply). */
  const lockedOut = useCallback(async () => {
    if (screenRef.current.name === 'kiosk') return kioskEnded();
    if (screenRef.current.name !== 'app' || lockingRef.current) return;
    try {
      const status = await call('vault.status', {});
      if (status.state === 'unlocked' || screenRef.current.name !== 'app' || lockingRef.current) return;
      toLocked('auto', status.file);
    } catch {
      if (screenRef.current.name === 'app') toLocked('auto', null);
    }
  }, [toLocked, kioskEnded]);

  // First look: language, then locked/unlocked and the recent file.
  useEffect(() => {
    void (async () => {
      try {
        const info = await call('app.info', {});
        if (isLanguage(info.language) && info.language !== i18n.language) await i18n.changeLanguage(info.language);
        const status = await call('vault.status', {});
        setRecentFile(status.file);
        // A double-clicked .koblekit (main/electron/opened-file.ts): the start screen's kit card, whatever the recent file.
        const kit = status.state === 'unlocked' ? null : await call('kit.opened', {}).catch(() => null);
        if (kit) {
          setOpenedKit(kit.path);
          setScreen({ name: 'start' });
        } else if (status.state === 'unlocked' && status.file) {
          setProgramme({ fileName: status.file.name, staffName: null, demoPassphrase: null });
          setScreen({ name: 'app' });
        } else if (status.file) setScreen({ name: 'unlock', file: status.file, reason: null });
        else setScreen({ name: 'start' });
        const kiosk = await activeKiosk(); // still in the kiosk or a kit after a reload
        if (kiosk) setScreen(kiosk);
      } catch (caught) {
        setFatal(caught);
        setScreen({ name: 'start' });
      }
    })();
  }, [i18n]);

  // Auto-lock: poll the status, listen to main's lock event and to VAULT_LOCKED replies, report activity.
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (screenRef.current.name !== 'app' || lockingRef.current) return;
      call('vault.status', {}).then(
        (status) => {
          if (status.state === 'locked' && screenRef.current.name === 'app' && !lockingRef.current) toLocked('auto', status.file);
        },
        () => undefined,
      );
    }, STATUS_POLL_MS);
    const offLocked = onVaultLocked(() => void lockedOut());
    const offBridge = bridge()?.onLocked(() => void lockedOut());
    const offActivity = watchActivity(() => screenRef.current.name === 'app');
    return () => {
      window.clearInterval(timer);
      offLocked();
      offBridge?.();
      offActivity();
    };
  }, [lockedOut, toLocked]);

  // The events page or the start screen entered the kiosk (or a kit): the kiosk screen, without the frame.
  useEffect(
    () =>
      onKioskStarted((kiosk) => {
        setFatal(null);
        setScreen(kiosk);
      }),
    [],
  );
  useEffect(() => onKioskEnded(() => void kioskEnded()), [kioskEnded]);

  const opened = (next: OpenProgramme) => {
    setProgramme(next);
    setScreen({ name: 'app' });
  };

  async function lockNow() {
    lockingRef.current = true;
    try {
      const file = (await call('vault.status', {}).catch(() => null))?.file ?? null;
      await call('vault.lock', {}).catch(() => undefined);
      toLocked('manual', file);
    } finally {
      lockingRef.current = false;
    }
  }

  switch (screen.name) {
    case 'loading':
      return (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      );
    case 'start':
      return (
        <StartScreen
            error={fatal}
            recentFile={recentFile}
            openedKit={openedKit}
            onCreate={() => setScreen({ name: 'create' })}
            onJoin={() => setScreen({ name: 'join' })}
            onFileChosen={(file) => setScreen({ name: 'unlock', file, reason: null })}
            onDemoOpened={(demo) => opened({ fileName: demo.fileName, staffName: demo.staffName, demoPassphrase: demo.passphrase })}
          />
      );
    case 'create':
      return (
        <CreateScreen
          onCancel={() => setScreen({ name: 'start' })}
          onCreated={(created) => {
            setProgramme({ fileName: created.fileName, staffName: created.staffName, demoPassphrase: null });
            setScreen({ name: 'recoveryKey', recoveryKey: created.recoveryKey, fileName: created.fileName });
          }}
        />
      );
    case 'join':
      return (
        <JoinScreen
          onCancel={() => setScreen({ name: 'start' })}
          onJoined={(joined) => opened({ fileName: joined.fileName, staffName: joined.staffName, demoPassphrase: null, backupWarning: joined.warnings.length > 0 })}
        />
      );
    case 'recoveryKey':
      return (
        <ScreenShell title={t('recoveryKey.title')}>
          <RecoveryKeyPanel
            recoveryKey={screen.recoveryKey}
            fileName={screen.fileName}
            headingLevel={null}
            doneLabel={t('recoveryKey.continue')}
            onDone={() => setScreen({ name: 'app' })}
          />
        </ScreenShell>
      );
    case 'unlock':
      return (
        <UnlockScreen
          key={screen.file.path}
          file={screen.file}
          reason={screen.reason}
          onUnlocked={(result) => opened({ fileName: result.fileName, staffName: result.staffName, demoPassphrase: null, backupWarning: result.warnings.length > 0 })}
          onRecover={() => setScreen({ name: 'recover', file: screen.file })}
          onFileChosen={(file) => setScreen({ name: 'unlock', file, reason: null })}
          onStart={() => setScreen({ name: 'start' })}
        />
      );
    case 'recover':
      return (
        <RecoverScreen
          file={screen.file}
          onRecovered={(result) => opened({ fileName: result.fileName, staffName: result.staffName, demoPassphrase: null, backupWarning: result.warnings.length > 0 })}
          onBack={() => setScreen({ name: 'unlock', file: screen.file, reason: null })}
        />
      );
    case 'app':
      return programme ? <AppFrame programme={programme} onLock={() => void lockNow()} /> : null;
    case 'kiosk':
      return <KioskScreen key={screen.event.eventId} screen={screen} onLeft={() => setScreen(screen.mode === 'kiosk' && programme ? { name: 'app' } : { name: 'start' })} />;
  }
}
