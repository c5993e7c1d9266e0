import { once } from '../../core/index.js';
import { anchoredStretches, matchesIn } from './anchored.js';
import { literalCandidate, type TimeCandidate, type TimeContext } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const patterns = once(() => {
  const d = timeLexicon().durations;
  const numberWord = alternation(
    Object.keys(timeLexicon().numberWords).filter((w) => w !== 'a' && w !== 'an'),
  );
  const one = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|${numberWord}(?:[\\s-]+${numberWord})?)`;
  /** A number, a range of two ("12 to 18": X), "a" / "an", or a vague count. */
  const count = `(?:${one}(?:\\s+(?:to|or)\\s+${one})?|an?|${alternation(d.vague)})`;
  const unit = `(?<unit>${alternation(Object.keys(d.units))})(?<plural>s|ies)?`;
  /**
   * [qualifier] [determiner] count unit: "two weeks", "the past seven months", "nearly three
   * years", "a three-year" (the adjective: "two-year" stays one word), "several quarters". A span
   * followed by "ago", "earlier", "old" ... is a date or an age, not a duration.
   */
  const pattern = new RegExp(
    `(?<![\\p{L}\\d/-])(?<lead>(?:${alternation(d.qualifiers)}\\s+)?(?:(?<det>${alternation(d.determiners)})\\s+)?)(?:(?<count>${count})(?:\\s+|-))?${unit}(?![\\p{L}\\d]|-(?!long)|\\s+${alternation(d.notAfter)}(?![\\p{L}]))(?:-long)?`,
    'giu',
  );
  const units = Object.keys(d.units);
  /** Every match of both patterns holds its unit. */
  const anchor = new RegExp(alternation(units), 'giu');
  const spanning = /(?:past|last|next|coming)$/;
  /** "for weeks", "within months": a bare plural that is a span. */
  const bareAfter = new RegExp(`(?:^|[^\\p{L}])${alternation(d.bareAfter)}\\s+$`, 'iu');
  const clock = new Set(d.clockUnits);

  /** "the year ended March 31", "the fiscal year ending June 30": one year (or quarter, month). */
  const periodEnded = new RegExp(
    `(?<![\\p{L}])the\\s+(?:fiscal\\s+)?(year|quarter|month)(?=,?\\s+${alternation(d.periodEnd)}(?![\\p{L}]))`,
    'giu',
  );
  return { d, numberWord, one, count, unit, pattern, units, anchor, spanning, bareAfter, clock, periodEnded };
});

export function durationParser({ text }: TimeContext): TimeCandidate[] {
  const { pattern, anchor, spanning, bareAfter, periodEnded } = patterns();
  const out: TimeCandidate[] = [];
  const stretches = anchoredStretches(text, anchor);
  for (const m of matchesIn(text, periodEnded, stretches)) {
    const value = durationValue((m[1] ?? '').toLowerCase(), 1);
    if (value)
      out.push(literalCandidate(m.index, m.index + m[0].length, value, 'duration', 'duration/period-ended'));
  }
  for (const m of matchesIn(text, pattern, stretches)) {
    const g = m.groups ?? {};
    const unitWord = (g.unit ?? '').toLowerCase();
    const plural = g.plural !== undefined;
    const counted = g.count;
    const amount = counted === undefined ? undefined : amountOf(counted);
    const det = g.det?.toLowerCase().replace(/\s+/g, ' ');
    // A bare singular unit ("day", "the year") is a date or a noun; "the past decade" is a span.
    if (counted === undefined && !plural && !(det && spanning.test(det))) continue;
    if (
      counted === undefined &&
      !/\s/.test(m[0]) &&
      !bareAfter.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    if (isFraction(unitWord, counted, m[0])) continue;
    const value = durationValue(unitWord, plural ? amount : (amount ?? 1));
    // "the 30-day": TimeML leaves the determiner out of an adjective, and "the" out of "the weeks".
    const adjective = counted !== undefined && /-/.test(m[0].slice(-(unitWord.length + 1)));
    const lead = adjective
      ? (g.lead ?? '')
      : (counted === undefined && det === 'the') || /^the$/i.test(counted ?? '')
        ? m[0].slice(0, m[0].search(/\s/) + 1)
        : '';
    const start = m.index + lead.length;
    if (value) out.push(literalCandidate(start, m.index + m[0].length, value, 'duration', 'duration'));
  }
  return out;
}

/** The number a count stands for; undefined for vague counts ("several", "a few"). */
const amountOf = (s: string): number | undefined => {
  if (/\s(?:to|or)\s/i.test(s)) return undefined;
  if (/^an?$/i.test(s)) return 1;
  const digits = s.replace(/,/g, '');
  if (/^\d/.test(digits)) return digits.length < 9 ? Number(digits) : undefined;
  let total = 0;
  for (const word of s.toLowerCase().split(/[\s-]+/)) {
    const n = timeLexicon().numberWords[word];
    if (n === undefined) return undefined;
    total = n === 100 && total > 0 ? total * 100 : total + n;
  }
  return total;
};

/** TimeML duration: P2W, P20Y for two decades, PT3H for three hours, PXM for "several months". */
const durationValue = (unitWord: string, amount: number | undefined): string | undefined => {
  const { units, d, clock } = patterns();
  const base = units.find((u) => unitWord === u || unitWord === u.replace(/y$/, 'i'));
  if (!base) return undefined;
  const code = d.units[base] ?? 'X';
  const times = d.multipliers[base] ?? 1;
  const n = amount === undefined ? 'X' : String(Math.round(amount * times * 100) / 100);
  return clock.has(base) ? `PT${n}${code}` : `P${n}${code}`;
};

/** "a second" (the ordinal), "three-quarters", "a quarter of": fractions and ordinals, not spans. */
const isFraction = (unitWord: string, count: string | undefined, whole: string): boolean => {
  const single = count !== undefined && /^an?$/i.test(count);
  if (unitWord === 'second' && single) return true;
  return unitWord.startsWith('quarter') && (single || /-quarters/i.test(whole));
};
