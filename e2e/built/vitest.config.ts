import { defineConfig } from 'vitest/config';

// The tests of the built app (out/): run after `npm run build` by `npm run test:built`, not by the unit suite.
export default defineConfig({
  test: {
    include: ['e2e/built/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
