import { literalCandidate, type TimeCandidate } from './candidate.js';
import { alternation, timeLexicon } from './lexicon.js';

const d = timeLexicon.durations;
const numberWord = alternation(Object.keys(timeLexicon.numberWords).filter((w) => w !== 'a' && w !== 'an'));
const one = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|${numberWord}(?:[\\s-]+${numberWord})?)`;
/** A number, a range of two ("12 to 18": X), "a" / "an", or a vague count. */
const count = `(?:${one}(?:\\s+(?:to|or)\\s+${one})?|an?|${alternation(d.vague)})`;
const unit = `(${alternation(Object.keys(d.units))})(s|ies)?`;
/**
 * [qualifier] [determiner] count unit: "two weeks", "the past seven months", "nearly three
 * years", "a three-year" (the adjective: "two-year" stays one word), "several quarters". A span
 * followed by "ago", "earlier", "old" ... is a date or an age, not a duration.
 */
const pattern = new RegExp(
  `(?<![\\p{L}\\d/-])(?:${alternation(d.qualifiers)}\\s+)?(?:${alternation(d.determiners)}\\s+)?(?:(${count})(?:\\s+|-))?${unit}(?![\\p{L}\\d]|-(?!long)|\\s+${alternation(d.notAfter)}(?![\\p{L}]))(?:-long)?`,
  'giu',
);
const units = Object.keys(d.units);
const clock = new Set(d.clockUnits);

export function durationCandidates(text: string): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const unitWord = (m[2] ?? '').toLowerCase();
    const plural = m[3] !== undefined;
    const amount = m[1] === undefined ? undefined : amountOf(m[1]);
    // A bare singular unit ("day", "the year") is a date or a noun, not a duration.
    if (m[1] === undefined && !plural) continue;
    if (m[1] === undefined && !/\s/.test(m[0])) continue;
    const value = durationValue(unitWord, plural ? amount : (amount ?? 1));
    if (value) out.push(literalCandidate(m.index, m.index + m[0].length, value, 'duration', 'duration'));
  }
  return out;
}

/** The number a count stands for; undefined for vague counts ("several", "a few"). */
const amountOf = (s: string): number | undefined => {
  if (/\s(?:to|or)\s/i.test(s)) return undefined;
  if (/^an?$/i.test(s)) return 1;
  const digits = s.replace(/,/g, '');
  if (/^\d/.test(digits)) return Number(digits);
  let total = 0;
  for (const word of s.toLowerCase().split(/[\s-]+/)) {
    const n = timeLexicon.numberWords[word];
    if (n === undefined) return undefined;
    total = n === 100 && total > 0 ? total * 100 : total + n;
  }
  return total;
};

/** TimeML duration: P2W, P20Y for two decades, PT3H for three hours, PXM for "several months". */
const durationValue = (unitWord: string, amount: number | undefined): string | undefined => {
  const base = units.find((u) => unitWord === u || unitWord === u.replace(/y$/, 'i'));
  if (!base) return undefined;
  const code = d.units[base] ?? 'X';
  const times = d.multipliers[base] ?? 1;
  const n = amount === undefined ? 'X' : String(Math.round(amount * times * 100) / 100);
  return clock.has(base) ? `PT${n}${code}` : `P${n}${code}`;
};
