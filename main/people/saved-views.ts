import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';

/** A saved grid view (columns, sort, filters): the grid's own state as JSON, per programme. */
export const GRIDS = ['participants', 'mentors'] as const;
export const MAX_VIEW_STATE_BYTES = 64 * 1024;
export const MAX_VIEWS = 200;
const KEY = 'views';

const viewSchema = z.object({
  id: z.string(),
  name: z.string(),
  grid: z.enum(GRIDS),
  state: z.unknown(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof viewSchema>;

export const viewSaveSchema = z
  .object({ id: z.string().min(1).max(100).optional(), name: z.string().trim().min(1).max(100), grid: z.enum(GRIDS), state: z.unknown() })
  .strict();
export type ViewSave = z.output<typeof viewSaveSchema>;

export function listViews(db: KobleDb): SavedView[] {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return [];
  const parsed = z.array(viewSchema).safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : [];
}

function writeViews(db: KobleDb, views: SavedView[]): void {
  const value = JSON.stringify(views);
  db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** Saves a view: replaces the one with the same id, or the same name in the same grid; else adds one. */
export function saveView(db: KobleDb, input: ViewSave): SavedView {
  const state = input.state ?? null;
  const size = Buffer.byteLength(JSON.stringify(state) ?? 'null', 'utf8');
  if (size > MAX_VIEW_STATE_BYTES) {
    throw new KobleError('API_INVALID_INPUT', 'The view is too large', [{ path: 'state', code: 'too_big', message: `At most ${MAX_VIEW_STATE_BYTES} bytes` }]);
  }
  return db.transaction(() => {
    const views = listViews(db);
    const index = views.findIndex((v) => (input.id ? v.id === input.id : v.grid === input.grid && v.name === input.name));
    if (input.id && index < 0) throw new KobleError('API_NOT_FOUND', 'No such view', { id: input.id });
    if (index < 0 && views.length >= MAX_VIEWS) throw new KobleError('API_CONFLICT', `At most ${MAX_VIEWS} saved views`);
    const view: SavedView = { id: index >= 0 ? views[index]!.id : crypto.randomUUID(), name: input.name, grid: input.grid, state, updatedAt: new Date().toISOString() };
    if (index >= 0) views[index] = view;
    else views.push(view);
    writeViews(db, views);
    return view;
  });
}

export function deleteView(db: KobleDb, id: string): void {
  db.transaction(() => {
    const views = listViews(db);
    const rest = views.filter((v) => v.id !== id);
    if (rest.length === views.length) throw new KobleError('API_NOT_FOUND', 'No such view', { id });
    writeViews(db, rest);
  });
}
