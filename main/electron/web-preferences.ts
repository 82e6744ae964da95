import type { WebPreferences } from 'electron';

/**
 * The window's webPreferences. The renderer is an untrusted web page with one door (the preload's
 * `window.koble`): isolated, sandboxed, no Node, web security on. Spellcheck is off because
 * Chromium would fetch dictionaries from the network.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}
