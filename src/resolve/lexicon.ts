import { z } from 'zod';
import { loadModel, once, qualifierValues } from '../core/index.js';

const words = z.array(z.string());
const resolveLexiconFile = z.object({
  stopWords: words,
  measureFacets: z.record(z.string(), words),
  hypotheticalCues: words,
  partialScopeCues: words,
  cumulativeScopeCues: words,
  destinationWords: words,
  possibilityFloor: words,
  dismissiveBands: words,
  assessmentEvents: z.record(z.string(), z.object({ actors: words, acts: words })),
  speakerDeterminers: words,
  vagueDefinites: words,
  dismissivePhrases: words,
  qualifierRepairs: z.record(z.string(), z.enum(qualifierValues)),
  nonReportingWords: words,
  sourceNouns: words,
  governmentNouns: words,
  nationalBodies: words,
  creditLineCues: words,
  honorifics: words,
  generationalSuffixes: words,
});

function build() {
  const file = loadModel('resolve-lexicon', resolveLexiconFile);
  return {
    ...file,
    stopWords: new Set(file.stopWords),
    destinationWords: new Set(file.destinationWords),
    dismissiveBands: new Set(file.dismissiveBands),
    speakerDeterminers: new Set(file.speakerDeterminers),
    vagueDefinites: new Set(file.vagueDefinites),
    nonReportingWords: new Set(file.nonReportingWords),
    sourceNouns: new Set(file.sourceNouns),
    governmentNouns: new Set(file.governmentNouns),
    honorifics: new Set(file.honorifics),
    generationalSuffixes: new Set(file.generationalSuffixes),
  };
}

/** The word lists of `model/resolve-lexicon.json`, built on first use. */
export const resolveLexicon: () => ReturnType<typeof build> = once(build);

const phrasePatterns = new Map<string, RegExp>();

/**
 * True when `text` contains `phrase` as whole words (case-insensitive). Each phrase's pattern is
 * built once: built anew on every call, it was compiled again whenever V8's own cache had let it go
 * (half the time of reconciling 200,000 real claims).
 */
export const hasPhrase = (text: string, phrase: string): boolean => {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
    phrasePatterns.set(phrase, pattern);
  }
  return pattern.test(text);
};

export const firstPhrase = (text: string, phrases: readonly string[]): string | undefined =>
  phrases.find((p) => hasPhrase(text, p));
