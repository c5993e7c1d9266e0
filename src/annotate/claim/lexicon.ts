import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';

interface ClaimLexiconFile {
  readonly finiteAux: readonly string[];
  readonly beForms: readonly string[];
  readonly getForms: readonly string[];
  readonly verbNegators: readonly string[];
  readonly negativeSubjects: readonly string[];
  readonly negativeObjects: readonly string[];
  readonly aspectual: readonly string[];
  readonly relativeWords: readonly string[];
  readonly subordinators: readonly string[];
  readonly coordinators: readonly string[];
  readonly clauseBreaks: readonly string[];
  readonly copulaComplementSkip: readonly string[];
  readonly notObjects: readonly string[];
  readonly leadingQualifiers: readonly string[];
  readonly modals: readonly string[];
}

const file = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'claim-lexicon.json'), 'utf8'),
) as ClaimLexiconFile;

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** The word lists of `model/claim-lexicon.json`, loaded once. */
export const claimLexicon = {
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
