import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the window's page and preload come from. electron-vite builds the preload to
 * out/preload/index.cjs and the renderer to out/renderer/index.html under the app folder;
 * `electron-vite dev` serves the renderer at ELECTRON_RENDERER_URL instead.
 */
export type RendererLocation = {
  /** the URL the window loads; IPC is accepted only from this page */
  readonly url: string;
  readonly preloadPath: string;
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `devServerUrl` is honoured only when the caller passes it (main/index.ts does so only for an
 * unpackaged app) and only on this machine's loopback: the page gets the preload, so it must be ours.
 */
export function rendererLocation(appPath: string, devServerUrl: string | undefined): RendererLocation {
  const preloadPath = join(appPath, 'out', 'preload', 'index.cjs');
  if (devServerUrl) {
    const url = new URL(devServerUrl);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new Error(`ELECTRON_RENDERER_URL must be a loopback http URL, not ${url.origin}`);
    }
    return { url: url.href, preloadPath };
  }
  return { url: pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href, preloadPath };
}

/**
 * True when `url` is our renderer page. For file:// the page file itself (any query or hash);
 * for the dev server, its origin.
 */
export function isRendererUrl(url: string, rendererUrl: string): boolean {
  let actual: URL;
  let expected: URL;
  try {
    actual = new URL(url);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') {
    return actual.protocol === 'file:' && actual.host === expected.host && actual.pathname === expected.pathname;
  }
  return actual.origin === expected.origin;
}
