import { exportViewFileName, exportViewSchema, saveViewExport } from '../../grid/export-view.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { method } from '../method.ts';

export const gridHandlers = {
  /**
   * "Eksporter visning (.xlsx)": what the grid shows (columns in order, rows after filter and
   * sort, formatted values) to a file the user picks; null when the dialog is cancelled. The file
   * is not encrypted, and the renderer says so.
   */
  'grid.exportView': method(exportViewSchema, async (input, { session, host }) => {
    const vault = session.requireVault();
    const path = await host.chooseExportFile(exportViewFileName(input.title, osloToday()));
    if (!path) return null;
    await saveViewExport(vault, input, path, session.staffId);
    return { path: session.wrote(path) };
  }),
};
