import type { Mention, Sentence, Token } from '../../core/index.js';
import { linkAcronyms } from './acronym.refiner.js';
import type { Candidate } from './candidate.js';
import { classifyRun } from './classify-run.js';
import { parseEquipment } from './equipment.parser.js';
import { parseEquipmentClasses } from './equipment-class.parser.js';
import { parseHyphenParts } from './hyphen-part.parser.js';
import { dropOverlaps } from './overlap.refiner.js';
import { groupPeople } from './person-coref.refiner.js';
import { parseRuns } from './run.parser.js';
import { parseShips } from './ship.parser.js';
import { markTeams } from './sports-team.refiner.js';
import { parseUnits } from './unit.parser.js';
import { toWords, type Word } from './word.js';

/**
 * Mentions in one text. Parsers first (patterns for named equipment and ships, then generic classes
 * of equipment, rule `equipment:class`, which need the named ones to skip "T-72 tanks"; units;
 * organisations inside hyphenated words; capitalised runs read by the run classifier), then
 * refiners in this order: overlaps dropped (longer wins), acronyms linked to expansions, countries
 * in sports reports read as teams, people grouped into one key per person.
 */
export function findMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Mention[] {
  const words = toWords(text, tokens, sentences);
  const named = [...parseEquipment(text), ...parseShips(text)];
  const candidates: Candidate[] = [
    ...named,
    ...parseEquipmentClasses(text, named),
    ...parseUnits(text),
    ...parseHyphenParts(words),
  ];
  for (const run of parseRuns(words)) candidates.push(...classifyRun(words, run.first, run.last));
  const kept = markTeams(text, linkAcronyms(text, dropOverlaps(candidates)));
  const nextWord = (c: Candidate): string => {
    const i = lastEndingAt(words, c.end);
    return i < 0 ? '' : (words[i + 1]?.text ?? '');
  };
  return groupPeople(kept, nextWord).map(({ candidate: c, kind, rule, canonical, entity }) => {
    // Optional fields set one by one, in the same order as before: spreads cost more here.
    const mention: Writable<Mention> = {
      span: { start: c.start, end: c.end },
      text: text.slice(c.start, c.end),
      rule,
      kind: kind === 'unknown' ? 'person' : kind,
      name: kind === 'person' ? (canonical ?? c.name) : c.name,
      entity,
    };
    if (c.role) mention.role = c.role;
    if (c.country) mention.country = c.country;
    if (c.expansion) mention.expansion = c.expansion;
    return mention;
  });
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Index of the last word that ends at `end` (words are in text order), or -1: a binary search. */
function lastEndingAt(words: readonly Word[], end: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.end ?? 0) <= end) lo = mid + 1;
    else hi = mid;
  }
  return words[lo - 1]?.end === end ? lo - 1 : -1;
}
