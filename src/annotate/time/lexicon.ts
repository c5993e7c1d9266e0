import { z } from 'zod';
import { escapeRegExp, loadModel, once } from '../../core/index.js';

const words = z.array(z.string());
const wordList = z.object({ words });
const numberOf = z.record(z.string(), z.number());
const wordOf = z.record(z.string(), z.string());
const timeLexiconFile = z.object({
  falsePositiveSurfaces: wordList,
  futureCues: wordList,
  leadingPrepositions: words,
  openAfter: words,
  deadline: words,
  periodParts: z.object({ thirds: numberOf, halves: numberOf }),
  yearCues: words,
  quarterOrdinals: numberOf,
  durationUnits: words,
  forwardWindowDays: z.object({ days: z.number() }),
  pastCues: wordList,
  anchoredRelative: wordList,
  chronoTriggers: z.object({ prefixes: words, words }),
  phrases: z.object({ ref: wordOf, set: wordOf }),
  durations: z.object({
    qualifiers: words,
    determiners: words,
    vague: words,
    units: wordOf,
    clockUnits: words,
    multipliers: numberOf,
    notAfter: words,
    bareAfter: words,
    periodEnd: words,
  }),
  numberWords: numberOf,
  seasons: z.object({ names: wordOf }),
  decadeWords: z.object({ words: numberOf }),
  yearOffsets: z.object({ phrases: numberOf }),
  dayParts: z.object({ parts: wordOf }),
  modifiersBefore: wordList,
});

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

function build() {
  const file = loadModel('time-lexicon', timeLexiconFile);
  return {
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
}

/** The time stage's word lists and the patterns built from them, on first use. */
export const timeLexicon: () => ReturnType<typeof build> = once(build);
