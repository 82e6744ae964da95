import { z } from 'zod';
import { LANGUAGES, readPreferences, updatePreferences } from '../../session/preferences.ts';
import { programmeSettingsChangeSchema, readProgrammeSettings, writeProgrammeSettings } from '../../settings/programme-settings.ts';
import { method } from '../method.ts';

export const settingsHandlers = {
  /** App-level facts the unlock screen needs: version and language. */
  'app.info': method(
    z.object({}),
    (_input, { host }) => ({ version: host.appVersion, language: readPreferences(host.dataDir).language }),
    { passive: true },
  ),

  'app.setLanguage': method(z.object({ language: z.enum(LANGUAGES) }), ({ language }, { host }) => {
    updatePreferences(host.dataDir, { language });
    return null;
  }),

  'settings.get': method(z.object({}), (_input, { session }) => readProgrammeSettings(session.requireVault().db)),

  'settings.update': method(programmeSettingsChangeSchema, (change, { session }) => {
    const next = writeProgrammeSettings(session.requireVault().db, change);
    session.autoLock.setMinutes(next.autoLockMinutes);
    return next;
  }),
};
