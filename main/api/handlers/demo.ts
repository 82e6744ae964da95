import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createVault, unlockWithPassphrase, type OpenVault } from '../../../db/vault/vault.ts';
import { DEMO_PASSPHRASE, DEMO_STAFF_NAME } from '../../demo/passphrase.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { updatePreferences } from '../../session/preferences.ts';
import { KobleError } from '../../../db/errors.ts';
import { method } from '../method.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { isoDate } from '../../calendar/iso-date.ts';

export const DEMO_FILE_NAME = 'Demoprogram.koble';
const DEMO_PEOPLE = 300;
const DEMO_SEED = 2026;

/** Creates a programme file filled with generated demo data around `today` (the Oslo day); nothing in it is real. */
export async function createDemoProgramme(path: string, options: { people: number; seed: number; today: string; passphrase?: string }): Promise<OpenVault> {
  const { vault, staffId } = await createVault({ path, staffName: DEMO_STAFF_NAME, passphrase: options.passphrase ?? DEMO_PASSPHRASE });
  try {
    const { generateDemo } = await import('../../demo/index.ts');
    generateDemo(vault.db, { people: options.people, seed: options.seed, today: options.today, staffId });
  } catch (error) {
    vault.close();
    throw error;
  }
  return vault;
}

export const demoHandlers = {
  /** Opens the demo programme in the app's data folder, creating it on first use; its passphrase is public. */
  'vault.openDemo': method(z.object({}), async (_input, { session, host }) => {
    const path = session.allowPath(join(host.dataDir, 'demo', DEMO_FILE_NAME), 'programme');
    const vault = existsSync(path)
      ? await unlockWithPassphrase(path, DEMO_PASSPHRASE)
      : await createDemoProgramme(path, { people: DEMO_PEOPLE, seed: DEMO_SEED, today: osloToday() });
    session.open(vault, vault.staffId, readProgrammeSettings(vault.db).autoLockMinutes);
    updatePreferences(host.dataDir, { recentFile: path });
    return { path, passphrase: DEMO_PASSPHRASE, staffName: DEMO_STAFF_NAME };
  }),

  /** Adds generated demo people to the open programme (CLI `koble demo`); its history ends on `today` (default: the Oslo day). */
  'demo.generate': method(
    z.object({ people: z.number().int().min(50).max(20_000).default(DEMO_PEOPLE), seed: z.number().int().default(DEMO_SEED), today: isoDate.optional() }),
    async ({ people, seed, today = osloToday() }, { session }) => {
      const vault = session.requireVault();
      // Loaded on demand: the generator and faker's locale data are large and only the demo needs them.
      const { generateDemo } = await import('../../demo/index.ts');
      const staffId = session.staffId ?? vault.staffId;
      if (!staffId) throw new Error('demo data needs a staff member');
      try {
        return generateDemo(vault.db, { people, seed, today, staffId });
      } catch (error) {
        // The generator's ids and cohort names follow the seed, so demo data twice collides; the
        // transaction rolled back and nothing was written.
        if (String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) {
          throw new KobleError('API_CONFLICT', 'This programme already holds demo data; make a new file for another demo', { seed });
        }
        throw error;
      }
    },
  ),
};
