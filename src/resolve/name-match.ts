import { memoized } from '../core/index.js';
import { sharedWordNet } from '../core/wordnet.js';
import { editDistance } from './edit-distance.js';
import { resolveLexicon } from './lexicon.js';
import { foldName, givenNameKey, hasCyrillic, nameKey } from './translit.js';
import type { MergeRule } from './types.js';

export interface PersonName {
  readonly full: string;
  readonly given?: string;
  readonly surname: string;
  /** A generational suffix after the surname ("jr", "sr", "iii"), lower case without its dot. */
  readonly generation?: string;
}

const generationOf = (word: string): string | undefined => {
  const bare = word.toLowerCase().replace(/[.,]+$/, '');
  return resolveLexicon().generationalSuffixes.has(bare) ? bare : undefined;
};

/** "Alexander Lukashenko" -> given Alexander, surname Lukashenko; a single word is a surname. */
export function parsePersonName(full: string): PersonName {
  // "X Y, MD", "X Y, 40": what follows a comma is said of the person, not part of the name.
  const named = full.split(',')[0] ?? full;
  const all = named
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "fellow X Y", "defensive tackle X Y": a common word before the name describes the person.
  const described = all.findLastIndex((w) => isDescriptionWord(w));
  const words = described >= 0 && described < all.length - 1 ? all.slice(described + 1) : all;
  // "Dr. Sanjay Gupta", "Gen. Viktor Khrenin": an honorific is no given name.
  while (
    words.length > 1 &&
    resolveLexicon().honorifics.has((words[0] ?? '').toLowerCase().replace(/\.$/, ''))
  )
    words.shift();
  // "Dale Orwin Jr.": a generational suffix after a given name and surname is no surname ("Henry IV"
  // and a lone "Jr" keep theirs).
  const generation = words.length > 2 ? generationOf(words.at(-1) ?? '') : undefined;
  if (generation) words.pop();
  const surname = words.at(-1) ?? full;
  const given = words.length > 1 ? words[0] : undefined;
  const name = given ? { full, given, surname } : { full, surname };
  return generation ? { ...name, generation } : name;
}

/** A lower-case word that WordNet holds as a noun or adjective ("fellow", "former"), not a particle like "de". */
const isDescriptionWord = memoized((word: string): boolean => {
  if (!/^\p{Ll}{4,}$/u.test(word)) return false;
  const net = sharedWordNet();
  return !!net && (net.senses(word, 'n').length > 0 || net.senses(word, 'a').length > 0);
}, 10_000);

export interface Match {
  readonly rule: MergeRule;
  readonly detail: string;
}

/** Short skeletons ("mk" for Makei) collide easily: they also need folded spellings one edit apart. */
const SHORT_KEY = 4;

/** Whether two spellings of one name part match by transliteration; undefined when they do not. */
export function sameNamePart(a: string, b: string): Match | undefined {
  if (a.toLowerCase() === b.toLowerCase()) return { rule: 'same-key', detail: `${a} = ${b}` };
  const ka = nameKey(a);
  if (ka.length === 0 || ka !== nameKey(b)) return undefined;
  const fa = foldName(a).replaceAll('y', 'i');
  const fb = foldName(b).replaceAll('y', 'i');
  if (ka.length < SHORT_KEY && editDistance(fa, fb, 1) > 1) return undefined;
  const rule: MergeRule = hasCyrillic(a) || hasCyrillic(b) ? 'cyrillic' : 'transliteration';
  return { rule, detail: `${a} ~ ${b} (key ${ka})` };
}

/** One name with a plural ending added ("the Tices" of Tice): a family or a group, not a misspelling. */
export function pluralOf(a: string, b: string): boolean {
  const [x, y] = [foldName(a), foldName(b)].sort((p, q) => q.length - p.length) as [string, string];
  return x === `${y}s` || x === `${y}es`;
}

/** A plain typo of a name part: folded spellings one edit apart, five letters or more. */
export function typoOf(a: string, b: string): Match | undefined {
  const fa = foldName(a);
  const fb = foldName(b);
  if (Math.min(fa.length, fb.length) < 5 || fa === fb || pluralOf(a, b)) return undefined;
  return editDistance(fa, fb, 1) <= 1
    ? { rule: 'edit-distance', detail: `${a} ~ ${b} (one edit)` }
    : undefined;
}

/** "Volodymr" for "Volodymyr": one vowel dropped or added in a long given name is a typo, not another name. */
function vowelSlip(a: string, b: string): boolean {
  const [x, y] = [foldName(a), foldName(b)].sort((p, q) => q.length - p.length) as [string, string];
  if (y.length < 5 || x.length !== y.length + 1) return false;
  for (let i = 0; i < x.length; i++) {
    if (x.slice(0, i) + x.slice(i + 1) === y) return /[aeiouy]/.test(x[i] ?? '');
  }
  return false;
}

export type PersonMatch =
  | { readonly same: true; readonly evidence: readonly Match[] }
  | { readonly same: false; readonly reason: string };

/**
 * Whether two person names may be one person: surnames must match by transliteration (or by one
 * typo when `allowTypo`), and given names, when both are present, must be the same name in the
 * first-name table. Different given names with one surname are different people, and so are
 * one name's different generations.
 */
export function comparePersons(a: PersonName, b: PersonName, allowTypo = false): PersonMatch {
  const surname =
    sameNamePart(a.surname, b.surname) ?? (allowTypo ? typoOf(a.surname, b.surname) : undefined);
  if (!surname) return { same: false, reason: `surnames ${a.surname} and ${b.surname} differ` };
  // Father and son: "Jr." and "Sr." (or "II" and "III") after one name are two people.
  if (a.generation && b.generation && a.generation !== b.generation)
    return { same: false, reason: `generations ${a.generation} and ${b.generation} differ` };
  if (!a.given || !b.given) return { same: true, evidence: [surname] };
  if (givenNameKey(a.given) !== givenNameKey(b.given) && !vowelSlip(a.given, b.given)) {
    return { same: false, reason: `given names ${a.given} and ${b.given} differ` };
  }
  const given = sameNamePart(a.given, b.given) ?? {
    rule: 'transliteration' as const,
    detail: `${a.given} ~ ${b.given} (first-name table)`,
  };
  return { same: true, evidence: [given, surname] };
}
