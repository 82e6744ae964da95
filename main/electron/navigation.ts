import { isRendererUrl } from './renderer-location.ts';

/** A will-navigate is allowed only to our own page (a reload of it); everything else stays put. */
export function navigationAllowed(targetUrl: string, rendererUrl: string): boolean {
  return isRendererUrl(targetUrl, rendererUrl);
}

/** Links that may open in the user's browser: https only (no file:, http:, mailto:, custom schemes). */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The slice of WebContents the guards need, so they are tested with a fake. */
export type GuardedContents = {
  on(event: 'will-navigate', listener: (details: { url: string; preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/**
 * Blocks navigation away from our page, webviews and new windows. A new window is always denied;
 * an https link goes to the OS browser instead.
 */
export function guardContents(contents: GuardedContents, rendererUrl: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (details) => {
    if (!navigationAllowed(details.url, rendererUrl)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
}
