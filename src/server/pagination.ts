import { z } from 'zod';

export const MAX_LIMIT = 500;

const count = (fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max))
    .optional()
    .transform((n) => n ?? fallback);

/** `?limit&offset` of a listing: limit 50 by default, at most 500. */
export const Pagination = z.object({
  limit: count(50, MAX_LIMIT),
  offset: count(0, Number.MAX_SAFE_INTEGER),
});

/** The first problem of a failed parse, as `field: reason`, for an E_BAD_REQUEST message. */
export const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid';
};
