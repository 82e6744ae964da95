/** Wrong use of the command line (exit code 1). */
export class UsageError extends Error {
  override name = 'UsageError';
}
