import { once } from '../../core/index.js';
import { anchoredMatches } from './anchored.js';
import { literalCandidate, type TimeCandidate, type TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const words = timeLexicon().decadeWords;
  /** "the 1990s", "the mid-1980s", "the '80s", "the nineties", "1960s". */
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(1\\d|20)(\\d)0['’]?s|['’](\\d)0s|(${alternation(Object.keys(words))}))(?![\\p{L}\\d])`,
    'giu',
  );
  /** Every decade ends in "0s" (or "0's") or is spelled. */
  const anchor = new RegExp(`0['’]?s|${alternation(Object.keys(words))}`, 'giu');
  return { words, pattern, anchor };
});

/** Decades in TimeML form: the first three digits of the year ("199"); spelled ones in the 1900s. */
export function decadeParser({ text }: TimeContext): TimeCandidate[] {
  const { words, pattern, anchor } = patterns();
  const out: TimeCandidate[] = [];
  for (const m of anchoredMatches(text, pattern, anchor)) {
    const word = m[4] ? words[m[4].toLowerCase()] : undefined;
    const value = m[1] ? `${m[1]}${m[2]}` : m[3] ? `19${m[3]}` : word !== undefined ? `19${word}` : '';
    if (!value) continue;
    out.push(literalCandidate(m.index, m.index + m[0].length, value, 'decade', 'decade'));
  }
  return out;
}
