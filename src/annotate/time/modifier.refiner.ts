import { type Refiner, withRule } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/** "the" joins only before these ("the past year", "the previous Friday"). */
const afterThe = /^(?:past|last|next|previous|coming|following)\b/i;
const wordBefore = /^(?:early|late)$/i;

/**
 * Words that TimeML keeps in the span and chrono leaves out, read from the text just before a date:
 * "last April", "earlier this month", "late yesterday", "nearly two weeks ago", "the past year",
 * "fiscal 1989". The value does not change. "early" / "late" before a month or year are the
 * period-part refiner's, which has already taken them.
 */
export const modifierRefiner: Refiner = ({ text }, candidates) =>
  candidates.map((c) => {
    if (c.literal || c.rule.includes('period-part')) return c;
    let start = c.start;
    for (let step = 0; step < 2; step++) {
      const m = timeLexicon().modifierBefore.exec(text.slice(Math.max(0, start - 24), start));
      const word = m?.[1];
      if (!m || !word) break;
      const lower = word.toLowerCase();
      const surface = text.slice(start, c.end);
      if (lower === 'the' && !afterThe.test(surface)) break;
      if (lower === 'fiscal' && c.from.grain !== 'year' && c.from.grain !== 'quarter') break;
      if (wordBefore.test(lower) && (c.from.grain === 'month' || c.from.grain === 'year')) break;
      start -= m[0].length - m[0].indexOf(word);
    }
    return start === c.start ? c : { ...c, start, rule: withRule(c, 'modifier') };
  });
