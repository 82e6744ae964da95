import { isRendererUrl } from './renderer-location.ts';

/**
 * Web permissions (camera, notifications, geolocation, …) are all denied, with one exception:
 * writing plain text to the clipboard from our own page, which the "copy the recovery key" step
 * uses (navigator.clipboard.writeText). Reading the clipboard stays denied.
 */
export function permissionAllowed(permission: string, requestingUrl: string | undefined, rendererUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && requestingUrl !== undefined && isRendererUrl(requestingUrl, rendererUrl);
}
