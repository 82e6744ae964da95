import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { GridApi } from 'ag-grid-community';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { gridView } from './grid-view.ts';
import { SavedFileActions } from '../SavedFileActions.tsx';

export type ExportedView = { path: string; count: number };

type Props<T> = {
  api: GridApi<T> | null;
  grid: 'participants' | 'mentors';
  title: string;
  onExported: (exported: ExportedView) => void;
  onError: (error: unknown) => void;
};

/**
 * "Eksporter visning (.xlsx)": the grid as shown (columns, filter, sort, formatting) to an Excel
 * file the user picks (nothing happens when the dialog is cancelled).
 */
export function ExportViewButton<T>({ api, grid, title, onExported, onError }: Props<T>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function exportView() {
    if (!api || api.isDestroyed()) return;
    setBusy(true);
    try {
      const view = gridView(api);
      const result = await call('grid.exportView', { grid, title, ...view });
      if (result) onExported({ path: result.path, count: view.rows.length });
    } catch (caught) {
      onError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="secondary" data-size="sm" loading={busy} disabled={!api || busy} onClick={() => void exportView()}>
      {t('grid.export.button')}
    </Button>
  );
}

/**
 * The state a grid page keeps for its export button: the last export, and the page's error line
 * cleared or set by the outcome.
 */
export function useExportView(setError: (error: unknown) => void) {
  const [exported, setExported] = useState<ExportedView | null>(null);
  return {
    exported,
    onExported(done: ExportedView) {
      setError(null);
      setExported(done);
    },
    onError(caught: unknown) {
      setExported(null);
      setError(caught);
    },
  };
}

/** Where the export went, and that the file is NOT encrypted (Excel exports are the one deliberate exception). */
export function ExportViewNotice({ exported }: { exported: ExportedView | null }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="status-line">
      {exported && (
        <Alert data-color="warning" data-testid="export-view-done">
          <Paragraph data-size="sm">{t('grid.export.done', { count: exported.count, path: exported.path })}</Paragraph>
          <SavedFileActions path={exported.path} />
        </Alert>
      )}
    </div>
  );
}
