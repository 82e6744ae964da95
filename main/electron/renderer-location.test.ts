import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererUrl, rendererLocation } from './renderer-location.ts';

describe('rendererLocation', () => {
  it('loads the built renderer from a file and the preload electron-vite builds', () => {
    const appPath = join('/opt', 'Koble', 'resources', 'app.asar');
    const location = rendererLocation(appPath, undefined);
    expect(location.url).toBe(pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href);
    expect(location.preloadPath).toBe(join(appPath, 'out', 'preload', 'index.cjs'));
  });

  it('uses the dev server URL when electron-vite dev sets one', () => {
    expect(rendererLocation('/app', 'http://localhost:5173').url).toBe('http://localhost:5173/');
    expect(rendererLocation('/app', 'http://127.0.0.1:5173/').url).toBe('http://127.0.0.1:5173/');
  });

  it('refuses a dev server URL that is not on this machine', () => {
    expect(() => rendererLocation('/app', 'https://evil.example/')).toThrow(/loopback/);
    expect(() => rendererLocation('/app', 'file:///tmp/x.html')).toThrow(/loopback/);
    expect(() => rendererLocation('/app', 'http://localhost.evil.example/')).toThrow(/loopback/);
  });
});

describe('isRendererUrl', () => {
  it('matches our page file whatever its hash or query', () => {
    const page = 'file:///app/out/renderer/index.html';
    expect(isRendererUrl(`${page}?x=1#/oversikt`, page)).toBe(true);
    expect(isRendererUrl('file:///app/out/renderer/index.htm', page)).toBe(false);
    expect(isRendererUrl('file://otherhost/app/out/renderer/index.html', page)).toBe(false);
    expect(isRendererUrl('http://localhost/app/out/renderer/index.html', page)).toBe(false);
  });
});
