import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = {
  lockNow(): void;
  about(): void;
};

/**
 * The application menu, in Norwegian. "Vis → Last inn på nytt" and the developer tools exist only
 * in development: replacing Electron's default menu also removes its reload shortcuts.
 */
export function menuTemplate(actions: MenuActions, options: { isDev: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') template.push({ role: 'appMenu' });
  template.push(
    {
      label: 'Fil',
      submenu: [
        { id: 'lock-now', label: 'Lås nå', accelerator: 'CmdOrCtrl+L', click: () => actions.lockNow() },
        { type: 'separator' },
        { id: 'quit', label: 'Avslutt', role: 'quit' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { label: 'Angre', role: 'undo' },
        { label: 'Gjør om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopier', role: 'copy' },
        { label: 'Lim inn', role: 'paste' },
        { label: 'Merk alt', role: 'selectAll' },
      ],
    },
  );
  const developer: MenuItemConstructorOptions[] = options.isDev
    ? [
        { type: 'separator' },
        { id: 'reload', label: 'Last inn på nytt', role: 'reload' },
        { label: 'Utviklerverktøy', role: 'toggleDevTools' },
      ]
    : [];
  template.push({
    label: 'Vis',
    submenu: [
      { label: 'Større tekst', role: 'zoomIn' },
      { label: 'Mindre tekst', role: 'zoomOut' },
      { label: 'Vanlig størrelse', role: 'resetZoom' },
      { type: 'separator' },
      { label: 'Fullskjerm', role: 'togglefullscreen' },
      ...developer,
    ],
  });
  template.push({
    label: 'Hjelp',
    submenu: [{ id: 'about', label: 'Om Koble', click: () => actions.about() }],
  });
  return template;
}
