import { z } from 'zod';
import { loadModel, memoized, once } from '../core/index.js';

const letters = z.record(z.string(), z.string());
const translitFile = z.object({
  cyrillic: letters,
  latin: letters,
  rules: z.array(z.tuple([z.string(), z.string(), z.string()])),
  vowels: z.string(),
  firstNames: z.array(z.array(z.string())),
});

/** The transliteration table of model/translit-east-slavic.json and what is built from it, on first use. */
const translit = once(() => {
  const table = loadModel('translit-east-slavic', translitFile);
  return {
    table,
    rules: table.rules.map(([, pattern, to]) => ({ re: new RegExp(pattern, 'g'), to })),
    vowel: new RegExp(`[${table.vowels}]`, 'g'),
  };
});

export const hasCyrillic = (s: string): boolean => /[\u0400-\u04ff]/.test(s);

/** Lower case, Cyrillic to Latin, diacritics off: "Лукашенко" -> "lukashenko", "Łukaszenka" -> "lukaszenka". */
export function romanize(name: string): string {
  const { table } = translit();
  const lower = name.normalize('NFC').toLowerCase();
  const latin = [...lower].map((ch) => table.cyrillic[ch] ?? table.latin[ch] ?? ch).join('');
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

/**
 * One spelling for the romanisations of a name: the ordered rules of the data file fold
 * Belarusian, Russian, German and Polish forms (Tsikhanouskaya and Tikhanovskaya -> "tiXanovskaya").
 * Memoized: folding runs some thirty regular expressions, and resolving a large collection folds the
 * same names again and again.
 */
export const foldName = memoized((name: string): string => {
  let s = romanize(name);
  for (const { re, to } of translit().rules) s = s.replace(re, to);
  return s;
}, 100_000);

/**
 * The consonant skeleton of a folded name, vowels dropped (a leading vowel kept as "A"), doubled
 * letters collapsed: Lukashenka and Lukashenko -> "lkSnk", Aliaksandr and Alexander -> "Alksndr".
 */
export function nameKey(name: string): string {
  const folded = foldName(name);
  if (folded.length === 0) return '';
  const head = /^[aeiouy]/.test(folded) ? 'A' : (folded[0] ?? '');
  const rest = folded.slice(1).replace(translit().vowel, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

const firstNameGroup = once(() => {
  const groups = new Map<string, string>();
  for (const group of translit().table.firstNames) {
    const canonical = group[0] ?? '';
    for (const name of group) groups.set(foldName(name), foldName(canonical));
  }
  return groups;
});

/** A key for a given name: its group in the first-name table ("Uladzimir" -> "vladimir"), else its skeleton. */
export const givenNameKey = (name: string): string => firstNameGroup().get(foldName(name)) ?? nameKey(name);
