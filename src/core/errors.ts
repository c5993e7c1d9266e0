/**
 * The one error type for bugs and misconfiguration. Problems with content are diagnostics,
 * never this. Every code is listed in docs/errors.md, and a test checks the list.
 */
/** What an error means to each interface: the HTTP status the API sends, the CLI's exit code. */
export interface ErrorOutcome {
  readonly http: number;
  /** 1: some of the work was not done, what was is kept; 2: the command cannot be run as given. */
  readonly exit: 1 | 2;
}

/**
 * Every error code, with its HTTP status and exit code: the one table the CLI and the server read
 * (docs/errors.md repeats it, and a test checks that it does).
 */
export const errorTable = {
  E_USAGE: { http: 400, exit: 2 },
  E_CONFIG: { http: 500, exit: 2 },
  E_STORE_OPEN: { http: 503, exit: 2 },
  E_STORE_MIGRATION: { http: 500, exit: 2 },
  E_STORE_BUSY: { http: 503, exit: 1 },
  E_STORE_FULL: { http: 507, exit: 1 },
  E_STORE_READONLY: { http: 503, exit: 2 },
  E_NOT_FOUND: { http: 404, exit: 2 },
  E_AMBIGUOUS_ID: { http: 400, exit: 2 },
  E_PIPELINE: { http: 500, exit: 2 },
  E_QUESTION_FILE: { http: 400, exit: 2 },
  E_SHARED_MISSING: { http: 500, exit: 2 },
  E_UNAUTHORIZED: { http: 401, exit: 2 },
  E_BAD_REQUEST: { http: 400, exit: 2 },
  E_TOO_LARGE: { http: 413, exit: 2 },
  E_RATE_LIMITED: { http: 429, exit: 1 },
  E_INTERNAL: { http: 500, exit: 2 },
} as const satisfies Record<string, ErrorOutcome>;

export type ErrorCode = keyof typeof errorTable;

export const errorCodes = Object.keys(errorTable) as ErrorCode[];

export class SitrepError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
  }
}

export const isSitrepError = (e: unknown): e is SitrepError => e instanceof SitrepError;
