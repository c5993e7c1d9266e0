import { once } from '../../core/index.js';
import { anchoredMatches } from './anchored.js';
import { parseIsoDay } from './calendar.js';
import type { TimeCandidate, TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const offsets = timeLexicon().yearOffsets;
  const pattern = new RegExp(`(?<![\\p{L}-])${alternation(Object.keys(offsets))}(?![\\p{L}-])`, 'giu');
  /** Every phrase names the year. */
  const anchor = /year/giu;
  return { offsets, pattern, anchor };
});

/** "a year earlier", "the year-ago period" (the year before the reference), "the current year". */
export function yearOffsetParser({ text, reference }: TimeContext): TimeCandidate[] {
  const { offsets, pattern, anchor } = patterns();
  const ref = reference ? parseIsoDay(reference) : undefined;
  if (!ref) return [];
  const out: TimeCandidate[] = [];
  for (const m of anchoredMatches(text, pattern, anchor)) {
    const offset = offsets[m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (offset === undefined) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { grain: 'year', year: ref.year + offset },
      anchor: 'relative',
      yearStated: false,
      rule: 'year-offset',
    });
  }
  return out;
}
