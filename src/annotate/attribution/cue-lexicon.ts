import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';

const words = z.array(z.string());
const byLemma = z.record(z.string(), words);
const cueFile = z.object({
  verbs: byLemma,
  notBefore: byLemma,
  needsThat: words,
  passive: byLemma,
  prepositional: words,
  possessive: words,
  nounCues: words,
  cite: words,
  vagueHeads: words,
  vagueDeterminers: words,
  pronouns: z.record(z.string(), z.string()),
  relativePronouns: words,
  excludedSpeakers: words,
  nonSourceHeads: words,
  skipBeforeCue: words,
  beForms: words,
  participleInherit: words,
  notSpeakerLabels: words,
  needsToOrThat: words,
  needsQuote: words,
  notOpenCues: words,
  invertible: words,
  evidenceVerbs: words,
  evidenceHeads: words,
  gerundLinks: words,
  timeBeforeCue: words,
  timePrepositions: words,
  needsQuoteNear: words,
  needsAs: words,
  conditionOpeners: words,
  phrasalParticles: words,
  floatingQuantifiers: words,
  catenatives: words,
});

/** A cue phrase: its words (lowercase tokens) and the lemma it stands for. */
export interface CuePhrase {
  readonly words: readonly string[];
  readonly lemma: string;
}

/** Phrases indexed by their first word, longest first, so matching tries the longest cue. */
export type PhraseIndex = ReadonlyMap<string, readonly CuePhrase[]>;

export interface CueLexicon {
  readonly verbs: PhraseIndex;
  readonly passive: PhraseIndex;
  readonly prepositional: PhraseIndex;
  readonly notBefore: ReadonlyMap<string, ReadonlySet<string>>;
  readonly needsThat: ReadonlySet<string>;
  readonly possessive: ReadonlySet<string>;
  readonly nounCues: ReadonlySet<string>;
  readonly cite: ReadonlySet<string>;
  readonly vagueHeads: ReadonlySet<string>;
  readonly vagueDeterminers: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly excludedSpeakers: ReadonlySet<string>;
  readonly nonSourceHeads: ReadonlySet<string>;
  readonly skipBeforeCue: ReadonlySet<string>;
  readonly beForms: ReadonlySet<string>;
  readonly participleInherit: ReadonlySet<string>;
  readonly notSpeakerLabels: ReadonlySet<string>;
  readonly needsToOrThat: ReadonlySet<string>;
  readonly needsQuote: ReadonlySet<string>;
  readonly notOpenCues: ReadonlySet<string>;
  readonly invertible: ReadonlySet<string>;
  readonly evidenceVerbs: ReadonlySet<string>;
  readonly evidenceHeads: ReadonlySet<string>;
  readonly gerundLinks: ReadonlySet<string>;
  readonly timeBeforeCue: ReadonlySet<string>;
  readonly timePrepositions: ReadonlySet<string>;
  readonly needsQuoteNear: ReadonlySet<string>;
  readonly needsAs: ReadonlySet<string>;
  readonly conditionOpeners: ReadonlySet<string>;
  readonly phrasalParticles: ReadonlySet<string>;
  readonly floatingQuantifiers: ReadonlySet<string>;
  readonly catenatives: ReadonlySet<string>;
}

/** Splits a phrase the way the tokenizer does: "n't" and "'s" come apart from their word. */
export const phraseWords = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/(n't|'s)\b/g, ' $1')
    .split(/\s+/)
    .filter((w) => w.length > 0);

export function indexPhrases(byLemma: Record<string, readonly string[]>): PhraseIndex {
  const index = new Map<string, CuePhrase[]>();
  for (const [lemma, forms] of Object.entries(byLemma)) {
    for (const form of forms) {
      const words = phraseWords(form);
      const first = words[0];
      if (!first) continue;
      index.set(first, [...(index.get(first) ?? []), { words, lemma }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

function build(): CueLexicon {
  const file = loadModel('attribution-cues', cueFile);
  return {
    verbs: indexPhrases(file.verbs),
    passive: indexPhrases(file.passive),
    prepositional: indexPhrases(Object.fromEntries(file.prepositional.map((p) => [p, [p]]))),
    notBefore: new Map(Object.entries(file.notBefore).map(([k, v]) => [k, set(v)])),
    needsThat: set(file.needsThat),
    possessive: set(file.possessive),
    nounCues: set(file.nounCues),
    cite: set(file.cite),
    vagueHeads: set(file.vagueHeads),
    vagueDeterminers: set(file.vagueDeterminers),
    pronouns: new Map(Object.entries(file.pronouns)),
    relativePronouns: set(file.relativePronouns),
    excludedSpeakers: set(file.excludedSpeakers),
    nonSourceHeads: set(file.nonSourceHeads),
    skipBeforeCue: set(file.skipBeforeCue),
    beForms: set(file.beForms),
    participleInherit: set(file.participleInherit),
    notSpeakerLabels: set(file.notSpeakerLabels),
    needsToOrThat: set(file.needsToOrThat),
    needsQuote: set(file.needsQuote),
    notOpenCues: set(file.notOpenCues),
    invertible: set(file.invertible),
    evidenceVerbs: set(file.evidenceVerbs),
    evidenceHeads: set(file.evidenceHeads),
    gerundLinks: set(file.gerundLinks),
    timeBeforeCue: set(file.timeBeforeCue),
    timePrepositions: set(file.timePrepositions),
    needsQuoteNear: set(file.needsQuoteNear),
    needsAs: set(file.needsAs),
    conditionOpeners: set(file.conditionOpeners),
    phrasalParticles: set(file.phrasalParticles),
    floatingQuantifiers: set(file.floatingQuantifiers),
    catenatives: set(file.catenatives),
  };
}

/** Built on first use from `model/attribution-cues.json`. */
export const cueLexicon: () => CueLexicon = once(build);

/** The lemmas of the verbs that report speech or thought ("say", "warn", "deny", "fear", "signal"). */
export const reportingLemmas = once(
  (): ReadonlySet<string> =>
    new Set([...cueLexicon().verbs.values()].flatMap((ps) => ps.map((p) => p.lemma))),
);
