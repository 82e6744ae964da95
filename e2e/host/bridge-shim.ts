/**
 * The browser-side `window.koble` for the loopback test host: the same KobleBridge the preload
 * exposes in Electron (preload/koble-bridge.ts), over fetch and an EventSource. The host serves it
 * at /koble-test-bridge.js and puts a <script> for it into index.html as it serves the page, so
 * the built renderer never contains it. Like the preload's, `call` never rejects.
 */
export const BRIDGE_SHIM_PATH = '/koble-test-bridge.js';

export const BRIDGE_SHIM_SOURCE = `'use strict';
(() => {
  const listeners = new Set();
  let events = null;
  const failure = (message) => ({ ok: false, error: { code: 'INTERNAL', message } });

  function listen() {
    if (events) return;
    events = new EventSource('/api/events');
    events.addEventListener('locked', () => {
      for (const listener of [...listeners]) listener();
    });
  }

  async function call(method, input) {
    try {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ method, input: input === undefined ? {} : input }),
      });
      if (!response.ok) return failure('The test host refused the call (' + response.status + ')');
      return await response.json();
    } catch {
      return failure('The test host cannot be reached');
    }
  }

  Object.defineProperty(window, 'koble', {
    value: Object.freeze({
      call,
      onLocked(callback) {
        listeners.add(callback);
        listen();
        return () => {
          listeners.delete(callback);
        };
      },
    }),
    enumerable: true,
  });
})();
`;

/** Puts the shim's <script> before the page's first script, so window.koble exists when the app starts. */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_SHIM_PATH}"></script>`;
  const at = html.indexOf('<script');
  if (at >= 0) return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
  return html.replace('</head>', `    ${tag}\n  </head>`);
}
