import * as chrono from 'chrono-node';
import { type DateValue, MONTH_OR_NUMERIC_DATE } from './date-patterns.js';

interface DayMonth {
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

const PARSERS: Record<string, chrono.Chrono> = {
  // British order: "07.12.2022" is 7 December, as in the European outlets this tool reads.
  en: chrono.en.GB,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
};
/** Chrono needs a reference date; only the values the text states are used, never implied ones. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const BARE_YEAR = /\b(?:19|20)\d{2}\b/g;
/** Stand-alone numbers: every day-and-month date has one, so chrono looks only near them. */
const NUMBER = /\b\d{1,4}\b/g;

/** "today", "3 days ago", "tomorrow" are relative to the reference date: nothing the text states. */
const isAbsolute = (result: chrono.ParsedResult): boolean =>
  /\d/.test(result.text) &&
  ![...result.tags()].some((t) => t.startsWith('casualReference') || t.startsWith('result/relative'));

/** Characters kept on each side of a date hint: enough for "Saturday, the 3rd of December 2022". */
const WINDOW = 40;

/** The parts of a text around numbers next to a month name or in a numeric date, joined; chrono is slow on whole texts. */
export const dateWindows = (text: string): string => {
  const parts: string[] = [];
  let end = -1;
  for (const m of text.matchAll(NUMBER)) {
    const from = Math.max(m.index - WINDOW, 0);
    const to = Math.min(m.index + m[0].length + WINDOW, text.length);
    if (!MONTH_OR_NUMERIC_DATE.test(text.slice(from, to))) continue;
    if (from <= end) parts[parts.length - 1] += text.slice(end, to);
    else parts.push(text.slice(from, to));
    end = to;
  }
  return parts.join(' \n\n ');
};

const statedDays = (text: string, language: string | undefined): DayMonth[] => {
  if (text === '') return [];
  const parser = PARSERS[(language ?? 'en').slice(0, 2).toLowerCase()] ?? chrono.en.GB;
  const out: DayMonth[] = [];
  for (const result of parser.parse(text, REFERENCE, { forwardDate: false })) {
    if (!isAbsolute(result)) continue;
    const startYear = result.start.isCertain('year') ? result.start.get('year') : null;
    for (const c of [result.start, result.end]) {
      if (c === null || c === undefined || !c.isCertain('day') || !c.isCertain('month')) continue;
      const year = c.isCertain('year') ? c.get('year') : startYear;
      const [month, day] = [c.get('month'), c.get('day')];
      if (month === null || day === null) continue;
      out.push(year === null ? { month, day } : { year, month, day });
    }
  }
  return out;
};

const time = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

/** Days after its latest full date that a text may still be telling of ("on 20 November 2022 ... on 3 December"). */
const SLACK_DAYS = 60;
const DAY = 86_400_000;

/**
 * The bound for yearless dates: the latest full date plus some slack, else 1 January of the year
 * the text states most often (a text that names a year without a day mostly looks ahead to it or
 * back past it; taking the year before it keeps the bound true in both cases but a far-future one).
 */
const anchorOf = (text: string, days: readonly DayMonth[]): number | undefined => {
  const full = days.filter((d) => d.year !== undefined).map((d) => time(d.year!, d.month, d.day));
  if (full.length > 0) return Math.max(...full) + SLACK_DAYS * DAY;
  const counts = new Map<number, number>();
  for (const m of text.matchAll(BARE_YEAR)) {
    if (/[.,]/.test(text[m.index - 1] ?? '')) continue; // "1.2022" or "3,2022" are not years
    counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best === undefined ? undefined : time(best[0], 1, 1);
};

/** A yearless day and month at its latest occurrence not after the anchor (news dates point backwards). */
const placed = (d: DayMonth, anchor: number): number => {
  const y = new Date(anchor).getUTCFullYear();
  const same = time(y, d.month, d.day);
  return same <= anchor ? same : time(y - 1, d.month, d.day);
};

/**
 * For a text that states no publication date: the latest day the text itself mentions, as a
 * "not before" bound. Only dates whose day and month are stated count; a missing year is implied
 * from the years the text states (see `anchorOf`), and without any stated year, yearless dates are
 * not used.
 */
export const inferNotBefore = (text: string, language?: string): DateValue | undefined => {
  const days = statedDays(dateWindows(text), language);
  if (days.length === 0) return undefined;
  const anchor = anchorOf(text, days);
  const times = days.flatMap((d) =>
    d.year !== undefined ? [time(d.year, d.month, d.day)] : anchor === undefined ? [] : [placed(d, anchor)],
  );
  if (times.length === 0) return undefined;
  return { value: new Date(Math.max(...times)).toISOString().slice(0, 10), precision: 'day' };
};
