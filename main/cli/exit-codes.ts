/** Exit codes of the `koble` command. */
export const EXIT = { done: 0, usage: 1, refused: 2, internal: 3 } as const;

/** Refused: the input or the secret was wrong, or the file cannot be opened as asked. Internal: a bug. */
export function exitCodeFor(errorCode: string): number {
  return errorCode === 'INTERNAL' || errorCode === 'API_UNKNOWN_METHOD' ? EXIT.internal : EXIT.refused;
}
