import { memoized } from '../../core/index.js';
import type { Candidate } from './candidate.js';
import { fold, surnameKey } from './fold.js';
import { isCountry } from './gazetteer.js';
import { lexicon } from './lexicon.js';

/**
 * A candidate with the key of the entity it names in this document; a person carries the kind, rule
 * and fullest name of the group it joined. The candidate is referenced, not copied: spreading
 * candidates of many shapes into new objects cost more than the grouping itself.
 */
export interface KeyedCandidate {
  readonly candidate: Candidate;
  readonly kind: Candidate['kind'];
  readonly rule: string;
  readonly canonical: string | undefined;
  readonly entity: string;
}

interface Person {
  readonly surname: string;
  readonly given?: string;
  fullest: string;
  readonly members: number[];
}

// Memoized: the same names recur through a document, and their keys cost a few regexes each.
const words = memoized((name: string): readonly string[] => name.split(/\s+/).filter(Boolean));

/**
 * Groups the person mentions of one document: full names by surname key (and given name, when two
 * different given names share a surname), then surname-only mentions and unknown single words that
 * match a surname key join the nearest earlier full name (or the first one after). Each group is
 * keyed by its surname and named by its fullest form; a one-word place that is such a surname joins
 * too. Unknown words that match nothing are dropped.
 */
export function groupPeople(
  candidates: readonly Candidate[],
  nextWord: (c: Candidate) => string,
): KeyedCandidate[] {
  const people: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  const assigned = new Map<number, Person>();
  candidates.forEach((c, i) => {
    const ws = c.kind === 'person' ? words(c.name) : [];
    if (ws.length < 2) return;
    const surname = surnameKey(ws[ws.length - 1] ?? '');
    const given = lexicon().givenNameGroup(ws[0] ?? '');
    const same = bySurname.get(surname) ?? [];
    let person = same.find(
      (p) => p.given === undefined || p.given === given || !lexicon().firstNames.has(fold(ws[0] ?? '')),
    );
    if (!person) {
      person = { surname, given, fullest: c.name, members: [] };
      people.push(person);
      bySurname.set(surname, [...same, person]);
    }
    if (ws.length > words(person.fullest).length) person.fullest = c.name;
    person.members.push(i);
    assigned.set(i, person);
  });
  candidates.forEach((c, i) => {
    if (assigned.has(i) || (c.kind !== 'person' && c.kind !== 'unknown' && c.kind !== 'place')) return;
    const ws = words(c.name);
    if (ws.length !== 1) return;
    const key = surnameKey(ws[0] ?? '');
    const same = bySurname.get(key);
    // A one-word place that is the surname of a person named in full here is that person (Paris).
    if (c.kind === 'place' && (!same || c.rule !== 'place:gazetteer' || isCountry(c.canonical ?? c.name)))
      return;
    const verb = lexicon().personVerbs.has(fold(nextWord(c)));
    const known = lexicon().knownSurnames.has(fold(c.name));
    if (!same && c.kind === 'unknown' && !verb && !known) return;
    let person = same ? nearest(same, i) : undefined;
    if (!person) {
      person = { surname: key, fullest: c.name, members: [] };
      people.push(person);
      bySurname.set(key, [person]);
    }
    person.members.push(i);
    assigned.set(i, person);
  });
  const out: KeyedCandidate[] = [];
  candidates.forEach((c, i) => {
    const person = assigned.get(i);
    if (!person) {
      if (c.kind !== 'unknown')
        out.push({ candidate: c, kind: c.kind, rule: c.rule, canonical: c.canonical, entity: keyFor(c) });
      return;
    }
    const ws = words(person.fullest);
    const clash = (bySurname.get(person.surname)?.length ?? 0) > 1;
    const entity = `person:${slugWord(clash ? person.fullest : (ws[ws.length - 1] ?? ''))}`;
    const rule = c.kind === 'person' ? c.rule : 'person:surname-link';
    out.push({ candidate: c, kind: 'person', rule, canonical: person.fullest, entity });
  });
  return out;
}

const slugWord = memoized((w: string): string => fold(w).replace(/[^a-z0-9]+/g, '-'));

function nearest(people: readonly Person[], at: number): Person | undefined {
  let best: Person | undefined;
  for (const p of people) if ((p.members[0] ?? Infinity) < at) best = p;
  return best ?? people[0];
}

function keyFor(c: Candidate): string {
  const base = slugWord(c.canonical ?? c.name);
  switch (c.kind) {
    case 'demonym':
      return `demonym:${slugWord(c.country || c.name)}`;
    default:
      return `${c.kind}:${base}`;
  }
}
