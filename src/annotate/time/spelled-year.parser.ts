import { once } from '../../core/index.js';
import { anchoredMatches } from './anchored.js';
import type { TimeCandidate, TimeContext } from './candidate.js';
import { timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const n = timeLexicon().numberWords;
  const tens = Object.keys(n).filter((w) => (n[w] ?? 0) >= 10 && (n[w] ?? 0) < 100);
  const units = Object.keys(n).filter((w) => (n[w] ?? 0) >= 1 && (n[w] ?? 0) <= 9 && w !== 'a' && w !== 'an');
  /** "nineteen ninety-six", "nineteen eighty", "the year two thousand": years read aloud (transcripts). */
  const pattern = new RegExp(
    `(?<![\\p{L}-])(?:(?:the\\s+year\\s+)?(nineteen|twenty)[\\s-]+(${tens.join('|')})(?:[\\s-]+(${units.join('|')}))?|(the\\s+year\\s+)two\\s+thousand)(?![\\p{L}-])`,
    'giu',
  );
  const anchor = /nineteen|twenty|thousand/giu;
  return { n, tens, units, pattern, anchor };
});

export function spelledYearParser({ text }: TimeContext): TimeCandidate[] {
  const { n, pattern, anchor } = patterns();
  const out: TimeCandidate[] = [];
  for (const m of anchoredMatches(text, pattern, anchor)) {
    const century = m[1] ? (n[m[1].toLowerCase()] ?? 0) : 20;
    const year = m[4]
      ? 2000
      : century * 100 + (n[(m[2] ?? '').toLowerCase()] ?? 0) + (n[(m[3] ?? '').toLowerCase()] ?? 0);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      from: { grain: 'year', year },
      anchor: 'absolute',
      yearStated: true,
      rule: 'spelled-year',
    });
  }
  return out;
}
