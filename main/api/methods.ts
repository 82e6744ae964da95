/**
 * The names of every API method, as a plain list the preload can import without pulling in the
 * backend. main/api/index.ts checks at compile time that this list and the handler map agree,
 * so adding a method in one place and not the other does not build.
 */
export const API_METHODS = [
  'app.info',
  'app.setLanguage',
  'settings.get',
  'settings.update',
  'vault.status',
  'vault.touch',
  'vault.chooseNewFile',
  'vault.chooseExistingFile',
  'vault.passphraseStrength',
  'vault.create',
  'vault.unlock',
  'vault.recover',
  'vault.lock',
  'vault.check',
  'vault.backup',
  'vault.restore',
  'vault.openDemo',
  'vault.rememberStatus',
  'vault.remember',
  'vault.unlockRemembered',
  'demo.generate',
  'staff.list',
  'staff.add',
  'staff.remove',
  'staff.setPassphrase',
  'staff.changePassphrase',
  'staff.replaceRecoveryKey',
  'overview.summary',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];

export function isApiMethod(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}
