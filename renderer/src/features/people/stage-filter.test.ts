import { describe, expect, it } from 'vitest';
import { stagePasses, toggleStage } from './StageFilter.tsx';

describe('the Stadium column filter (stages to tick)', () => {
  it('lets every stage through until something is unticked', () => {
    expect(stagePasses(null, 'ready')).toBe(true);
    const model = toggleStage(null, 'ready', false);
    expect(model?.stages).not.toContain('ready');
    expect(stagePasses(model, 'ready')).toBe(false);
    expect(stagePasses(model, 'active')).toBe(true);
  });

  it('is no filter again once every stage is ticked', () => {
    expect(toggleStage(toggleStage(null, 'ready', false), 'ready', true)).toBeNull();
  });

  it('ticks one stage from none', () => {
    const model = toggleStage({ stages: [] }, 'registered', true);
    expect(model).toEqual({ stages: ['registered'] });
    expect(stagePasses(model, 'assessed')).toBe(false);
  });

  it('ignores a text filter model saved in a view before the list existed', () => {
    const old = { filterType: 'text', type: 'contains', filter: 'Aktiv' } as unknown as { stages: [] };
    expect(stagePasses(old, 'ready')).toBe(true);
  });
});
