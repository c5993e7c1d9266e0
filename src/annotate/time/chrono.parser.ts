import type * as chrono from 'chrono-node';
import type { Span } from '../../core/index.js';
import type { StageContext } from '../stage.js';
import { parseIsoDay } from './calendar.js';
import type { Anchor, Grain, Point, TimeCandidate, TimeContext } from './candidate.js';
import { chronoFor } from './chrono-gates.js';
import { chronoRuns } from './chrono-runs.js';
import { chunksOf } from './chunks.js';
import { timeLexicon } from './lexicon.js';

type Components = chrono.ParsedComponents;

/** chrono needs some instant; without a reference, anything computed from it is dropped later. */
const placeholder = new Date(Date.UTC(2000, 0, 1, 12));

const relativeWords =
  /\b(?:last|next|this|past|coming|previous|following|ago|earlier|later|yesterday|today|tonight|tomorrow)\b/i;
const weekWord = /\bweeks?\b|\bweekend\b/i;
/** "the last seven months", "the past five years": spans of time, not dates; left out. */
const durationPhrase =
  /\b(?:last|past|next|coming|previous|recent)\s+(?:[\p{L}\d-]+\s+){0,2}(?:days|weeks|months|years|decades)\b/iu;

const ruleOf = (r: chrono.ParsedResult): string => {
  const tags = [...r.tags()];
  const parser = tags.find((t) => t.startsWith('parser/'));
  if (parser) return `chrono/${parser.slice('parser/'.length)}`;
  if (tags.includes('result/relativeDate')) return 'chrono/relative';
  if (r.start.isCertain('weekday')) return 'chrono/weekday';
  return 'chrono';
};

const grainOf = (c: Components, relative: boolean, text: string): Grain | undefined => {
  if (relative && weekWord.test(text) && !c.isCertain('weekday')) return 'week';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return undefined;
};

const pointOf = (c: Components, grain: Grain): Point => {
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  return { grain, year, month, day };
};

const anchorOf = (c: Components, relative: boolean): Anchor => {
  if (c.isCertain('weekday') && !c.isCertain('day')) return relative ? 'relative' : 'weekday';
  if (relative) return 'relative';
  return c.isCertain('year') ? 'absolute' : 'year-implied';
};

/** chrono folds "end of October" into October 31; the period-part refiner reads "end of" itself. */
const endOfPrefix = /^(?:the\s+)?end\s+of\s+/i;

/** "1/2", "3/8": fractions, not days, unless a year comes with them. */
const yearlessSlash = /^\d{1,2}\/\d{1,2}$/;
const thisWeek = /\bthis\s+week\b/i;

function fromResult(
  r: chrono.ParsedResult,
  reference: string | undefined,
  offset: number,
): TimeCandidate | undefined {
  if (durationPhrase.test(r.text) || yearlessSlash.test(r.text.trim())) return undefined;
  const endOf = endOfPrefix.exec(r.text);
  if (endOf && r.start.isCertain('month')) {
    const month = {
      grain: 'month',
      year: r.start.get('year') ?? 0,
      month: r.start.get('month') ?? 1,
    } as const;
    return {
      start: offset + r.index + endOf[0].length,
      end: offset + r.index + r.text.length,
      from: month,
      anchor: r.start.isCertain('year') ? 'absolute' : 'year-implied',
      yearStated: r.start.isCertain('year'),
      rule: 'chrono/ENMonthNameParser',
    };
  }
  const relative =
    [...r.tags()].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/')) ||
    relativeWords.test(r.text);
  // "two weeks", "the day after", "ten days before": durations or tied to another event.
  if (relative && !timeLexicon().anchoredRelative.test(r.text)) return undefined;
  const grain = grainOf(r.start, relative, r.text);
  if (!grain) return undefined;
  const anchor = anchorOf(r.start, relative);
  const endGrain = r.end ? grainOf(r.end, relative, r.text) : undefined;
  // "Friday to December": two expressions chrono joined; not a range.
  if (r.end && endGrain !== grain) return undefined;
  // chrono dates "this week" on its Sunday, which ISO counts in the week before.
  const ref = reference ? parseIsoDay(reference) : undefined;
  const from = grain === 'week' && ref && thisWeek.test(r.text) ? { grain, ...ref } : pointOf(r.start, grain);
  const weekday = r.start.isCertain('weekday') ? (r.start.get('weekday') ?? undefined) : undefined;
  return {
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    from,
    ...(r.end && endGrain ? { to: pointOf(r.end, endGrain) } : {}),
    anchor,
    ...(weekday !== undefined && anchor === 'weekday' ? { weekday } : {}),
    yearStated: anchor === 'absolute',
    rule: ruleOf(r),
  };
}

/** chrono-node's English parsers, news style (never forward-dated), in UTC, one chunk at a time. */
export function chronoCandidates(
  text: string,
  reference: string | undefined,
  chunks: readonly Span[],
  report: StageContext['report'] = () => {},
): TimeCandidate[] {
  const instant = reference ? new Date(`${reference}T12:00:00Z`) : placeholder;
  const out: TimeCandidate[] = [];
  for (const chunk of chunks) {
    let results: chrono.ParsedResult[];
    const piece = text.slice(chunk.start, chunk.end);
    try {
      results = chronoFor(piece).parse(piece, { instant, timezone: 'UTC' }, { forwardDate: false });
    } catch (error) {
      report({
        ruleId: 'times/chrono-failed',
        severity: 'warning',
        message: `chrono-node failed on this part of the text (${(error as Error).message}); its dates are left out`,
        span: chunk,
      });
      continue;
    }
    for (const r of results) {
      const candidate = fromResult(r, reference, chunk.start);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

/**
 * chrono reads one line at a time (see chunks.ts), and of it only the sentences it could find
 * something in (see chrono-runs.ts).
 */
export const chronoParser = ({ text, reference, report }: TimeContext): TimeCandidate[] =>
  chronoCandidates(text, reference, chronoRuns(text, chunksOf(text)), report);
