import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where drizzle-kit's committed migrations are at run time. From source (CLI, tests) that is
 * db/migrations/; in the Electron build this module is bundled into out/main/index.js and the
 * build copies the folder to out/main/migrations/.
 */
export const MIGRATIONS_DIR = process.env.KOBLE_MIGRATIONS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), 'migrations');
