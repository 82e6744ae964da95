import { describe, expect, it } from 'vitest';
import { parseMinimumGroup } from './ReportPrivacySection.tsx';

describe('the minimum group size typed on Personvern i rapporter', () => {
  it('takes whole numbers from 5 to 100 and nothing else', () => {
    expect(parseMinimumGroup('5')).toBe(5);
    expect(parseMinimumGroup(' 12 ')).toBe(12);
    expect(parseMinimumGroup('100')).toBe(100);
    expect(parseMinimumGroup('4')).toBeNull();
    expect(parseMinimumGroup('101')).toBeNull();
    expect(parseMinimumGroup('5,5')).toBeNull();
    expect(parseMinimumGroup('')).toBeNull();
    expect(parseMinimumGroup('fem')).toBeNull();
  });
});
