/**
 * A log line for an unexpected error that is safe to write: the method, the error's class and
 * code and the stack frames — not the message, which may quote SQL values or personal data.
 */
export function internalErrorLogLine(method: string, error: unknown): string {
  if (!(error instanceof Error)) return `[koble] ${method}: non-Error thrown (${typeof error})`;
  const code = 'code' in error ? ` ${String((error as { code: unknown }).code)}` : '';
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8).join('\n');
  return `[koble] ${method}: ${error.name}${code}\n${frames}`;
}
