import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { menuTemplate } from './menu.ts';

/** Installs the Norwegian application menu; "Lås nå" runs `lockNow`. */
export function installMenu(lockNow: () => void, getWindow: () => BrowserWindow | null): void {
  const about = (): void => {
    const options = {
      type: 'info' as const,
      title: 'Om Koble',
      message: `Koble ${app.getVersion()}`,
      detail: 'Koordinering av mentor- og traineeprogram. Alle data ligger kryptert i programfilen på denne maskinen.',
      buttons: ['OK'],
    };
    const window = getWindow();
    const shown = window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
    shown.catch(() => undefined);
  };
  const template = menuTemplate({ lockNow, about }, { isDev: !app.isPackaged, platform: process.platform });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
