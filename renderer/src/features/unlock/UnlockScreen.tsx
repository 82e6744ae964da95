import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client.ts';
import type { FileRef, LockReason } from '../../app/screen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScreenShell } from '../../components/ScreenShell.tsx';

type Props = {
  file: FileRef;
  reason: LockReason;
  onUnlocked: (result: { staffName: string | null; fileName: string; warnings: unknown[] }) => void;
  onRecover: () => void;
  onFileChosen: (file: FileRef) => void;
  onStart: () => void;
};

/** Replies to vault.unlockRemembered after which the remembered key cannot be used here: the passphrase it is. */
const REMEMBERED_KEY_UNUSABLE = new Set(['VAULT_NOT_REMEMBERED', 'KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_CHANGED', 'KEYCHAIN_UNREADABLE']);

/**
 * Unlock a programme file with a passphrase, or with the key this computer remembers (when it
 * does); also the "locked" screen after auto-lock or Lås.
 */
export function UnlockScreen({ file, reason, onUnlocked, onRecover, onFileChosen, onStart }: Props) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [remembered, setRemembered] = useState(file.remembered === true);
  const [busy, setBusy] = useState<'passphrase' | 'remembered' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setBusy('passphrase');
    setError(null);
    try {
      const result = await call('vault.unlock', { path: file.path, passphrase });
      setPassphrase('');
      onUnlocked(result);
    } catch (caught) {
      setError(caught);
      setBusy(null);
      if (caught instanceof ApiCallError && caught.code === 'VAULT_WRONG_PASSPHRASE') {
        setPassphrase('');
        inputRef.current?.focus();
      }
    }
  }

  async function unlockOnThisComputer() {
    setBusy('remembered');
    setError(null);
    setMissing(false);
    try {
      onUnlocked(await call('vault.unlockRemembered', { path: file.path }));
    } catch (caught) {
      setError(caught);
      setBusy(null);
      if (caught instanceof ApiCallError && REMEMBERED_KEY_UNUSABLE.has(caught.code)) {
        // The message says to use the passphrase; the button would only fail again.
        setRemembered(false);
        inputRef.current?.focus();
      }
    }
  }

  async function openAnother() {
    setError(null);
    try {
      const chosen = await call('vault.chooseExistingFile', {});
      if (chosen) onFileChosen(chosen);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <ScreenShell title={t('unlock.title')} focusHeading={false}>
      {reason === 'auto' && <Alert data-color="info">{remembered ? t('unlock.lockedRemembered') : t('unlock.locked')}</Alert>}
      {reason === 'manual' && <Alert data-color="info">{t('unlock.lockedManually')}</Alert>}
      <div>
        <Paragraph data-size="sm" className="field-caption">
          {t('unlock.file')}
        </Paragraph>
        <Paragraph className="file-name" data-testid="unlock-file">
          {file.name}
        </Paragraph>
      </div>
      {remembered && (
        <div className="remembered-unlock" data-testid="remembered-unlock">
          <Paragraph data-size="sm">{t('unlock.rememberedText')}</Paragraph>
          <div className="button-row">
            <Button onClick={() => void unlockOnThisComputer()} loading={busy === 'remembered'} disabled={busy !== null} autoFocus>
              {busy === 'remembered' ? t('unlock.unlocking') : t('unlock.onThisComputer')}
            </Button>
          </div>
        </div>
      )}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          ref={inputRef}
          label={t('unlock.passphrase')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => {
            setPassphrase(event.target.value);
            setMissing(false);
          }}
          error={missing ? t('unlock.missingPassphrase') : undefined}
          autoFocus={!remembered}
          spellCheck={false}
        />
        <ErrorAlert error={error} />
        <div className="button-row">
          <Button type="submit" variant={remembered ? 'secondary' : 'primary'} loading={busy === 'passphrase'} disabled={busy !== null}>
            {busy === 'passphrase' ? t('unlock.unlocking') : t('unlock.submit')}
          </Button>
        </div>
      </form>
      <ul className="action-list">
        <li>
          <Button variant="tertiary" onClick={() => onRecover()}>
            {t('unlock.forgot')}
          </Button>
        </li>
        <li>
          <Button variant="tertiary" onClick={() => void openAnother()}>
            {t('unlock.openAnother')}
          </Button>
        </li>
        <li>
          <Button variant="tertiary" onClick={() => onStart()}>
            {t('unlock.backToStart')}
          </Button>
        </li>
      </ul>
    </ScreenShell>
  );
}
