import type { Keychain } from '../api/host.ts';

/** An in-memory keychain for tests and the loopback test host (never the desktop app). */
export function fakeKeychain(options: { available?: boolean } = {}): Keychain & { saved: Map<string, Buffer> } {
  const saved = new Map<string, Buffer>();
  const available = options.available ?? true;
  return {
    saved,
    status: () => (available ? { ok: true, backend: 'test' } : { ok: false, code: 'KEYCHAIN_UNAVAILABLE', message: 'No keychain in this test' }),
    isRemembered: (fileId) => saved.has(fileId),
    remember: (fileId, dataKey) => void saved.set(fileId, Buffer.from(dataKey)),
    recall: (fileId) => (saved.has(fileId) ? Buffer.from(saved.get(fileId)!) : null),
    forget: (fileId) => void saved.delete(fileId),
  };
}
