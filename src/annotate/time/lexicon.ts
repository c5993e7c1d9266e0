import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp, projectRoot } from '../../core/index.js';

interface TimeLexiconFile {
  readonly falsePositiveSurfaces: { readonly words: readonly string[] };
  readonly futureCues: { readonly words: readonly string[] };
  readonly leadingPrepositions: readonly string[];
  readonly openAfter: readonly string[];
  readonly deadline: readonly string[];
  readonly periodParts: {
    readonly thirds: Readonly<Record<string, number>>;
    readonly halves: Readonly<Record<string, number>>;
  };
  readonly yearCues: readonly string[];
  readonly quarterOrdinals: Readonly<Record<string, number>>;
  readonly durationUnits: readonly string[];
  readonly forwardWindowDays: { readonly days: number };
  readonly pastCues: { readonly words: readonly string[] };
  readonly anchoredRelative: { readonly words: readonly string[] };
  readonly chronoTriggers: { readonly prefixes: readonly string[]; readonly words: readonly string[] };
  readonly phrases: {
    readonly ref: Readonly<Record<string, string>>;
    readonly set: Readonly<Record<string, string>>;
  };
  readonly durations: {
    readonly qualifiers: readonly string[];
    readonly determiners: readonly string[];
    readonly vague: readonly string[];
    readonly units: Readonly<Record<string, string>>;
    readonly clockUnits: readonly string[];
    readonly multipliers: Readonly<Record<string, number>>;
    readonly notAfter: readonly string[];
    readonly bareAfter: readonly string[];
    readonly periodEnd: readonly string[];
  };
  readonly numberWords: Readonly<Record<string, number>>;
  readonly seasons: { readonly names: Readonly<Record<string, string>> };
  readonly decadeWords: { readonly words: Readonly<Record<string, number>> };
  readonly yearOffsets: { readonly phrases: Readonly<Record<string, number>> };
  readonly dayParts: { readonly parts: Readonly<Record<string, string>> };
  readonly modifiersBefore: { readonly words: readonly string[] };
}

const literal = (w: string): string => escapeRegExp(w).replace(/ /g, '\\s+');

/**
 * `(?:a|b c)` longest first, for building patterns from word lists. Written grouped by first
 * letter, `(?:n(?:ow|ight)|m(?:onth|ay))`: the same alternatives in the same order, since words
 * with different first letters never match at the same place, but V8 runs a grouped list several
 * times faster than a long flat one. Flat when two first letters are one letter in another case.
 */
export const alternation = (words: readonly string[]): string => {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const groups = new Map<string, string[]>();
  for (const [first = '', ...rest] of sorted)
    groups.set(first, [...(groups.get(first) ?? []), rest.join('')]);
  const firsts = [...groups.keys()];
  const caseless = (f: (c: string) => string) => new Set(firsts.map(f)).size === firsts.length;
  if (!caseless((c) => c.toLowerCase()) || !caseless((c) => c.toUpperCase()))
    return `(?:${sorted.map(literal).join('|')})`;
  const group = ([first, rests]: [string, string[]]): string => {
    const longer = rests.filter((r) => r !== '').map(literal);
    if (longer.length === 0) return literal(first);
    return `${literal(first)}(?:${longer.join('|')})${rests.includes('') ? '?' : ''}`;
  };
  return `(?:${[...groups].map(group).join('|')})`;
};

const file = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'time-lexicon.json'), 'utf8'),
) as TimeLexiconFile;

export const timeLexicon = {
  falsePositives: new Set(file.falsePositiveSurfaces.words),
  futureCue: new RegExp(`(?:^|[^\\p{L}'])${alternation(file.futureCues.words)}(?![\\p{L}])`, 'iu'),
  leadingPreposition: new RegExp(`^${alternation(file.leadingPrepositions)}\\s+`, 'i'),
  openAfterBefore: new RegExp(`(?:^|[^\\p{L}])(${alternation(file.openAfter)})\\s+$`, 'iu'),
  deadlineBefore: new RegExp(`(?:^|[^\\p{L}])(${alternation(file.deadline)})\\s+$`, 'iu'),
  thirds: file.periodParts.thirds,
  halves: file.periodParts.halves,
  periodPartBefore: new RegExp(
    `(?:^|[^\\p{L}])(${alternation([...Object.keys(file.periodParts.thirds), ...Object.keys(file.periodParts.halves)])})[\\s-]*$`,
    'iu',
  ),
  yearCueBefore: new RegExp(`(?:(?:^|[^\\p{L}])${alternation(file.yearCues)}|\\p{L}['’]s)[\\s-]*$`, 'iu'),
  quarterOrdinals: file.quarterOrdinals,
  durationUnits: new Set(file.durationUnits),
  forwardWindowDays: file.forwardWindowDays.days,
  pastCue: new RegExp(
    `(?:^|[^\\p{L}])(?:${alternation(file.pastCues.words)}|\\p{L}{3,}ed)(?![\\p{L}])`,
    'iu',
  ),
  phrases: file.phrases,
  durations: file.durations,
  numberWords: file.numberWords,
  seasons: file.seasons.names,
  decadeWords: file.decadeWords.words,
  yearOffsets: file.yearOffsets.phrases,
  dayParts: file.dayParts.parts,
  modifierBefore: new RegExp(`(?:^|[^\\p{L}])(${alternation(file.modifiersBefore.words)})\\s+$`, 'iu'),
  anchoredRelative: new RegExp(
    `(?:^|[^\\p{L}])${alternation(file.anchoredRelative.words)}(?![\\p{L}])`,
    'iu',
  ),
  /** A digit or a trigger word; a word counts only where no letter comes before it (see chrono-runs.ts). */
  chronoTrigger: new RegExp(
    `\\d|${alternation(file.chronoTriggers.prefixes)}|${alternation(file.chronoTriggers.words)}s?(?![\\p{L}])`,
    'giu',
  ),
};
