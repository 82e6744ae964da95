import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The host's per-run secret. The URL handed to the browser carries it once as ?token=…; the first
 * GET swaps it for an HttpOnly, SameSite=Strict cookie and redirects to a clean URL. Every later
 * request (the page, its assets, /api/*) must carry the cookie, or an Authorization: Bearer header
 * for scripts. Anything else gets 401.
 */
export const TOKEN_COOKIE = 'koble_test_token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieToken(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return null;
}

function bearerToken(request: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match ? match[1]! : null;
}

export function hasToken(request: IncomingMessage, token: string): boolean {
  const given = cookieToken(request) ?? bearerToken(request);
  return given !== null && same(given, token);
}

export function queryTokenMatches(url: URL, token: string): boolean {
  const given = url.searchParams.get('token');
  return given !== null && same(given, token);
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
