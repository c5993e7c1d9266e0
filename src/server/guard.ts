import type { MiddlewareHandler } from 'hono';
import { apiError } from './api-error.js';
import type { RateLimit } from './rate-limit.js';
import { TokenBuckets } from './rate-limit.js';
import type { ServerContext, ServerEnv } from './server-env.js';
import { bearerToken, tokenHash } from './token.js';

const READS = new Set(['GET', 'HEAD']);

/**
 * Authentication and rate limiting for `/api/*`: every write needs a valid bearer token, and so does
 * every read unless the server runs with public reads. Each token has its own bucket; anonymous
 * public reads share one. A token named in `byTokenName` gets that limit instead of the default.
 */
export function guard(
  ctx: ServerContext,
  limit: RateLimit,
  now: () => number = Date.now,
  byTokenName: Readonly<Record<string, RateLimit>> = {},
): MiddlewareHandler<ServerEnv> {
  const buckets = new TokenBuckets(limit);
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const token = bearerToken(c.req.header('authorization'));
    const found = token === undefined ? undefined : await ctx.store.tokenByHash(tokenHash(token));
    const anonymousOk = ctx.publicRead && READS.has(c.req.method) && token === undefined;
    if (!found && !anonymousOk) {
      const why = token === undefined ? 'no Authorization: Bearer <token> header' : 'an unknown token';
      return apiError(c, 'E_UNAUTHORIZED', `expected a valid API token, found ${why}`, {
        'WWW-Authenticate': 'Bearer realm="sitrep"',
      });
    }
    const own = found ? byTokenName[found.name] : undefined;
    const wait = buckets.take(found?.hash ?? 'anonymous', now(), own ?? limit);
    if (wait > 0) {
      return apiError(c, 'E_RATE_LIMITED', `too many requests; retry in ${wait} s`, {
        'Retry-After': String(wait),
      });
    }
    c.set('who', found?.name);
    return next();
  };
}
