/**
 * The renderer's Content-Security-Policy. main/electron sets it as a response header
 * (withCspHeader) and renderer/index.html carries the same string in a
 * `<meta http-equiv="Content-Security-Policy">` tag, because a file:// page may get no
 * response headers at all. Both apply; `frame-ancestors` only works in the header (a meta tag
 * ignores it), the rest is the same in both places.
 *
 * style-src allows 'unsafe-inline' (decided): AG Grid, which the areas' grids use, injects its
 * theme as <style> elements, and Designsystemet's popover polyfill does the same where a browser
 * lacks popovers. React's own `style={…}` props go through the CSSOM and would not need it.
 * Inline styles cannot run script, and with img-src, font-src and connect-src limited to the app
 * itself a stylesheet has nowhere to send data. font-src and img-src allow data: for inlined assets.
 * Scripts stay 'self' only: no 'unsafe-inline', no 'unsafe-eval'.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export function formatCsp(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as a header (what installCsp sends). */
export const CONTENT_SECURITY_POLICY = formatCsp(CSP_DIRECTIVES);

/**
 * The policy for renderer/index.html's meta tag: the same minus frame-ancestors, which a meta
 * tag ignores (Chromium warns about it). csp.test.ts checks the HTML carries exactly this.
 */
const { 'frame-ancestors': _headerOnly, ...metaDirectives } = CSP_DIRECTIVES;
export const META_CONTENT_SECURITY_POLICY = formatCsp(metaDirectives);

type HeadersDetails = { resourceType: string; responseHeaders?: Record<string, string | string[]> };
type HeadersResponse = { responseHeaders?: Record<string, string | string[]> };

/**
 * The header listener for session.webRequest.onHeadersReceived: puts our policy on every document
 * (main frame and sub frames), replacing whatever policy the response had.
 */
export function withCspHeader(details: HeadersDetails, policy: string = CONTENT_SECURITY_POLICY): HeadersResponse {
  if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return {};
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
  }
  headers['Content-Security-Policy'] = [policy];
  return { responseHeaders: headers };
}
