import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { entityId } from '../../people/value-schemas.ts';
import { getEvent } from '../../events/event-repository.ts';
import { exportKit, kitFileName } from '../../event-kit/export.ts';
import { importKit, type KitDecision } from '../../event-kit/merge.ts';
import { openKitMode } from '../../kiosk/kiosk-control.ts';
import { throttled } from '../../session/throttled.ts';
import { method, type ApiContext } from '../method.ts';

const path = z.string().min(1).max(4096);
const passphrase = z.string().min(1).max(1024);

/** Merges a kit into the open programme; a wrong kit passphrase counts towards the unlock throttle of that file. */
function mergeFrom(ctx: ApiContext, kitPath: string, kitPassphrase: string, decisions: KitDecision[]) {
  const vault = ctx.session.requireVault();
  const file = ctx.session.checkPath(kitPath, ctx.host.trustsPaths, 'kit');
  return throttled(ctx, file, () => importKit(vault, file, kitPassphrase, decisions, ctx.session.staffId));
}

/** The event kit: one encrypted .koblekit file with the roster's check-in fields only, its own passphrase. */
export const kitHandlers = {
  /** Save dialog with "<title> <date>.koblekit" suggested; null when cancelled. */
  'kit.chooseExportFile': method(z.object({ eventId: entityId }), async ({ eventId }, { session, host }) => {
    const event = getEvent(session.requireVault().db, eventId);
    const chosen = await host.chooseExportFile(kitFileName(event.title, event.startsAt));
    return chosen ? { path: session.allowPath(chosen, 'kit') } : null;
  }),

  /** Writes the kit (atomically); the kit passphrase must be strong (VAULT_WEAK_PASSPHRASE). */
  'kit.export': method(z.object({ eventId: entityId, path, passphrase }), async (input, { session, host }) => {
    const vault = session.requireVault();
    const target = session.checkPath(input.path, host.trustsPaths, 'kit');
    const people = await exportKit(vault, input.eventId, target, input.passphrase, session.staffId);
    return { path: target, people };
  }),

  /** Open dialog for a .koblekit file; null when cancelled. */
  'kit.chooseFile': method(z.object({}), async (_input, { session, host }) => {
    const chosen = await host.chooseKitFile();
    return chosen ? { path: session.allowPath(chosen, 'kit') } : null;
  }),

  /** The kit the OS asked Koble to open (a double-clicked .koblekit), once; null when there is none. */
  'kit.opened': method(
    z.object({}),
    (_input, { session }) => {
      const path = session.openedKit;
      session.openedKit = null;
      return path && existsSync(path) ? { path, name: basename(path) } : null;
    },
    { passive: true },
  ),

  /** Kit mode from the start screen: any open programme is locked, kiosk.* then works against the kit file. */
  'kit.open': method(z.object({ path, passphrase }), (input, ctx) => openKitMode(ctx, ctx.session.checkPath(input.path, ctx.host.trustsPaths, 'kit'), input.passphrase)),

  /** Merges the kit into the open programme; importing the same kit again changes nothing. */
  'kit.import': method(z.object({ path, passphrase }), (input, ctx) => mergeFrom(ctx, input.path, input.passphrase, [])),

  /** The same merge with decisions for the conflicts the import returned. */
  'kit.resolve': method(
    z.object({ path, passphrase, decisions: z.array(z.object({ conflictId: z.string().min(1).max(300), choice: z.string().min(1).max(300) })).max(10_000) }),
    (input, ctx) => mergeFrom(ctx, input.path, input.passphrase, input.decisions),
  ),
};
