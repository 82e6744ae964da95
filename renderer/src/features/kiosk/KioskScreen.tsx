import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import { personName, type KioskHit } from '../events/api.ts';
import { kioskCall } from './kiosk-end.ts';
import { walkInConfirmation } from './walk-in-confirmation.ts';
import { osloDateTime, osloTime } from '../events/time.ts';
import { Confirmation, UNDO_SECONDS, type Confirmed } from './Confirmation.tsx';
import { enterFullscreen, leaveFullscreen, type KioskScreenState } from './kiosk-mode.ts';
import { KioskSearch } from './KioskSearch.tsx';
import { LeaveDialog } from './LeaveDialog.tsx';
import { WalkInForm } from './WalkInForm.tsx';
import './kiosk.css';

type Props = { screen: KioskScreenState; onLeft: () => void };

/** How long a confirmation stays on screen after its undo time. */
const CLEAR_SECONDS = 20;

/**
 * Innsjekking at the door, full screen, without the app frame: search the roster, tap or Enter to
 * check in, undo for a few seconds, a walk-in form, and "Avslutt" behind a passphrase.
 */
export function KioskScreen({ screen, onLeft }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'search' | 'walkIn'>('search');
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const [attended, setAttended] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [searchKey, setSearchKey] = useState(0);
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const searchRef = useRef<HTMLInputElement>(null);

  const refreshCounts = useCallback(() => {
    kioskCall('kiosk.status', {}).then(
      (status) => setAttended(status.counts?.attended ?? null),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    refreshCounts();
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [refreshCounts]);

  // The next person at the door should not read the last one's name for long.
  useEffect(() => {
    if (!confirmed) return;
    const timer = window.setTimeout(() => setConfirmed(null), CLEAR_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [confirmed]);

  const backToSearch = useCallback(() => {
    setView('search');
    setSearchKey((n) => n + 1);
    window.setTimeout(() => searchRef.current?.focus(), 0);
  }, []);

  async function checkIn(hit: KioskHit) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await kioskCall('kiosk.checkIn', { attendanceId: hit.attendanceId });
      setConfirmed({
        kind: result.result === 'already' ? 'already' : 'checkedIn',
        attendanceId: hit.attendanceId,
        name: personName(hit),
        time: osloTime(result.checkedInAt),
        undoUntil: result.result === 'already' ? 0 : Date.now() + UNDO_SECONDS * 1000,
      });
      refreshCounts();
      backToSearch();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function undo(current: Confirmed) {
    setError(null);
    try {
      await kioskCall('kiosk.undo', { attendanceId: current.attendanceId });
      setConfirmed({ kind: 'undone', attendanceId: current.attendanceId, name: current.name, time: '', undoUntil: 0 });
      refreshCounts();
    } catch (caught) {
      setConfirmed({ ...current, undoUntil: 0 });
      setError(caught);
    }
    backToSearch();
  }

  return (
    <div className="kiosk" data-testid="kiosk">
      <header className="kiosk__header">
        <div>
          <Heading level={1} data-size="md" className="kiosk__title" data-testid="kiosk-title">
            {screen.event.title}
          </Heading>
          <Paragraph className="kiosk__meta">
            {osloDateTime(screen.event.startsAt)}
            {screen.mode === 'kit' ? ` · ${t('kiosk.kitMode')}` : ''}
            {attended !== null ? ` · ${t('kiosk.attendedCount', { count: attended })}` : ''}
          </Paragraph>
        </div>
        <div className="kiosk__tools">
          <LanguageSwitch compact />
          {!fullscreen && (
            <Button variant="tertiary" data-size="sm" onClick={enterFullscreen}>
              {t('kiosk.fullscreen')}
            </Button>
          )}
          <Button variant="secondary" data-size="sm" onClick={() => setLeaving(true)}>
            {t('kiosk.leave.open')}
          </Button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="kiosk__main">
        <Confirmation confirmed={confirmed} onUndo={(current) => void undo(current)} onExpired={() => setConfirmed((c) => (c ? { ...c, undoUntil: 0 } : c))} />
        <ErrorAlert error={error} />
        {view === 'search' ? (
          <>
            <KioskSearch key={searchKey} inputRef={searchRef} busy={busy} onCheckIn={(hit) => void checkIn(hit)} />
            <div className="kiosk__walk-in">
              <Paragraph>{t('kiosk.notOnList')}</Paragraph>
              <Button variant="secondary" className="kiosk__big-button" onClick={() => setView('walkIn')}>
                {t('kiosk.walkIn.open')}
              </Button>
            </div>
          </>
        ) : (
          <WalkInForm
            onCancel={backToSearch}
            onDone={(reply) => {
              setConfirmed(walkInConfirmation(reply, osloTime, Date.now() + UNDO_SECONDS * 1000));
              refreshCounts();
              backToSearch();
            }}
          />
        )}
      </main>
      {leaving && (
        <LeaveDialog
          mode={screen.mode}
          onCancel={() => {
            setLeaving(false);
            window.setTimeout(() => searchRef.current?.focus(), 0);
          }}
          onLeft={() => {
            leaveFullscreen();
            onLeft();
          }}
        />
      )}
    </div>
  );
}
