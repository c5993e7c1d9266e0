import { sharedWordNet } from '../../core/wordnet.js';
import type { Candidate } from './candidate.js';
import { fold } from './fold.js';
import { isRegionHead, isRegionPrefix, lookupDemonym, lookupPlace } from './gazetteer.js';
import { lexicon } from './lexicon.js';
import {
  isDemonym,
  isFirstName,
  isKnownSurname,
  isOrgHead,
  isRoleWord,
  nameish,
  opensWithRole,
} from './name-shape.js';
import { personFromRun } from './person.parser.js';
import { placeCued } from './place-cue.js';
import type { Word } from './word.js';

/** NATO, UNHCR, USCENTCOM, CJTF-OIR. */
const ACRONYM = /^[A-Z][A-Za-z]{0,2}[A-Z]{1,6}(?:-[A-Z]{2,5})?$/;

const textOf = (ws: readonly Word[]): string => ws.map((w) => w.norm).join(' ');

const make = (
  ws: readonly Word[],
  kind: Candidate['kind'],
  rule: string,
  extra: Partial<Candidate> = {},
): Candidate => {
  const first = ws[0];
  const last = ws[ws.length - 1];
  return { start: first?.start ?? 0, end: last?.end ?? 0, kind, name: textOf(ws), rule, ...extra };
};

/**
 * A number right after a name that counts nothing ("Rossiya 24 aired", not "Russia 24 people"):
 * part of the name of a channel or a brand, which is not the place it starts with.
 */
function numberedName(words: readonly Word[], last: number): Word | undefined {
  const next = words[last + 1];
  const after = words[last + 2];
  if (!next || !/^\d{1,4}$/.test(next.text) || next.start !== (words[last]?.end ?? 0) + 1) return undefined;
  return after && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'NUM') ? undefined : next;
}

/**
 * What a run of capitalised words names. Ordered checks, first match wins: a whole place, a
 * demonym, an organisation after a cue noun ("the company Züblin"), a known name of several words,
 * a person at the tail (with roles before it), a known or headed organisation (not one opening or
 * closing with a role), a unit,
 * a place with a region word, a place after a cue ("near Rawah"), then the parts one by one.
 * `words`/`first`/`last` give the run inside the sentence.
 */
export function classifyRun(words: readonly Word[], first: number, last: number): Candidate[] {
  const ws = words.slice(first, last + 1);
  if (ws.length === 0) return [];
  const text = textOf(ws);
  const place = lookupPlace(text);
  const numbered = numberedName(words, last);
  if (place !== undefined && numbered) {
    return [make([...ws, numbered], 'organisation', 'organisation:numbered-name')];
  }
  if (place !== undefined && !(ws.length === 1 && isKnownSurname(ws[0]))) {
    return [make(ws, 'place', 'place:gazetteer', { canonical: place })];
  }
  if (ws.length === 1 && ws[0] && lookupDemonym(ws[0].norm) !== undefined) {
    return [make(ws, 'demonym', 'demonym:gazetteer', countryOf(ws[0]))];
  }
  // "the German company Züblin", "news agency Sana": a lowercase kind of organisation names the run.
  const cue = words[first - 1];
  if (
    cue &&
    !cue.cap &&
    lexicon().orgCueNouns.has(fold(cue.text)) &&
    !isFirstName(ws[0]) &&
    !ws.some(isDemonym)
  )
    return [make(ws, 'organisation', 'organisation:cue')];
  // A known name of several words is the organisation's, whatever verb follows ("the United Nations
  // warned" is no person called Nations).
  if (ws.length > 1 && lexicon().orgNames.has(fold(text)))
    return [make(ws, 'organisation', 'organisation:known')];
  const person = personFromRun(words, first, last);
  if (person) return person;
  const only = ws[0];
  if (
    (ws.length === 1 && only && lexicon().orgAcronyms.has(only.text)) ||
    lexicon().orgNames.has(fold(text))
  ) {
    return [make(ws, 'organisation', 'organisation:known')];
  }
  if (
    ws.some(isOrgHead) &&
    !opensWithRole(afterPlaces(ws)) &&
    !roleAfterHead(ws) &&
    !(only && ws.length === 1 && (lexicon().notAcronyms.has(only.text) || isRoleWord(only)))
  ) {
    const lead = ws[0] && isDemonym(ws[0]) ? countryOf(ws[0]) : {};
    return [make(ws, 'organisation', 'organisation:head', lead)];
  }
  const tail = ws[ws.length - 1];
  if (ws.length > 1 && tail && lexicon().unitHeads.includes(fold(tail.norm)))
    return [make(ws, 'unit', 'unit:named')];
  if (ws.length > 1 && tail && isRegionHead(tail.norm)) return [make(ws, 'place', 'place:region-head')];
  if (ws.length > 1 && ws[0] && isRegionPrefix(ws[0].norm) && !ws.slice(1).some(isDemonym))
    return [make(ws, 'place', 'place:region-prefix')];
  if (ws.length <= 3 && ws.every(nameish) && !isFirstName(ws[0]) && placeCued(words, first, last))
    return [make(ws, 'place', 'place:cue')];
  return splitParts(words, first, last);
}

/** "Foreign Office Minister (for Europe)": a role closing the run names a person, not the office. */
function roleAfterHead(ws: readonly Word[]): boolean {
  let h = -1;
  ws.forEach((w, i) => {
    if (isOrgHead(w)) h = i;
  });
  for (let i = h + 1; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (lexicon().orgJoiners.has(fold(w.norm))) return false;
    if (isRoleWord(w)) return true;
  }
  return false;
}

