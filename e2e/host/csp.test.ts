import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../main/electron/csp.ts';

/** renderer/index.html's <meta> CSP must say what main/electron/csp.ts sends as a header (and the test host too). */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...sources] = part.split(/\s+/);
        return [name!, sources];
      }),
  );
}

describe('the renderer CSP', () => {
  it('is the same in index.html and main/electron/csp.ts (frame-ancestors works only as a header)', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const header: Record<string, string[]> = Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([name, sources]) => [name, [...sources]]));
    delete header['frame-ancestors'];
    expect(directives(meta![1]!)).toEqual(header);
  });
});
