import type { KobleBridge } from '../../../preload/koble-bridge.ts';

export type { KobleBridge };

declare global {
  interface Window {
    /** Set by the preload (Electron) or by the loopback test host's shim; absent in a plain browser. */
    koble?: KobleBridge;
  }
}

export function bridge(): KobleBridge | null {
  return window.koble ?? null;
}
