import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../demo/demo-loader';

/**
 * The web console at /console: the Preact app that `npm run build` bundles into dist/console
 * (console/ in the repository). It talks to /graphql like any partner client. Files are read
 * once from that folder into a table; request paths are looked up in it, never joined onto a
 * directory. Any other path under /console gets index.html (the app routes in the browser).
 */
export const CONSOLE_PREFIX = '/console';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Bar widths and chart colours are inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface File {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

export type ConsoleHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => void;

/** Serves the console from `folder` (default: dist/console of the project). */
export function createConsole(folder = path.join(projectRoot(), 'dist', 'console')): ConsoleHandler {
  let files: Map<string, File> | null = null;
  const load = (): Map<string, File> | null => {
    if (files) return files;
    if (!fs.existsSync(path.join(folder, 'index.html'))) return null;
    const table = new Map<string, File>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          const body = fs.readFileSync(full);
          const publicPath = `${CONSOLE_PREFIX}/${path.relative(folder, full).split(path.sep).join('/')}`;
          table.set(publicPath, {
            type: TYPES[path.extname(entry.name)] ?? 'application/octet-stream',
            body,
            gzipped: gzipSync(body),
            etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
          });
        }
      }
    };
    walk(folder);
    files = table;
    return table;
  };

  return (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Method not allowed' }));
      return;
    }
    const table = load();
    if (!table) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        .end('コンソールがビルドされていません。npm run build を実行してください。\nThe console has not been built: run `npm run build`.\n');
      return;
    }
    const asset = table.get(pathname);
    const isAsset = asset !== undefined && pathname !== `${CONSOLE_PREFIX}/index.html`;
    if (!asset && pathname.startsWith(`${CONSOLE_PREFIX}/assets/`)) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Not found' }));
      return;
    }
    const file = isAsset ? asset : table.get(`${CONSOLE_PREFIX}/index.html`)!;
    const headers: Record<string, string> = {
      'content-type': file.type,
      etag: file.etag,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      // Hashed asset names can be cached for good; the page must be revalidated.
      'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(isAsset ? {} : { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' }),
    };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzipped : file.body;
    res
      .writeHead(200, { ...headers, 'content-length': String(body.length), ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
      .end(req.method === 'HEAD' ? undefined : body);
  };
}
