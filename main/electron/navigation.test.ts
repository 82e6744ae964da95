import { describe, expect, it, vi } from 'vitest';
import { guardContents, isExternalLinkAllowed, navigationAllowed, type GuardedContents } from './navigation.ts';

const RENDERER_URL = 'file:///opt/Koble/out/renderer/index.html';

describe('navigationAllowed', () => {
  it('allows only our own page', () => {
    expect(navigationAllowed(RENDERER_URL, RENDERER_URL)).toBe(true);
    expect(navigationAllowed(`${RENDERER_URL}#/rapporter`, RENDERER_URL)).toBe(true);
    expect(navigationAllowed('https://example.com/', RENDERER_URL)).toBe(false);
    expect(navigationAllowed('file:///etc/passwd', RENDERER_URL)).toBe(false);
    expect(navigationAllowed('file:///opt/Koble/out/renderer/other.html', RENDERER_URL)).toBe(false);
    expect(navigationAllowed('javascript:alert(1)', RENDERER_URL)).toBe(false);
    expect(navigationAllowed('not a url', RENDERER_URL)).toBe(false);
  });
});

describe('isExternalLinkAllowed', () => {
  it('lets only https links go to the OS browser', () => {
    expect(isExternalLinkAllowed('https://www.nav.no/')).toBe(true);
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'mailto:a@b.no', 'smb://server/share', 'ms-settings:', 'javascript:alert(1)', '']) {
      expect(isExternalLinkAllowed(url)).toBe(false);
    }
  });
});

function fakeContents() {
  const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on: (name: string, listener: (event: { url: string; preventDefault(): void }) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  } as GuardedContents;
  const navigate = (name: string, url: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)!({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('guardContents', () => {
  it('prevents navigation to other URLs and lets a reload of our page through', () => {
    const fake = fakeContents();
    guardContents(fake.contents, RENDERER_URL, vi.fn());
    expect(fake.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.navigate('will-navigate', 'file:///home/me/secret.html')).toBe(true);
    expect(fake.navigate('will-navigate', RENDERER_URL)).toBe(false);
  });

  it('prevents webviews', () => {
    const fake = fakeContents();
    guardContents(fake.contents, RENDERER_URL, vi.fn());
    expect(fake.navigate('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('denies every new window; an https link opens in the OS browser instead', () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    guardContents(fake.contents, RENDERER_URL, openExternal);
    expect(fake.open('https://www.imdi.no/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.imdi.no/');
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open(RENDERER_URL)).toEqual({ action: 'deny' });
    expect(fake.open('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
