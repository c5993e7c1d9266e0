import { z } from 'zod';
import { loadModel } from '../core/index.js';
import { once } from '../core/memoized.js';
import { isPersonNoun } from './person-noun.js';

const pronounFile = z.object({
  singular: z.array(z.string()).min(1),
  plural: z.array(z.string()).min(1),
  neuter: z.array(z.string()).min(1),
  relative: z.array(z.string()),
  masculine: z.array(z.string()).min(1),
  feminine: z.array(z.string()).min(1),
});

const pronouns = once(() => {
  const file = loadModel('resolve-pronouns', pronounFile);
  return {
    singular: new Set(file.singular),
    plural: new Set(file.plural),
    neuter: new Set(file.neuter),
    relative: new Set(file.relative),
    gender: new Map<string, Gender>([
      ...file.masculine.map((w): [string, Gender] => [w, 'm']),
      ...file.feminine.map((w): [string, Gender] => [w, 'f']),
    ]),
  };
});

/** Whether a word is a singular personal pronoun ("he", "her"): it stands for a person, never an organisation. */
export const isPersonPronoun = (word: string): boolean => pronouns().singular.has(word.toLowerCase());

/** A mention of one document as a pronoun's antecedent search sees it. */
export interface ReferringMention {
  readonly start: number;
  readonly end: number;
  /** The head's lemma, lower case ("he", "nurse", "smith"). */
  readonly word: string;
  /** Stands for a person or a group of people. */
  readonly person: boolean;
  /** The head is written as a plural ("nurses"), which its lemma no longer says. */
  readonly plural: boolean;
  /** The head is a proper name. */
  readonly proper: boolean;
  /** The head lies inside a name the mention layer typed as an organisation, place or the like. */
  readonly organisation: boolean;
}

/** Is the word a personal or relative pronoun that stands for someone named earlier? */
export const isPronoun = (word: string): boolean => {
  const p = pronouns();
  return p.singular.has(word) || p.plural.has(word) || p.relative.has(word) || p.neuter.has(word);
};

export type Gender = 'm' | 'f';

/** What `pronounAntecedents` found: an antecedent index per mention, and the genders learned. */
export interface Antecedents {
  readonly antecedents: readonly (number | undefined)[];
  /** Referent -> gender: the ones given plus those this document's pronouns taught. */
  readonly genders: ReadonlyMap<string, Gender>;
}

/**
 * For each mention of one document, the index of the earlier mention its pronoun stands for: the
 * nearest preceding person mention that agrees in number (a proper name counts as singular unless
 * it names an organisation) and does not clash in gender. A relative pronoun takes the nearest
 * person; "it" takes the nearest body of people named as one (an organisation, or a group noun
 * such as "navy"), never a person's name or a person noun, and a thing's "it" is left alone. Gender comes from gendered words ("he", "woman") and spreads along what is known to
 * corefer: `referent(i)` names that (by default each mention alone; across documents, say, one
 * key per resolved entity), `genders` holds what earlier documents taught about referents, and a
 * pronoun's gender passes to its antecedent's referent. Non-pronouns and pronouns with no fit get
 * undefined.
 */
export function pronounAntecedents(
  mentions: readonly ReferringMention[],
  referent: (i: number) => string = String,
  genders: ReadonlyMap<string, Gender> = new Map(),
): Antecedents {
  const p = pronouns();
  const order = mentions
    .map((_, i) => i)
    .sort((x, y) => (mentions[x]?.start ?? 0) - (mentions[y]?.start ?? 0));
  const learned = new Map(genders);
  const antecedents: (number | undefined)[] = mentions.map(() => undefined);
  // A pronoun's referent is its antecedent's: follow the links made so far to the first mention.
  const root = (i: number): string => {
    let at = i;
    for (let next = antecedents[at]; next !== undefined; next = antecedents[at]) at = next;
    return referent(at);
  };
  const genderOf = (j: number): Gender | undefined =>
    p.gender.get(mentions[j]?.word ?? '') ?? learned.get(root(j));
  order.forEach((i, k) => {
    const m = mentions[i];
    // A thing's "it" (not a person or a body of people) has no antecedent among them.
    if (!m || !isPronoun(m.word) || (p.neuter.has(m.word) && !m.person)) return;
    const plural = p.plural.has(m.word);
    const own = p.gender.get(m.word);
    antecedents[i] = order
      .slice(0, k)
      .reverse()
      .find((j) => {
        const c = mentions[j];
        if (!c?.person || c.end > m.start) return false;
        if (p.relative.has(m.word)) return true;
        // "The navy said it ...": a body named as one, never a person's name or a person noun.
        if (p.neuter.has(m.word))
          return !c.plural && !isPronoun(c.word) && (c.organisation || (!c.proper && !isPersonNoun(c.word)));
        const gender = genderOf(j);
        if (own && (c.organisation || (gender && gender !== own))) return false;
        if (isPronoun(c.word) && !p.relative.has(c.word)) return p.plural.has(c.word) === plural;
        return c.proper ? !plural || c.organisation : c.plural === plural;
      });
    if (own && !learned.has(root(i))) learned.set(root(i), own);
  });
  return { antecedents, genders: learned };
}
