import { once } from '../../core/index.js';
import { matchesNotAfter } from './anchored.js';
import { literalCandidate, type TimeCandidate, type TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const { ref, set } = timeLexicon().phrases;
  /** Read as `(?<![\p{L}\d-])` + pattern (see matchesNotAfter). */
  const pattern = new RegExp(
    `${alternation([...Object.keys(ref), ...Object.keys(set)])}(?![\\p{L}\\d-])`,
    'giu',
  );
  const wordCharacter = /[\p{L}\d-]/u;
  const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
  return { ref, set, pattern, wordCharacter, key };
});

/**
 * Phrases with a fixed TimeML value and no date: "now", "currently" (PRESENT_REF), "recently",
 * "the past" (PAST_REF), "the future", "soon" (FUTURE_REF); sets such as "daily" (P1D). Longer
 * expressions that contain them ("recent weeks") win in the overlap refiner.
 */
export function phraseParser({ text }: TimeContext): TimeCandidate[] {
  const { ref, set, pattern, wordCharacter, key } = patterns();
  const out: TimeCandidate[] = [];
  for (const m of matchesNotAfter(text, pattern, wordCharacter)) {
    const k = key(m[0]);
    const refValue = ref[k];
    const setValue = set[k];
    if (refValue) out.push(literalCandidate(m.index, m.index + m[0].length, refValue, 'ref', 'phrase/ref'));
    else if (setValue)
      out.push(literalCandidate(m.index, m.index + m[0].length, setValue, 'set', 'phrase/set'));
  }
  return out;
}
