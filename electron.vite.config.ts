import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Our folders are top-level (main/, preload/, renderer/), not electron-vite's default src/<scope>/,
// so every entry is named here. Native modules stay external in the main build.
/** db/migrations-dir.ts looks for the migrations beside the bundled main: out/main/migrations/. */
function copyMigrations(): Plugin {
  return {
    name: 'koble-copy-migrations',
    closeBundle() {
      cpSync(resolve(__dirname, 'db/migrations'), resolve(__dirname, 'out/main/migrations'), { recursive: true });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: 'out/main',
      // i18n-iso-countries is bundled: its JSON files, imported without `with { type: 'json' }`, fail Node's ESM loader (main and the plan worker).
      externalizeDeps: { exclude: ['i18n-iso-countries'] },
      rollupOptions: {
        // plan-worker and sheet-worker: worker_threads entries (main/matching/plan-job/run.ts and main/import/read-worker/run.ts find them beside index.js).
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          'plan-worker': resolve(__dirname, 'main/matching/plan-job/worker.ts'),
          'sheet-worker': resolve(__dirname, 'main/import/read-worker/worker.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
