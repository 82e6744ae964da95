#!/usr/bin/env node
// The `koble` command. It runs main/cli.ts from a bundle that scripts/cli-bundle.mjs builds on
// the first run (and after any source change) into node_modules/.cache/koble-cli/, so it works
// right after `npm ci` with no build step. Without esbuild it runs main/cli.ts straight from
// source with Node's built-in type stripping (Node ≥ 22.18 by default; 22.12–22.17 need the
// flag, so it re-runs itself with it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Koble needs Node.js 22.12 or newer (this is ${process.versions.node}).`);
  process.exit(3);
}
const { loadBundledCli } = await import('./cli-bundle.mjs');
let main = await loadBundledCli();
if (!main) {
  if (!process.features.typescript) {
    const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, KOBLE_CLI_FROM_SOURCE: '1' },
    });
    process.exit(result.status ?? 3);
  }
  ({ main } = await import('../main/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
