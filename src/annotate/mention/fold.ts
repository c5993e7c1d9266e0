import { memoized } from '../../core/index.js';

const ASCII = /^\p{ASCII}*$/u;
const isAscii = (s: string): boolean => ASCII.test(s);

/** Plain ASCII has no marks to strip and nothing to decompose: the common case, kept cheap. */
const foldUncached = (s: string): string =>
  isAscii(s)
    ? s.replace(/`/g, "'").toLowerCase()
    : s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();

/** Words repeat: a bounded memo of short strings (emptied when full) spares most of the work. */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Lowercase ASCII-ish form for lexicon lookups: diacritics removed, curly apostrophes straightened. */
export const fold = (s: string): string => {
  if (s.length > 40) return foldUncached(s);
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    f = foldUncached(s);
    folded.set(s, f);
  }
  return f;
};

/** A key for an entity: folded, words joined by hyphens. */
export const slug = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A surname key that survives the usual transliteration differences inside one article:
 * Lukashenka / Lukashenko, Sakhashchyk / Sakhaschyk, al-Assad / Asad. Consonants only, doubled
 * letters once, with shch/sch/kh/ch folded.
 */
export const surnameKey = memoized((s: string): string => {
  const base = fold(s)
    .replace(/^(al|el|ad|as|ash|an|ar)-/, '')
    .replace(/shch|sch|ssch/g, 's')
    .replace(/kh|ch/g, 'h')
    .replace(/ks|x/g, 'ks')
    .replace(/[^a-z]/g, '');
  return base.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
});

/** "SHOIGU" -> "Shoigu", leaving mixed-case words alone. */
export const titleCase = (s: string): string =>
  s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase() ? s.charAt(0) + s.slice(1).toLowerCase() : s;

export const isCapitalised = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
};

export const isAllCaps = (s: string): boolean =>
  /\p{Lu}/u.test(s) && s === s.toUpperCase() && !/\p{Ll}/u.test(s);
