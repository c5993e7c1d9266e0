import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';

const words = z.array(z.string());
const claimLexiconFile = z.object({
  finiteAux: words,
  beForms: words,
  getForms: words,
  verbNegators: words,
  negativeSubjects: words,
  negativeObjects: words,
  aspectual: words,
  relativeWords: words,
  subordinators: words,
  coordinators: words,
  clauseBreaks: words,
  copulaComplementSkip: words,
  notObjects: words,
  leadingQualifiers: words,
  modals: words,
});

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

function build() {
  const file = loadModel('claim-lexicon', claimLexiconFile);
  return {
    finiteAux: set(file.finiteAux),
    beForms: set(file.beForms),
    getForms: set(file.getForms),
    verbNegators: set(file.verbNegators),
    negativeSubjects: set(file.negativeSubjects),
    negativeObjects: set(file.negativeObjects),
    aspectual: set(file.aspectual),
    relativeWords: set(file.relativeWords),
    subordinators: set(file.subordinators),
    coordinators: set(file.coordinators),
    clauseBreaks: set(file.clauseBreaks),
    copulaComplementSkip: set(file.copulaComplementSkip),
    notObjects: set(file.notObjects),
    leadingQualifiers: set(file.leadingQualifiers),
    modals: set(file.modals),
  };
}

/** The word lists of `model/claim-lexicon.json`, built on first use. */
export const claimLexicon: () => ReturnType<typeof build> = once(build);
