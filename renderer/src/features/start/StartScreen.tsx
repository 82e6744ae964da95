import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScreenShell } from '../../components/ScreenShell.tsx';
import type { FileRef } from '../../app/screen.ts';
import { KitOpenCard } from '../kiosk/KitOpenCard.tsx';

type Props = {
  /** A failure from before this screen (the first status call). */
  error?: unknown;
  recentFile: FileRef | null;
  /** A .koblekit the user double-clicked: the kit card opens on it, asking for its passphrase. */
  openedKit?: string | null;
  onCreate: () => void;
  /** "Bli med i et delt program": the join screen (an invitation from a colleague). */
  onJoin: () => void;
  onFileChosen: (file: FileRef) => void;
  onDemoOpened: (demo: { passphrase: string; staffName: string; fileName: string }) => void;
};

/** First start (or no programme open): create, open a file, join a shared programme, or the demo programme. */
export function StartScreen({ error: initialError = null, recentFile, openedKit = null, onCreate, onJoin, onFileChosen, onDemoOpened }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'open' | 'demo' | null>(null);
  const [error, setError] = useState<unknown>(initialError);

  async function openFile() {
    setBusy('open');
    setError(null);
    try {
      const file = await call('vault.chooseExistingFile', {});
      if (file) onFileChosen(file);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function openDemo() {
    setBusy('demo');
    setError(null);
    try {
      const demo = await call('vault.openDemo', {});
      onDemoOpened({ passphrase: demo.passphrase, staffName: demo.staffName, fileName: fileNameOf(demo.path) });
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  }

  return (
    <ScreenShell title={t('start.title')} wide>
      <Paragraph className="lead">{t('start.intro')}</Paragraph>
      <ErrorAlert error={error} />
      <Heading level={2} data-size="xs" className="section-heading">
        {t('start.choose')}
      </Heading>
      <div className="choice-grid">
        <Card className="choice choice--primary">
          <Heading level={3} data-size="xs">
            {t('start.create.title')}
          </Heading>
          <Paragraph>{t('start.create.text')}</Paragraph>
          <Button onClick={onCreate}>{t('start.create.action')}</Button>
        </Card>
        <Card className="choice">
          <Heading level={3} data-size="xs">
            {t('start.open.title')}
          </Heading>
          <Paragraph>{t('start.open.text')}</Paragraph>
          <Button variant="secondary" onClick={() => void openFile()} loading={busy === 'open'} disabled={busy !== null}>
            {t('start.open.action')}
          </Button>
          {recentFile && (
            <Button variant="tertiary" onClick={() => onFileChosen(recentFile)} disabled={busy !== null}>
              {t('start.openRecent', { name: recentFile.name })}
            </Button>
          )}
        </Card>
        <Card className="choice">
          <Heading level={3} data-size="xs">
            {t('start.demo.title')}
          </Heading>
          <Paragraph>{t('start.demo.text')}</Paragraph>
          <Button variant="secondary" onClick={() => void openDemo()} loading={busy === 'demo'} disabled={busy !== null}>
            {t('start.demo.action')}
          </Button>
        </Card>
        <Card className="choice">
          <Heading level={3} data-size="xs">
            {t('join.startTitle')}
          </Heading>
          <Paragraph>{t('join.startText')}</Paragraph>
          <Button variant="secondary" onClick={onJoin} disabled={busy !== null}>
            {t('join.startAction')}
          </Button>
        </Card>
        <KitOpenCard openedPath={openedKit} />
      </div>
      <p role="status" className="status-line">
        {busy === 'demo' ? t('start.demo.opening') : ''}
      </p>
    </ScreenShell>
  );
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
