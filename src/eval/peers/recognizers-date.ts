import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import type { PeerTime } from './chrono-naive.js';

interface Resolved {
  readonly timex?: string;
  readonly type?: string;
  readonly value?: string;
  readonly start?: string;
  readonly end?: string;
  readonly Mod?: string;
}

const placeholder = new Date(Date.UTC(2000, 0, 1, 12));

const dayBefore = (iso: string): string => {
  const t = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

/** Our value form from the first (past) resolution: date, month, year, week or `start/end`. */
const ourValue = (r: Resolved): string | undefined => {
  const timex = r.timex ?? '';
  if (r.type === 'date' || r.type === 'datetime') return r.value?.slice(0, 10);
  if (r.type !== 'daterange' && r.type !== 'datetimerange') return undefined;
  const start = r.start?.slice(0, 10);
  if (r.Mod === 'since' && start) return `${start}/`;
  if (/^(?:\d{4}|XXXX)-\d\d$/.test(timex) && start) return start.slice(0, 7);
  if (/^\d{4}$/.test(timex)) return timex;
  if (/^\d{4}-W\d\d$/.test(timex)) return timex;
  const end = r.end ? dayBefore(r.end) : undefined;
  if (start || end) return `${start ?? ''}/${end ?? ''}`;
  return undefined;
};

/** TimeML form: the timex itself, with an unknown year (XXXX) filled from the resolution. */
const timemlOf = (r: Resolved): string | undefined => {
  const timex = r.timex;
  if (!timex) return undefined;
  const year = (r.value ?? r.start ?? '').slice(0, 4);
  return timex.startsWith('XXXX') && /^\d{4}$/.test(year) ? `${year}${timex.slice(4)}` : timex;
};

/**
 * Microsoft Recognizers-Text DateTime (English), taking the first resolution it offers (the past
 * reading for ambiguous dates). Without a reference it runs on a fixed placeholder and keeps only
 * results whose year is in the matched text.
 */
export function recognizersDate(text: string, reference: string | undefined): PeerTime[] {
  const instant = reference ? new Date(`${reference}T12:00:00Z`) : placeholder;
  return recognizeDateTime(text, Culture.English, undefined, instant).flatMap((m) => {
    const values = (m.resolution as { values?: Resolved[] } | undefined)?.values ?? [];
    const first = values[0];
    if (!first) return [];
    const value = ourValue(first);
    const timeml = timemlOf(first) ?? value;
    if (!value && !timeml) return [];
    const span = { start: m.start, end: m.end + 1 };
    if (!reference && !/\d{4}/.test(text.slice(span.start, span.end))) return [];
    return [{ span, value: value ?? timeml ?? '', timeml: timeml ?? value ?? '' }];
  });
}
