import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Store } from '../store/index.js';
import { apiError, thrownError } from './api-error.js';
import { EventHub } from './events.js';
import { guard } from './guard.js';
import { openApiDocument } from './openapi.js';
import { PAGE_CSP, type PageDocument, renderPage } from './page.js';
import type { ServedQuestion } from './questions.js';
import { DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.js';
import { decisionRoutes } from './routes/decisions.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { questionRoutes } from './routes/questions.js';
import { reconciliationRoutes } from './routes/reconciliation.js';
import { webRoutes } from './routes/web.js';
import { serverContext } from './server-context.js';
import type { ServerEnv } from './server-env.js';

export const DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface AppOptions {
  readonly store: Store;
  readonly publicRead?: boolean;
  /** The one origin allowed cross-origin requests; CORS is off without it. */
  readonly cors?: string;
  readonly rateLimit?: RateLimit;
  /** Limits for tokens by name that differ from `rateLimit` (a benchmark's token, say). */
  readonly tokenRateLimits?: Readonly<Record<string, RateLimit>>;
  /** Milliseconds now, for the rate limit's buckets (Date.now by default; a test passes a fixed clock). */
  readonly clock?: () => number;
  readonly maxBodyBytes?: number;
  /** Watch questions answered at `/api/questions`. */
  readonly questions?: readonly ServedQuestion[];
  /** Let `POST /api/documents { url }` fetch from loopback and private addresses (tests, intranets). */
  readonly allowPrivateUrls?: boolean;
  /** Where the built workbench is (dist/web by default); without one, `/` is a small page. */
  readonly webDir?: string;
}

/** The HTTP API and the page, as a Hono app (no socket: `startServer` binds it). */
export function createApp(options: AppOptions): { app: Hono<ServerEnv>; hub: EventHub } {
  const hub = new EventHub();
  const ctx = serverContext(options, hub);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono<ServerEnv>();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Content-Security-Policy'))
      c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  });
  if (options.cors) {
    app.use(
      '/api/*',
      cors({
        origin: options.cors,
        allowHeaders: ['Authorization', 'Content-Type'],
        allowMethods: ['GET', 'POST'],
      }),
    );
  }
  app.use(
    '/api/*',
    guard(ctx, options.rateLimit ?? DEFAULT_RATE_LIMIT, options.clock ?? Date.now, options.tokenRateLimits),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) => apiError(c, 'E_TOO_LARGE', `the request body is over the cap of ${maxBytes} bytes`),
    }),
  );

  documentRoutes(app, ctx);
  decisionRoutes(app, ctx);
  reconciliationRoutes(app, ctx);
  questionRoutes(app, ctx);
  eventRoutes(app, ctx);
  app.get('/openapi.json', (c) => c.json(openApiDocument));
  webRoutes(app, options.webDir);
  app.get('/', async (c) => {
    const auth = c.req.header('authorization');
    const res = await app.request('/api/documents?limit=100', {
      headers: auth ? { authorization: auth } : {},
    });
    const body = (await res.json()) as
      | { total: number; documents: PageDocument[] }
      | { error: { message: string } };
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(renderPage('error' in body ? { error: body.error.message } : body));
  });

  app.notFound((c) => apiError(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => thrownError(c, error));
  return { app, hub };
}