/** The run without the places and nationalities that open it: "U.S. Secretary of State" -> "Secretary of State". */
function afterPlaces(ws: readonly Word[]): readonly Word[] {
  let i = 0;
  while (i < ws.length && (isDemonym(ws[i]) || lookupPlace(ws[i]?.norm ?? '') !== undefined)) i++;
  return ws.slice(i);
}

const countryOf = (w: Word): Partial<Candidate> => {
  const country = lookupDemonym(w.norm);
  return country ? { country } : {};
};

/** No reading of the whole run fits: take its parts (demonyms, places, names) one by one. */
function splitParts(words: readonly Word[], first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  let i = first;
  while (i <= last) {
    const w = words[i];
    if (!w) break;
    const placeEnd = longestPlace(words, i, last);
    if (placeEnd >= i) {
      const ws = words.slice(i, placeEnd + 1);
      out.push(make(ws, 'place', 'place:gazetteer', { canonical: lookupPlace(textOf(ws)) ?? textOf(ws) }));
      i = placeEnd + 1;
      continue;
    }
    if (isDemonym(w)) {
      out.push(make([w], 'demonym', 'demonym:gazetteer', countryOf(w)));
      i++;
      continue;
    }
    if (ACRONYM.test(w.text) && !w.shouting) {
      out.push(make([w], 'unknown', 'unknown:acronym'));
      i++;
      continue;
    }
    if (w.cap && !isRoleWord(w) && !isOrgHead(w)) {
      let j = i;
      while (j + 1 <= last && words[j + 1] && nameish(words[j + 1] as Word) && !isDemonym(words[j + 1])) j++;
      const ws = words.slice(i, j + 1);
      const next = words[j + 1];
      if (j + 1 === last && next && surnameLikePlace(w, next)) {
        out.push(make([w, next], 'person', 'person:place-surname'));
        i = last + 1;
        continue;
      }
      if (ws.every(nameish)) out.push(...guessName(ws, words[i - 1], words[j + 1]));
      else out.push(...hyphenParts(w));
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** "Valeska Paris": an unlisted proper noun then a one-word place closing the run is a person. */
const surnameLikePlace = (given: Word, place: Word): boolean =>
  given.pos === 'PROPN' &&
  nameish(given) &&
  !place.text.includes('-') &&
  lookupPlace(place.norm) !== undefined &&
  lookupDemonym(place.norm) === undefined;

function longestPlace(words: readonly Word[], from: number, last: number): number {
  for (let end = Math.min(last, from + 4); end >= from; end--) {
    if (lookupPlace(textOf(words.slice(from, end + 1))) !== undefined) return end;
  }
  return from - 1;
}

/**
 * Names with no cue: two or three proper nouns read as a person, one alone stays unknown. A run
 * with no given name that an article or demonstrative governs ("through the Nord Stream 1
 * pipeline", "the Untied Nations said") names a thing: a person's name takes no article. Before a
 * common noun the article is the noun's ("the Andy Warhol exhibit"), so the run stays a person.
 */
function guessName(ws: readonly Word[], before?: Word, after?: Word): Candidate[] {
  if (ws.length === 1) {
    const w = ws[0] as Word;
    if (w.text.includes('-')) {
      const parts = hyphenParts(w);
      if (parts.length > 0) return parts;
    }
    return [make(ws, 'unknown', 'unknown:single')];
  }
  if (ws.length <= 3 && ws.some((w) => w.pos === 'PROPN') && !ws.some((w) => w.shouting)) {
    if (isFirstName(ws[0])) return [make(ws, 'person', 'person:first-name')];
    // "Independence Day", "Security Council": a whole name WordNet files as no person.
    if (isCommonName(ws.map((w) => w.text).join(' '))) return [make(ws, 'unknown', 'unknown:wordnet')];
    const governed = before && !before.cap && before.pos === 'DET';
    if (governed && !(after && !after.cap && after.pos === 'NOUN'))
      return [make(ws, 'organisation', 'organisation:determiner')];
    return [make(ws, 'person', 'person:shape')];
  }
  return [];
}

/** "Belarusian-Russian", "Russia-controlled", "London-based": the parts that are places or demonyms. */
function hyphenParts(w: Word): Candidate[] {
  // "Rossiya-1", "Russia-24": a place's name hyphened to a number names a channel or a brand.
  const numbered = /^(\p{Lu}\p{L}+)-\d{1,4}$/u.exec(w.text);
  if (numbered?.[1] && lookupPlace(numbered[1]) !== undefined)
    return [
      { start: w.start, end: w.end, kind: 'organisation', name: w.text, rule: 'organisation:numbered-name' },
    ];
  const out: Candidate[] = [];
  let at = 0;
  for (const part of w.text.split('-')) {
    const start = w.start + at;
    at += part.length + 1;
    if (!part) continue;
    const place = lookupPlace(part);
    const country = lookupDemonym(part);
    const base = { start, end: start + part.length, name: part };
    if (place !== undefined)
      out.push({ ...base, kind: 'place', rule: 'place:hyphen-part', canonical: place });
    else if (country !== undefined)
      out.push({ ...base, kind: 'demonym', rule: 'demonym:hyphen-part', ...(country ? { country } : {}) });
  }
  return out;
}

/** WordNet's file of nouns of people (noun.person). */
const PERSON_FILE = 18;

/**
 * Whether WordNet holds a name of several words as a noun whose first sense is no person: a
 * holiday, a body, a building ("Independence Day", "Security Council"). Such a name read by its
 * shape alone is no person's.
 */
const isCommonName = (name: string): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(name.toLowerCase().replace(/\s+/g, '_'), 'n')[0];
  return !!net && first !== undefined && net.synset(first, 'n')?.lexFile !== PERSON_FILE;
};
