/** The demo programme generator (invented data for trying Koble, for tests and for benchmarks). */
export { generateDemo, MAX_DEMO_PEOPLE, MIN_DEMO_PEOPLE, type DemoOptions, type DemoSummary } from './generate.ts';
export { DEMO_PASSPHRASE } from './passphrase.ts';
