import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type Qualifier } from '../core/index.js';

interface ResolveLexiconFile {
  readonly stopWords: readonly string[];
  readonly measureFacets: Readonly<Record<string, readonly string[]>>;
  readonly hypotheticalCues: readonly string[];
  readonly partialScopeCues: readonly string[];
  readonly cumulativeScopeCues: readonly string[];
  readonly destinationWords: readonly string[];
  readonly possibilityFloor: readonly string[];
  readonly dismissiveBands: readonly string[];
  readonly assessmentEvents: Readonly<
    Record<string, { readonly actors: readonly string[]; readonly acts: readonly string[] }>
  >;
  readonly speakerDeterminers: readonly string[];
  readonly vagueDefinites: readonly string[];
  readonly dismissivePhrases: readonly string[];
  readonly qualifierRepairs: Readonly<Record<string, Qualifier>>;
  readonly nonReportingWords: readonly string[];
  readonly sourceNouns: readonly string[];
  readonly creditLineCues: readonly string[];
  readonly honorifics: readonly string[];
}

const file = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'resolve-lexicon.json'), 'utf8'),
) as ResolveLexiconFile;

/** The word lists of `model/resolve-lexicon.json`, loaded once. */
export const resolveLexicon = {
  ...file,
  stopWords: new Set(file.stopWords),
  destinationWords: new Set(file.destinationWords),
  dismissiveBands: new Set(file.dismissiveBands),
  speakerDeterminers: new Set(file.speakerDeterminers),
  vagueDefinites: new Set(file.vagueDefinites),
  nonReportingWords: new Set(file.nonReportingWords),
  sourceNouns: new Set(file.sourceNouns),
  honorifics: new Set(file.honorifics),
};

/** True when `text` contains `phrase` as whole words (case-insensitive). */
export const hasPhrase = (text: string, phrase: string): boolean =>
  new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text);

export const firstPhrase = (text: string, phrases: readonly string[]): string | undefined =>
  phrases.find((p) => hasPhrase(text, p));
