import { expect, it } from 'vitest';
import { internalErrorLogLine } from './internal-error-log.ts';

it('logs the method, the error type and code and the frames, never the message', () => {
  const error = Object.assign(new Error("UNIQUE constraint failed: value 'Bjørn Hansen' exists"), { code: 'SQLITE_CONSTRAINT' });
  const line = internalErrorLogLine('vault.create', error);
  expect(line).toContain('vault.create: Error SQLITE_CONSTRAINT');
  expect(line).toContain('at ');
  expect(line).not.toContain('Bjørn');
});
