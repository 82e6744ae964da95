import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('menuTemplate', () => {
  it('has Fil, Rediger, Vis and Hjelp in Norwegian', () => {
    const template = menuTemplate({ lockNow: vi.fn(), about: vi.fn() }, { isDev: false, platform: 'linux' });
    expect(template.map((item) => item.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    const labels = items(template).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Lås nå', 'Avslutt', 'Kopier', 'Lim inn', 'Om Koble']));
  });

  it('"Lås nå" and "Om Koble" call their actions', () => {
    const actions = { lockNow: vi.fn(), about: vi.fn() };
    const all = items(menuTemplate(actions, { isDev: false, platform: 'win32' }));
    click(all.find((item) => item.id === 'lock-now'));
    click(all.find((item) => item.id === 'about'));
    expect(actions.lockNow).toHaveBeenCalledTimes(1);
    expect(actions.about).toHaveBeenCalledTimes(1);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => items(menuTemplate({ lockNow: vi.fn(), about: vi.fn() }, { isDev, platform: 'linux' })).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('starts with the app menu on macOS', () => {
    expect(menuTemplate({ lockNow: vi.fn(), about: vi.fn() }, { isDev: false, platform: 'darwin' })[0]).toEqual({ role: 'appMenu' });
  });
});
