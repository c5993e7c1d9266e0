import { once } from '../../core/index.js';
import { anchoredMatches } from './anchored.js';
import { parseIsoDay } from './calendar.js';
import type { TimeCandidate, TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const ordinals = alternation(Object.keys(timeLexicon().quarterOrdinals));
  /**
   * "the third quarter", "third-quarter", "the fourth quarter of 2022", "Q3 2022", "2022 Q3", and
   * with a year or "year-ago" before the ordinal: "the 1988 third quarter", "the year-ago quarter".
   */
  const pattern = new RegExp(
    `\\b(?:(?:the\\s+)?(?:(?:comparable\\s+)?(year-ago|year-earlier)\\s+|((?:19|20)\\d\\d)\\s+|fiscal\\s+)?(${ordinals})[\\s-]+quarter(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?|Q([1-4])(?:\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d)\\s+Q([1-4]))\\b`,
    'gi',
  );
  const anchor = /quarter|q[1-4]/gi;
  return { ordinals, pattern, anchor };
});

export function quarterParser({ text, reference }: TimeContext): TimeCandidate[] {
  const { pattern, anchor } = patterns();
  const ref = reference ? parseIsoDay(reference) : undefined;
  const out: TimeCandidate[] = [];
  for (const m of anchoredMatches(text, pattern, anchor)) {
    const [, yearAgo, yearBefore, ordinal, yearOf, q, yearAfterQ, yearFirst, qAfter] = m;
    const quarter = ordinal ? timeLexicon().quarterOrdinals[ordinal.toLowerCase()] : Number(q ?? qAfter);
    if (!quarter) continue;
    const yearText = yearBefore ?? yearOf ?? yearAfterQ ?? yearFirst;
    // "the year-ago third quarter": that quarter of the year before the reference.
    const ago = yearAgo && ref && !yearText ? ref.year - 1 : undefined;
    if (yearAgo && ago === undefined) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { grain: 'quarter', year: ago ?? (yearText ? Number(yearText) : 0), quarter },
      anchor: yearText ? 'absolute' : ago !== undefined ? 'relative' : 'year-implied',
      yearStated: yearText !== undefined,
      rule: ago !== undefined ? 'quarter/year-ago' : 'quarter',
    });
  }
  return out;
}
