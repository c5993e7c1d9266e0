/**
 * The one error type for bugs and misconfiguration. Problems with content are diagnostics,
 * never this. Every code is listed in docs/errors.md, and a test checks the list.
 */
export const errorCodes = [
  'E_USAGE',
  'E_CONFIG',
  'E_STORE_OPEN',
  'E_STORE_MIGRATION',
  'E_STORE_BUSY',
  'E_NOT_FOUND',
  'E_AMBIGUOUS_ID',
  'E_PIPELINE',
  'E_QUESTION_FILE',
  'E_SHARED_MISSING',
  'E_UNAUTHORIZED',
  'E_BAD_REQUEST',
  'E_TOO_LARGE',
  'E_RATE_LIMITED',
  'E_INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class SitrepError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
  }
}

export const isSitrepError = (e: unknown): e is SitrepError => e instanceof SitrepError;
