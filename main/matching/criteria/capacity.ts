import type { Criterion, CriterionResult } from '../types.ts';

/**
 * Free places: the unused share of the mentor's capacity (2 of 3 free → 0.67), so the load
 * spreads over mentors. Met while a place is free. The availability text is passed on when given.
 */
export const capacityCriterion: Criterion = (_p, m): CriterionResult => {
  const free = Math.max(0, m.capacity - m.openMatches);
  const points = m.capacity > 0 ? Math.round((free / m.capacity) * 100) / 100 : 0;
  const params: Record<string, string | number> = { free, capacity: m.capacity };
  const availability = m.availability?.trim();
  if (availability) params.availability = availability;
  const key = free === 0 ? 'capacity.full' : availability ? 'capacity.freeAvailability' : 'capacity.free';
  return { criterion: 'capacity', points, met: free > 0, explanation: { key, params } };
};
