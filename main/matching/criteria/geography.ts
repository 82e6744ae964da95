import { municipalityByNumber } from '../../reference/index.ts';
import type { Criterion, CriterionResult } from '../types.ts';

export const GEOGRAPHY_POINTS = { municipality: 1, county: 0.6, remote: 0.2 } as const;

/** Same municipality 1, same county 0.6, else remote 0.2. Met within the county. */
export const geographyCriterion: Criterion = (p, m, names): CriterionResult => {
  const pm = p.municipalityNumber ? municipalityByNumber(p.municipalityNumber) : undefined;
  const mm = m.municipalityNumber ? municipalityByNumber(m.municipalityNumber) : undefined;
  if (!pm || !mm) return { criterion: 'geography', points: 0, met: false, explanation: { key: 'geography.unknown', params: {} } };
  if (pm.number === mm.number) {
    return { criterion: 'geography', points: GEOGRAPHY_POINTS.municipality, met: true, explanation: { key: 'geography.sameMunicipality', params: { municipality: names.municipality(pm.number) } } };
  }
  if (pm.countyNumber === mm.countyNumber) {
    return { criterion: 'geography', points: GEOGRAPHY_POINTS.county, met: true, explanation: { key: 'geography.sameCounty', params: { county: names.county(pm.countyNumber) } } };
  }
  return {
    criterion: 'geography',
    points: GEOGRAPHY_POINTS.remote,
    met: false,
    explanation: { key: 'geography.remote', params: { participantCounty: names.county(pm.countyNumber), mentorCounty: names.county(mm.countyNumber) } },
  };
};
