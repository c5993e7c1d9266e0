import type { Span } from './span.js';

/**
 * Labels cut from sentences. A cluster, a measure or a judgement is named by the words of its
 * clearest sentence, cut to the clause that holds its proposition: always a phrase of the source
 * text, never a bag of key words.
 */

const MIN_WORDS = 5;
const MAX_WORDS = 14;
/** Where a clause ends: punctuation that separates clauses or asides (a comma inside "65,000" does not). */
const boundary = /,(?!\d)|[;:–—()[\]{}]|\s-\s/g;

/** A clause set off by commas that opens with a relative pronoun (", who have been ..."): an aside. */
const relativeAside = /^\s*(?:who|whom|whose|which)\b/i;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** Cuts an aside left open by a cut ("the official number (as stated"): from its bracket on. */
const closeAsides = (s: string): string => {
  const open = s.lastIndexOf('(');
  return open > 0 && s.indexOf(')', open) < 0 ? s.slice(0, open) : s;
};

const tidy = (s: string): string =>
  closeAsides(s)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—.-]+$/g, '')
    .trim();

/** A clause does not start with the conjunction that tied it to the previous one (a closed word class). */
const dropConjunction = (s: string): string =>
  s.replace(
    /^(?:and|but|or|nor|yet|so|as(?!\s+(?:many|much|few|little|long|far|well|soon)\b)|while|whereas)\s+/i,
    '',
  );

/** A phrase capped at `max` words; a cut mid-clause ends with "…". */
const capWords = (s: string, max = MAX_WORDS): string => {
  const parts = s.split(/\s+/).filter(Boolean);
  return parts.length <= max ? s : `${parts.slice(0, max).join(' ')}…`;
};

/** A short bracketed aside ("(DPR and LPR)", "(nine-mile)") is part of its clause, not a boundary. */
const SHORT_BRACKET = /\([^()]{0,40}\)/g;
const shortBrackets = (text: string): Span[] =>
  [...text.matchAll(SHORT_BRACKET)]
    .filter((m) => words(m[0]) <= 4)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Clause segments of a text with their offsets. */
const segments = (text: string): Span[] => {
  const out: Span[] = [];
  const kept = shortBrackets(text);
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    if (kept.some((b) => b.start <= m.index && m.index < b.end)) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
};

/**
 * The clause of `sentence` that holds `focus` (offsets into the sentence), widened to the
 * neighbouring clauses until it has a few words: "…, its ground forces have at most 11,000 men, …".
 */
export function clauseAround(sentence: string, focus: Span, maxWords = MAX_WORDS): string {
  const segs = segments(sentence);
  let i = segs.findIndex((s) => s.start <= focus.start && focus.start < s.end);
  if (i < 0) i = 0;
  let j = segs.findIndex((s) => s.start <= Math.max(focus.start, focus.end - 1) && focus.end <= s.end + 1);
  if (j < i) j = i;
  const span = () => sentence.slice(segs[i]?.start ?? 0, segs[j]?.end ?? sentence.length);
  // A relative clause ("which experts say could cost £157bn") takes the noun it describes with it.
  if (i > 0 && relativeAside.test(sentence.slice(segs[i]?.start, segs[i]?.end))) i--;
  // A list item that holds a figure and what it counts ("170 tanks") is a label already.
  const floor = /\d/.test(span()) && words(span()) >= 2 ? 2 : MIN_WORDS;
  while (words(span()) < floor && (i > 0 || j < segs.length - 1)) {
    if (j < segs.length - 1) j++;
    else i--;
  }
  let text = tidy(span());
  // A long clause is cut from the figure on when the figure lies beyond the words a label keeps;
  // a figure in a short bracket restates the word before it ("19-km (12-mile) bridge"): from that word.
  const from = sentence.slice(segs[i]?.start ?? 0, focus.start);
  const bracket = shortBrackets(sentence).find((b) => b.start < focus.start && focus.end <= b.end);
  const cutAt = bracket
    ? sentence.lastIndexOf(' ', sentence.slice(0, bracket.start).trimEnd().length - 1) + 1
    : focus.start;
  if (words(text) > maxWords && words(from) >= maxWords - 2) text = tidy(sentence.slice(cutAt, segs[j]?.end));
  return capWords(dropConjunction(text), maxWords);
}

/**
 * A clause that leans on the one before it: one opened by a subordinating conjunction, a relative
 * pronoun or a participle (closed classes, and the -ing form of a lowercase verb).
 */
const SUBORDINATORS = new Set(
  'as because since while whereas although though if unless when whenever where after before until which who whom whose including'.split(
    ' ',
  ),
);
const opensDependent = (clause: string): boolean => {
  const word = clause.trimStart().split(/[\s,]/)[0] ?? '';
  return SUBORDINATORS.has(word.toLowerCase()) || /^[a-z]+ing$/.test(word);
};

/** A sentence cut to its first clause of some length: the proposition, without its asides. */
export function propositionOf(sentence: string): string {
  const whole = tidy(sentence.replace(/[.!?]+$/, ''));
  const all = segments(whole);
  // "X, who ..., did Y": the subject stays, its relative clause (with its commas) goes.
  const isAside = (i: number) =>
    i > 0 && i < all.length - 1 && relativeAside.test(whole.slice(all[i]?.start, all[i]?.end));
  let flat = whole;
  for (let i = all.length - 2; i > 0; i--)
    if (isAside(i)) flat = `${flat.slice(0, all[i - 1]?.end)} ${flat.slice(all[i + 1]?.start)}`;
  const segs = segments(flat);
  // An opening aside ("Moreover,", "As for the number of troops,") is not the proposition, when
  // enough of the sentence follows it; a lead that had a relative clause is the subject.
  const first = segs[0];
  const lead = first ? words(flat.slice(first.start, first.end)) : 0;
  const rest = first ? words(flat.slice(first.end)) : 0;
  const afterLead = first ? flat.slice(first.end).trimStart().charAt(0) : '';
  // "X called the rules illegal, as they ...", "Many countries, including ...": what follows the
  // comma depends on the lead, so the lead is the main clause (or its subject), not an aside.
  const dependent = opensDependent(flat.slice(segs[1]?.start ?? flat.length));
  const skip =
    segs.length > 1 &&
    afterLead === ',' &&
    !isAside(1) &&
    !dependent &&
    (lead <= 3 || (lead <= 7 && rest >= 6))
      ? 1
      : 0;
  let end = skip;
  while (end < segs.length - 1 && words(flat.slice(segs[skip]?.start ?? 0, segs[end]?.end)) < MIN_WORDS + 3)
    end++;
  return capWords(tidy(flat.slice(segs[skip]?.start ?? 0, segs[end]?.end ?? flat.length)));
}

/** A label starts with a capital, as a heading does (the rest stays as the source wrote it). */
export const asHeading = (phrase: string): string => phrase.charAt(0).toUpperCase() + phrase.slice(1);

/**
 * The clearest of several sentences as a label: the one whose proposition is complete (not cut)
 * and nearest a dozen words.
 */
export function clearestLabel(sentences: readonly string[]): string {
  const cut = sentences.map(propositionOf).filter((s) => s.length > 0);
  const score = (s: string) => (s.endsWith('…') ? 100 : 0) + Math.abs(words(s) - 11);
  const best = [...cut].sort((a, b) => score(a) - score(b))[0];
  return asHeading(best ?? '');
}
