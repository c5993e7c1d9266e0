import { once } from '../../core/index.js';
import { anchoredMatches } from './anchored.js';
import { parseIsoDay } from './calendar.js';
import { literalCandidate, type TimeCandidate, type TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const names = timeLexicon().seasons;
  /** First month of each season (northern meteorological seasons; winter starts in December). */
  const startMonth: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:(this\\s+past|this\\s+coming|this|last|next|the|(?<=\\b(?:in|during|since|until|by)\\s+))\\s*)(${alternation(Object.keys(names))})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d))?(?![\\p{L}\\d])`,
    'giu',
  );
  const anchor = new RegExp(alternation(Object.keys(names)), 'giu');
  return { names, startMonth, pattern, anchor };
});

/**
 * Seasons in TimeML form (2022-SU): "this summer", "last fall", "the winter of 1998", "in spring".
 * A season needs a determiner, a year or a preposition before it ("fall" and "spring" are verbs
 * too). "last" / "this past" is the latest one already over, "next" the first one not begun.
 */
export function seasonParser({ text, reference }: TimeContext): TimeCandidate[] {
  const { names, startMonth, pattern, anchor } = patterns();
  const ref = reference ? parseIsoDay(reference) : undefined;
  const out: TimeCandidate[] = [];
  for (const m of anchoredMatches(text, pattern, anchor)) {
    const code = names[(m[2] ?? '').toLowerCase()];
    if (!code) continue;
    const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    let year = m[3] ? Number(m[3]) : undefined;
    if (year === undefined && ref) {
      const start = startMonth[code] ?? 1;
      const over = ref.month >= start + 3 || (code === 'WI' && ref.month >= 3 && ref.month < 12);
      const begun = ref.month >= start || (code === 'WI' && ref.month < 3);
      if (which === 'last' || which === 'this past') year = over ? ref.year : ref.year - 1;
      else if (which === 'next' || which === 'this coming') year = begun ? ref.year + 1 : ref.year;
      else year = ref.year;
    }
    if (year === undefined) continue;
    const start = which === '' ? m.index + m[0].indexOf(m[2] ?? '') : m.index;
    out.push(literalCandidate(start, m.index + m[0].length, `${year}-${code}`, 'season', 'season'));
  }
  return out;
}
