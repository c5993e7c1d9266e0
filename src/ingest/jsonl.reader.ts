import { z } from 'zod';
import { type DocumentMeta, diagnostic } from '../core/index.js';
import { dateValueOf } from './metadata/date-patterns.js';
import { failure, type Reader, type ReadOutcome, success } from './reader.js';

const optionalText = z.string().nullish();
/** One article of a JSONL (or JSON array) file; null or absent means unknown. */
const Record = z.object({
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
  title: optionalText,
  outlet: optionalText,
  author: optionalText,
  published: z.union([z.string(), z.number()]).nullish(),
  url: optionalText,
  language: optionalText,
});

const shortError = (e: unknown): string =>
  (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)).slice(0, 120);

const outcomeOf = (value: unknown, origin: string): ReadOutcome => {
  const parsed = Record.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'record';
    return failure(
      diagnostic(origin, 'ingest/jsonl-record', `not an article (${where}: ${issue?.message ?? 'invalid'})`),
    );
  }
  const r = parsed.data;
  const date = dateValueOf(r.published ?? undefined);
  const source = 'jsonl' as const;
  const meta: DocumentMeta = {
    ...(r.title ? { title: { value: r.title, source } } : {}),
    ...(r.outlet ? { outlet: { value: r.outlet, source } } : {}),
    ...(r.author ? { author: { value: r.author, source } } : {}),
    ...(date ? { published: { ...date, source, inferred: false } } : {}),
    ...(r.language ? { language: { value: r.language, source } } : {}),
    ...(r.url ? { url: r.url } : {}),
  };
  const warnings =
    r.published != null && date === undefined
      ? [
          diagnostic(
            origin,
            'ingest/bad-date',
            `published "${r.published}" is not a date; ignored`,
            'warning',
          ),
        ]
      : [];
  return success({ origin, format: 'jsonl', text: r.text, meta }, warnings);
};

const readLines = (text: string, origin: string): ReadOutcome[] => {
  const outcomes: ReadOutcome[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const where = `${origin}#line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      outcomes.push(failure(diagnostic(where, 'ingest/not-json', `not JSON (${shortError(e)})`)));
      continue;
    }
    outcomes.push(outcomeOf(value, where));
  }
  return outcomes;
};

const readArray = (text: string, origin: string): ReadOutcome[] => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [failure(diagnostic(origin, 'ingest/not-json', `not JSON (${shortError(e)})`))];
  }
  if (!Array.isArray(value)) return [outcomeOf(value, origin)];
  return value.map((item, i) => outcomeOf(item, `${origin}#item ${i + 1}`));
};

export const jsonlReader: Reader = {
  name: 'jsonl',
  accepts: (input) =>
    ['jsonl', 'ndjson', 'json'].includes(input.extension) ||
    ['application/json', 'application/x-ndjson', 'application/jsonl'].includes(input.contentType ?? ''),
  read: (input) => {
    const start = input.text.trimStart();
    // A JSON document (an array, or one object over several lines) rather than one object a line.
    const whole =
      start.startsWith('[') || (input.extension === 'json' && !/}\s*\n\s*{/.test(start.slice(0, 1 << 16)));
    return whole ? readArray(input.text, input.origin) : readLines(input.text, input.origin);
  },
};
