/**
 * Grants, hours (egenandel), outcomes, progression forms and the dashboard (issue 6; handlers in
 * main/api/handlers/{grants,hours,outcomes,progression,dashboard}.ts).
 */
export const GRANTS_METHODS = [
  'grants.list',
  'grants.get',
  'grants.create',
  'grants.update',
  'grants.remove',
  'grants.addDeadline',
  'grants.completeDeadline',
  'grants.removeDeadline',
  'hours.list',
  'hours.add',
  'hours.update',
  'hours.remove',
  'hours.totals',
  'hours.getRates',
  'hours.setRates',
  'outcomes.list',
  'outcomes.record',
  'outcomes.remove',
  'outcomes.due',
  'progression.list',
  'progression.record',
  'progression.remove',
  'dashboard.summary',
] as const;
