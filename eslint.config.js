// @ts-check
import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Folder boundaries (DESIGN.md "Architecture", STYLE.md): each source file falls in exactly one
 * of the boundary blocks below, because a later block's `no-restricted-imports` options replace
 * an earlier one's rather than adding to them.
 *
 *   main/index.ts, main/electron/**  the only files that import 'electron'
 *   main/** (the rest)               plain Node: no electron, not main/electron/
 *   main/<area>/**                   the domain areas and the plumbing below the API: never main/api/
 *                                    (the arrows point down: renderer → preload → api → areas → db).
 *                                    Not areas: main/api/ itself, main/electron/ and main/index.ts (the
 *                                    shell that hosts the API) and main/cli/ + main/cli.ts (a client of
 *                                    the API, like the renderer).
 *   main/test/**, *.test.ts          test support and tests: product code never imports them
 *                                    (nor db/test/ or a folder test/), so the build never bundles them
 *   db/**                            plain Node: no electron, nothing from main/ (nor renderer/, preload/)
 *   shared/**                        values and pure rules both sides need (outcome categories, …):
 *                                    imports nothing, not even a library, so both bundles may hold it
 *   renderer/**                      a web page: values only from shared/; types only from main/api/contract.ts and preload/,
 *                                    no Node builtins, no database libraries, no electron
 *   preload/**                       only 'electron', main/api/methods.ts, main/api/envelope.ts and preload files
 *   e2e/, bench/, scripts/           plain Node: no electron
 *
 * Paths are matched on the import text: relative imports that climb (../) into a top-level
 * folder of that name.
 */
const RESTRICTED = '@typescript-eslint/no-restricted-imports';

const noElectron = {
  regex: '^electron(/.*)?$',
  message: 'Only main/index.ts and main/electron/ may import electron (DESIGN.md, Architecture).',
};
const noElectronFolder = {
  regex: '^(\\.\\./)+electron/',
  message: 'main/electron/ is the Electron shell; the rest of main/ stays plain Node and must not depend on it.',
};
const noRenderer = {
  regex: '^(\\.\\./)+renderer/',
  message: 'The renderer is reached only through the API and the preload, never imported.',
};
const nodeBuiltins = [...builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/^node:/, ''))];
const noNodeBuiltins = {
  regex: `^(node:.*|(${nodeBuiltins.map((name) => name.replace(/[/]/g, '\\/')).join('|')})(\\/.*)?)$`,
  message: 'The renderer is a sandboxed web page: no Node builtins.',
};

const noTestSupport = {
  regex: '^(\\.\\.?/)+(.*/)?test/',
  message: 'Test support (main/test/, db/test/, a test/ folder) is for tests only; product code never imports it.',
};

const noApi = {
  regex: '^(\\.\\./)+api/',
  message: 'main/<area>/ sits below the API: it may not import main/api/. Move shared plumbing down (db/, main/session/, …).',
};

const sourceFiles = ['**/*.ts', '**/*.tsx'];
const testFiles = ['**/*.test.ts', '**/*.test.tsx'];
/** Tests and their support files (main/test/, db/test/, any test/ folder): linted as tests, not product code. */
const testSupport = [...testFiles, '**/test/**'];

