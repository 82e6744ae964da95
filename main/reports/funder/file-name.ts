/** "Rapport <funder> <from>–<to>.xlsx", without characters a file name cannot hold. */
export function funderFileName(funderName: string, from: string, to: string): string {
  const printable = [...funderName.normalize('NFC')].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  const funder = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 60) || 'tilskudd';
  return `Rapport ${funder} ${from}–${to}.xlsx`;
}
