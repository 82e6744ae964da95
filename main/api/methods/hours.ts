/** Hours for egenandel and the hourly rates (handlers in main/api/handlers/hours.ts). */
export const HOURS_METHODS = [
  'hours.list',
  'hours.add',
  'hours.update',
  'hours.remove',
  'hours.totals',
  'hours.getRates',
  'hours.setRates',
] as const;
