import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The folder boundaries in eslint.config.js, checked on snippets. Type-aware rules are switched
// off: the snippets are not files any tsconfig includes, and the import rules need no types.
const root = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  const fatal = result!.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`ESLint could not parse the snippet: ${fatal.message}`);
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

const importElectron = "import { app } from 'electron';\nexport const version = app.getVersion();\n";

describe('import boundaries', () => {
  it.each(['db/x.ts', 'db/vault/x.ts', 'main/people/x.ts', 'main/api/handlers/x.ts', 'main/session/x.ts', 'e2e/host/x.ts', 'scripts/x.ts', 'renderer/src/x.ts', 'preload/x.test.ts'])(
    "refuses 'electron' in %s",
    async (file) => {
      expect(await boundaryErrors(file, importElectron)).toHaveLength(1);
    },
  );

  it.each(['main/index.ts', 'main/electron/x.ts', 'preload/x.ts'])("allows 'electron' in %s", async (file) => {
    expect(await boundaryErrors(file, importElectron)).toEqual([]);
  });

  it('refuses electron sub-paths too', async () => {
    expect(await boundaryErrors('main/people/x.ts', "import { ipcMain } from 'electron/main';\nexport const a = ipcMain;\n")).toHaveLength(1);
  });

  it('keeps the rest of main/ away from main/electron/', async () => {
    expect(await boundaryErrors('main/api/x.ts', "import { bindApi } from '../electron/ipc.ts';\nexport const a = bindApi;\n")).toHaveLength(1);
  });

  it('keeps test support out of product code; tests and test support may use it', async () => {
    const code = "import { testProgramme } from '../test/programme.ts';\nexport const a = testProgramme;\n";
    expect(await boundaryErrors('main/people/x.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('main/electron/x.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('main/people/x.ts', "import { tempDir } from '../../db/test/temp-dir.ts';\nexport const a = tempDir;\n")).toHaveLength(1);
    expect(await boundaryErrors('main/people/x.test.ts', code)).toEqual([]);
    expect(await boundaryErrors('main/test/x.ts', "import { tempDir } from '../../db/test/temp-dir.ts';\nexport const a = tempDir;\n")).toEqual([]);
    expect(await boundaryErrors('main/reports/funder/test/x.ts', "import { testProgramme } from '../../../test/programme.ts';\nexport const a = testProgramme;\n")).toEqual([]);
  });

  it('keeps main/<area>/ below the API; the API, the shell, the CLI and tests may import it', async () => {
    const code = "import { apiError } from '../api/errors.ts';\nexport const a = apiError;\n";
    for (const file of ['main/people/x.ts', 'main/kiosk/x.ts', 'main/session/x.ts', 'main/vault/x.ts']) expect(await boundaryErrors(file, code), file).toHaveLength(1);
    expect(await boundaryErrors('main/reports/funder/x.ts', "import type { ApiContext } from '../../api/method.ts';\nexport type A = ApiContext;\n")).toHaveLength(1);
    expect(await boundaryErrors('main/electron/x.ts', code)).toEqual([]);
    expect(await boundaryErrors('main/cli/x.ts', code)).toEqual([]);
    expect(await boundaryErrors('main/api/handlers/x.ts', "import { apiError } from '../errors.ts';\nexport const a = apiError;\n")).toEqual([]);
    expect(await boundaryErrors('main/kiosk/x.test.ts', code)).toEqual([]);
    expect(await boundaryErrors('main/test/x.ts', code)).toEqual([]);
  });

  it('keeps db/ from importing main/', async () => {
    expect(await boundaryErrors('db/vault/x.ts', "import { createApi } from '../../main/api/index.ts';\nexport const a = createApi;\n")).toHaveLength(1);
    expect(await boundaryErrors('db/x.ts', "import type { Api } from '../main/api/index.ts';\nexport type A = Api;\n")).toHaveLength(1);
    expect(await boundaryErrors('db/vault/x.ts', "import { KobleError } from '../errors.ts';\nexport const a = KobleError;\n")).toEqual([]);
  });

  describe('renderer', () => {
    it('refuses values from main/', async () => {
      expect(await boundaryErrors('renderer/src/x.ts', "import { handlers } from '../../main/api/index.ts';\nexport const a = handlers;\n")).toHaveLength(1);
      expect(await boundaryErrors('renderer/src/features/x.tsx', "import { API_METHODS } from '../../../main/api/methods.ts';\nexport const a = API_METHODS;\n")).toHaveLength(1);
    });

    it('refuses types from main/ other than the contract', async () => {
      expect(await boundaryErrors('renderer/src/x.ts', "import type { Api } from '../../main/api/index.ts';\nexport type A = Api;\n")).toHaveLength(1);
    });

    it('allows types from main/api/contract.ts, but no values', async () => {
      expect(await boundaryErrors('renderer/src/x.ts', "import type { ApiMethod } from '../../main/api/contract.ts';\nexport type A = ApiMethod;\n")).toEqual([]);
      expect(await boundaryErrors('renderer/src/x.ts', "import { type ApiMethod } from '../../main/api/contract.ts';\nexport type A = ApiMethod;\n")).toEqual([]);
      expect(await boundaryErrors('renderer/src/x.ts', "import * as contract from '../../main/api/contract.ts';\nexport const a = contract;\n")).toHaveLength(1);
    });

    it('allows the search folding both sides share, main/search/fold.ts, and nothing else from main/search/', async () => {
      expect(await boundaryErrors('renderer/src/x.ts', "import { foldForSearch } from '../../main/search/fold.ts';\nexport const a = foldForSearch;\n")).toEqual([]);
      expect(await boundaryErrors('renderer/src/x.ts', "import { searchPeople } from '../../main/search/search-people.ts';\nexport const a = searchPeople;\n")).toHaveLength(1);
    });

    it('allows the bridge type from preload/', async () => {
      expect(await boundaryErrors('renderer/src/x.ts', "import type { KobleBridge } from '../../preload/koble-bridge.ts';\nexport type B = KobleBridge;\n")).toEqual([]);
      expect(await boundaryErrors('renderer/src/x.ts', "import { createBridge } from '../../preload/bridge.ts';\nexport const b = createBridge;\n")).toHaveLength(1);
    });

    it.each(["import { readFileSync } from 'node:fs';", "import { join } from 'path';", "import Database from 'better-sqlite3';", "import { eq } from 'drizzle-orm';", "import { eq } from 'drizzle-orm/sql';", "import { x } from '../../db/schema/index.ts';"])(
      'refuses %s',
      async (line) => {
        expect(await boundaryErrors('renderer/src/x.ts', `${line}\nexport const a = 1;\n`)).toHaveLength(1);
      },
    );

    it('allows values from shared/', async () => {
      expect(await boundaryErrors('renderer/src/features/x.ts', "import { OUTCOME_CATEGORIES } from '../../../shared/outcomes.ts';\nexport const a = OUTCOME_CATEGORIES;\n")).toEqual([]);
    });

    it('allows its own files and web libraries', async () => {
      const code = "import { useState } from 'react';\nimport { t } from './i18n.ts';\nexport const a = [useState, t];\n";
      expect(await boundaryErrors('renderer/src/x.ts', code)).toEqual([]);
    });
  });

  describe('shared', () => {
    it('imports only its own files', async () => {
      expect(await boundaryErrors('shared/x.ts', "import { isEmployed } from './outcomes.ts';\nexport const a = isEmployed;\n")).toEqual([]);
      for (const line of ["import { z } from 'zod';", "import { x } from '../main/calendar/iso-date.ts';", "import { x } from '../db/schema/index.ts';", "import { readFileSync } from 'node:fs';"]) {
        expect(await boundaryErrors('shared/x.ts', `${line}\nexport const a = 1;\n`), line).toHaveLength(1);
      }
    });
  });

  describe('preload', () => {
    it('allows electron, the method list, the envelope types and its own files', async () => {
      const code = [
        "import { contextBridge } from 'electron';",
        "import { isMethodShaped } from '../main/api/methods.ts';",
        "import type { ApiReply } from '../main/api/envelope.ts';",
        "import { CALL_CHANNEL } from './channels.ts';",
        'export const a = [contextBridge, isMethodShaped, CALL_CHANNEL];',
        'export type R = ApiReply<unknown>;',
        '',
      ].join('\n');
      expect(await boundaryErrors('preload/x.ts', code)).toEqual([]);
    });

    it.each(["import { createApi } from '../main/api/index.ts';", "import { z } from 'zod';", "import { readFileSync } from 'node:fs';", "import { KobleError } from '../db/errors.ts';"])('refuses %s', async (line) => {
      expect(await boundaryErrors('preload/x.ts', `${line}\nexport const a = 1;\n`)).toHaveLength(1);
    });
  });
});
