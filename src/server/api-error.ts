import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../core/index.js';

/** The HTTP status each API error code is sent with. */
const statusOf = {
  E_BAD_REQUEST: 400,
  E_UNAUTHORIZED: 401,
  E_NOT_FOUND: 404,
  E_TOO_LARGE: 413,
  E_RATE_LIMITED: 429,
} as const satisfies Partial<Record<ErrorCode, ContentfulStatusCode>>;

export type ApiErrorCode = keyof typeof statusOf;

/** The one error body of the API: `{ error: { code, message } }` with a stable code. */
export const apiError = (c: Context, code: ApiErrorCode, message: string, headers?: Record<string, string>) =>
  c.json({ error: { code, message } }, statusOf[code], headers);
