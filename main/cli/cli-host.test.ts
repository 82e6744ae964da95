import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { defaultDataDir } from './cli-host.ts';

it('the data folder follows XDG_CONFIG_HOME and APPDATA only when they are absolute paths', () => {
  expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/conf' }, 'linux')).toBe(join('/srv/conf', 'Koble'));
  // Empty means unset (XDG base directory spec); relative is invalid and ignored.
  expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux')).toBe(join(homedir(), '.config', 'Koble'));
  expect(defaultDataDir({ XDG_CONFIG_HOME: 'conf' }, 'linux')).toBe(join(homedir(), '.config', 'Koble'));
  expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Koble'));
  expect(defaultDataDir({ APPDATA: '' }, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', 'Koble'));
  expect(defaultDataDir({ KOBLE_DATA_DIR: '/data/koble', XDG_CONFIG_HOME: '' }, 'linux')).toBe('/data/koble');
});