export default defineConfig(
  globalIgnores(['out/**', 'node_modules/**', 'db/migrations/**', 'dist/**', 'release/**', 'coverage/**', '.tmp/**', 'test-results/**']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: sourceFiles,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  // Typed linting, for the promise rules only: a forgotten await or an unhandled rejection is the
  // bug type checks do not catch (IPC handlers, fs, React effects). Costs ≈ 20 s on top of the
  // untyped rules; lint-boundaries.test.ts switches it off with tseslint.configs.disableTypeChecked.
  {
    files: sourceFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', ...sourceFiles],
    languageOptions: { globals: { ...globals.node } },
  },

  // Boundary: everything is plain Node by default (e2e/, bench/, scripts/, configs); the folders below narrow it.
  {
    files: sourceFiles,
    rules: { [RESTRICTED]: ['error', { patterns: [noElectron] }] },
  },
  // Boundary: main/ apart from the Electron shell.
  {
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/electron/**'],
    rules: { [RESTRICTED]: ['error', { patterns: [noElectron, noElectronFolder, noRenderer, noTestSupport] }] },
  },
  // Boundary: the areas below the API.
  {
    files: ['main/*/**/*.ts'],
    ignores: ['main/api/**', 'main/electron/**', 'main/cli/**', 'main/test/**'],
    rules: { [RESTRICTED]: ['error', { patterns: [noElectron, noElectronFolder, noRenderer, noTestSupport, noApi] }] },
  },
  // Tests and test support in main/ (outside the Electron shell) may use test support and call the API.
  {
    files: ['main/**/*.test.ts', 'main/**/test/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: { [RESTRICTED]: ['error', { patterns: [noElectron, noElectronFolder, noRenderer] }] },
  },
  // Boundary: the Electron shell.
  {
    files: ['main/index.ts', 'main/electron/**/*.ts'],
    ignores: testSupport,
    rules: { [RESTRICTED]: ['error', { patterns: [noRenderer, noTestSupport] }] },
  },
  {
    files: ['main/electron/**/*.test.ts'],
    rules: { [RESTRICTED]: ['error', { patterns: [noRenderer] }] },
  },
  // Boundary: db/ is the bottom layer.
  {
    files: ['db/**/*.ts'],
    rules: {
      [RESTRICTED]: [
        'error',
        {
          patterns: [
            noElectron,
            { regex: '^(\\.\\./)+(main|renderer|preload)/', message: 'db/ is the bottom layer: it imports nothing from main/, renderer/ or preload/.' },
          ],
        },
      ],
    },
  },
  // Boundary: shared/ is imported by main/, db/ and the renderer, so it imports nothing but its own files
  // (its tests are not bundled: they may use vitest and fast-check).
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { [RESTRICTED]: ['error', { patterns: [{ regex: '^(?!\\./[^/]+\\.ts$)', message: 'shared/ is bundled into main and the renderer: it imports only its own files (no library, no main/, no db/).' }] }] },
  },
  // Boundary: the renderer.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      [RESTRICTED]: [
        'error',
        {
          patterns: [
            noElectron,
            noNodeBuiltins,
            { regex: '^(better-sqlite3|drizzle-orm|drizzle-kit|exceljs)(/.*)?$', message: 'The renderer never touches the database; call the API.' },
            {
              regex: '^(\\.\\./)+main/(?!api/contract\\.ts$|search/fold\\.ts$)',
              message: 'The renderer imports only types, and only from main/api/contract.ts (and the search folding, main/search/fold.ts, that both sides use).',
            },
            {
              regex: '^(\\.\\./)+main/api/contract\\.ts$',
              allowTypeImports: true,
              message: 'The renderer imports only types (import type) from main/api/contract.ts.',
            },
            { regex: '^(\\.\\./)+preload/', allowTypeImports: true, message: 'The renderer imports only types (import type) from preload/, e.g. KobleBridge.' },
            { regex: '^(\\.\\./)+(db|e2e|bench|scripts)/', message: 'The renderer reaches data only through window.koble (the API).' },
          ],
        },
      ],
    },
  },
  // Tests of the renderer run in Node and may read files.
  {
    files: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
    rules: {
      [RESTRICTED]: [
        'error',
        {
          patterns: [
            noElectron,
            {
              regex: '^(\\.\\./)+main/(?!api/(contract|errors|methods)\\.ts$)',
              message: 'Renderer tests may import from main/ only the contract (types), errors.ts and methods.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
    // useApi(load, deps) takes its deps as useCallback does: lint checks the list at each call.
    rules: { 'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useApi$' }] },
  },
  // Boundary: the preload is bundled alone into a sandboxed script; it may reach only these.
  {
    files: ['preload/**/*.ts'],
    ignores: testFiles,
    rules: {
      [RESTRICTED]: [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\./[^/]+\\.ts$|\\.\\./main/api/(methods|envelope)\\.ts$)',
              message: "The preload may import only 'electron', main/api/methods.ts, main/api/envelope.ts (types) and files in preload/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.test.ts'],
    rules: { [RESTRICTED]: ['error', { patterns: [noElectron] }] },
  },
);
