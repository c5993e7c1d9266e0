import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';
import { projectRoot } from '../../core/index.js';
import type { ServerEnv } from '../server-env.js';

/** Where `npm run build` (vite) writes the workbench. */
export const WEB_DIR = join(projectRoot, 'dist', 'web');

/**
 * The workbench page's Content-Security-Policy: its own scripts, styles and API only; no inline
 * script or style, no other origin, not framed. Article text is rendered as text nodes, and this
 * policy is the second line should that ever fail.
 */
export const WORKBENCH_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Serves the built workbench: `/` is its page, `/assets/*` its hashed files (cached for good). The
 * files are read once into memory, so no request path ever reaches the file system. Registers
 * nothing when the workbench is not built, and the small page at `/` answers instead.
 */
export function webRoutes(app: Hono<ServerEnv>, dir: string = WEB_DIR): boolean {
  if (!existsSync(join(dir, 'index.html'))) return false;
  const served = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string }>();
  for (const path of files(dir)) {
    const type = TYPES[extname(path)];
    const body = readFileSync(path);
    if (type)
      served.set(`/${relative(dir, path).split(sep).join('/')}`, { body: new Uint8Array(body), type });
  }
  const page = served.get('/index.html');
  if (!page) return false;
  app.get('/', (c) => {
    c.header('Content-Security-Policy', WORKBENCH_CSP);
    c.header('Cache-Control', 'no-cache');
    return c.body(page.body, 200, { 'Content-Type': page.type });
  });
  // Middleware rather than a route: the files are not part of the API (nor of /openapi.json).
  app.use('/assets/*', async (c, next) => {
    const file = c.req.method === 'GET' || c.req.method === 'HEAD' ? served.get(c.req.path) : undefined;
    if (!file) return next();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(file.body, 200, { 'Content-Type': file.type });
  });
  return true;
}
