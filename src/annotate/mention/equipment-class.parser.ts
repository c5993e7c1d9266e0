import { once } from '../../core/index.js';
import type { Candidate, Parser } from './candidate.js';
import { fold } from './fold.js';
import { lexicon } from './lexicon.js';
import { alternation, matchesAtWordStarts, openersOf } from './pattern.js';

const classes = once(() => {
  const { heads, allHeads, headsWithModifier, modifiers, notPhrases } = lexicon().equipmentClasses;

  // Up to four modifiers, then a head: "main battle tanks", "surface-to-air missiles", "air defence systems".
  // Case-insensitive so that a class opening a sentence or a headline counts; acronyms are checked for case below.
  // Sticky: tried only at words that could open a modifier or a head (see matchesAtWordStarts).
  const phrase = new RegExp(
    `((?:(?:${alternation(modifiers)})(?:\\s+|-)){0,4})(${alternation(allHeads)})(?![\\p{L}\\p{N}-])`,
    'iuy',
  );
  const openers = openersOf([...modifiers, ...allHeads]);
  const acronymHeads = new Set(heads.filter((h) => /\p{Lu}/u.test(h)));
  const foldedAcronyms = new Set([...acronymHeads].map(fold));
  return { headsWithModifier, notPhrases, phrase, openers, acronymHeads, foldedAcronyms };
});

const wordBefore = (text: string, at: number): string =>
  /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
const wordAfter = (text: string, at: number): string =>
  /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';

/** Sentence openers: a capital after them says nothing about names. */
const OPENER = /(?:^|[.!?:;"“‘(\n])\s*$/u;

/** Is there a capital in the modifiers that neither opens the sentence nor comes from a headline in capitals? */
function capitalInside(mods: string, phrase: string, text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(mods) || phrase === phrase.toUpperCase()) return false;
  return /\p{Lu}/u.test(mods.slice(1)) || !OPENER.test(text.slice(Math.max(0, at - 3), at));
}

/** An acronym head keeps its case ("SAM", never "Sam"); a word head may open a sentence ("Tanks"). */
const headFits = (head: string): boolean =>
  !classes().foldedAcronyms.has(fold(head)) || classes().acronymHeads.has(head);

/**
 * Generic classes of military equipment ("tanks", "fighter jets", "air defence systems"), rule
 * `equipment:class`, kept apart from named systems. A class right after a named system restates it
 * ("T-72 tanks", "Patriot missiles") and is left to the name; phrases listed as not military
 * ("think tank", "fuel tank", "suicide bombers", "jet fuel") are skipped.
 */
export const equipmentClassParser: Parser = ({ text }, named) => {
  const { headsWithModifier, notPhrases, phrase, openers } = classes();
  const namedEnds = new Set(named.map((c) => c.end));
  const out: Candidate[] = [];
  for (const m of matchesAtWordStarts(text, phrase, openers)) {
    const head = m[2] ?? '';
    // A capital inside the modifiers belongs to a name ("Border Force vessel"): keep the head alone.
    const mods = capitalInside(m[1] ?? '', m[0], text, m.index) ? '' : (m[1] ?? '');
    const headStart = m.index + (m[1] ?? '').length;
    const start = headStart - mods.length;
    const end = headStart + head.length;
    if (!headFits(head)) continue;
    if (mods === '' && headsWithModifier.has(fold(head))) continue;
    const before = fold(wordBefore(text, headStart));
    const after = fold(wordAfter(text, end));
    if (notPhrases.has(`${before} ${fold(head)}`) || notPhrases.has(`${fold(head)} ${after}`)) continue;
    if (namedEnds.has(start - 1) || namedEnds.has(start)) continue;
    const surface = text.slice(start, end);
    out.push({ start, end, kind: 'equipment', name: surface, rule: 'equipment:class' });
  }
  return out;
};
