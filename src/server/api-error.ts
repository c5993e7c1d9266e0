import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, errorTable, isSitrepError } from '../core/index.js';

export type ApiErrorCode = ErrorCode;

/** The HTTP status of an error code, from the one error table. */
export const statusOf = (code: ErrorCode): ContentfulStatusCode =>
  errorTable[code].http as ContentfulStatusCode;

/** The one error body of the API: `{ error: { code, message } }` with a stable code. */
export const apiError = (c: Context, code: ErrorCode, message: string, headers?: Record<string, string>) =>
  c.json({ error: { code, message } }, statusOf(code), headers);

/**
 * Any error a route threw, as the API's error body: a SitrepError with its code's status; for a
 * server-side status (5xx) and anything else, a generic message, the details in the server's log.
 */
export const thrownError = (c: Context, error: unknown) => {
  const code: ErrorCode = isSitrepError(error) ? error.code : 'E_INTERNAL';
  if (statusOf(code) < 500) return apiError(c, code, (error as Error).message);
  console.error(error);
  const message =
    code === 'E_INTERNAL' ? 'internal error; see the server log' : `${code}: see the server log`;
  return apiError(c, code, message);
};
