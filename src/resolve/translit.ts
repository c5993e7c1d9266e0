import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoized, projectRoot } from '../core/index.js';

interface TranslitFile {
  readonly cyrillic: Readonly<Record<string, string>>;
  readonly latin: Readonly<Record<string, string>>;
  readonly rules: readonly (readonly [string, string, string])[];
  readonly vowels: string;
  readonly firstNames: readonly (readonly string[])[];
}

const table = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'translit-east-slavic.json'), 'utf8'),
) as TranslitFile;
const rules = table.rules.map(([, pattern, to]) => ({ re: new RegExp(pattern, 'g'), to }));
const vowel = new RegExp(`[${table.vowels}]`, 'g');

export const hasCyrillic = (s: string): boolean => /[\u0400-\u04ff]/.test(s);

/** Lower case, Cyrillic to Latin, diacritics off: "Лукашенко" -> "lukashenko", "Łukaszenka" -> "lukaszenka". */
export function romanize(name: string): string {
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
  for (const { re, to } of rules) s = s.replace(re, to);
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
  const rest = folded.slice(1).replace(vowel, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

const firstNameGroup = new Map<string, string>();
for (const group of table.firstNames) {
  const canonical = group[0] ?? '';
  for (const name of group) firstNameGroup.set(foldName(name), foldName(canonical));
}

/** A key for a given name: its group in the first-name table ("Uladzimir" -> "vladimir"), else its skeleton. */
export const givenNameKey = (name: string): string => firstNameGroup.get(foldName(name)) ?? nameKey(name);
