import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { newToken } from './token.ts';

const PREFIX = '/download/';

/**
 * "Åpne" in the loopback test host: a browser cannot hand a file to Excel, so the host answers
 * with a one-off URL and the page downloads the file (Playwright reads the download's bytes).
 * Only files the API let through (written by Koble in this session) get a URL.
 */
export function savedFileDownloads() {
  const files = new Map<string, string>();
  return {
    async openFile(path: string): Promise<{ downloadUrl: string }> {
      const id = newToken();
      files.set(id, path);
      return { downloadUrl: `${PREFIX}${id}` };
    },
    /** Answers GET /download/<id>; false when the URL is not a download. */
    serve(pathname: string, response: ServerResponse): boolean {
      if (!pathname.startsWith(PREFIX)) return false;
      const path = files.get(pathname.slice(PREFIX.length));
      if (!path) {
        response.statusCode = 404;
        response.end('Not found');
        return true;
      }
      response.statusCode = 200;
      response.setHeader('Content-Type', 'application/octet-stream');
      response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(basename(path))}`);
      response.end(readFileSync(path));
      return true;
    },
  };
}
