import type { Indicator } from '../question/index.js';
import { contentWords } from './phrases.js';
import { wordForms } from './word-forms.js';

/**
 * The words an indicator is stated in: the content words of its name, description and cues, each
 * in its forms and the synonyms of its first sense ("Russian losses ... killed, wounded" has
 * Russia, loss, kill, wound, casualty ...).
 */
export const indicatorVocabulary = (indicator: Indicator): ReadonlySet<string> => {
  const text = [indicator.name, indicator.description ?? '', ...(indicator.match.cues ?? [])].join(' ');
  return new Set([...new Set(contentWords(text))].flatMap((w) => [...wordForms(`+${w}`)]));
};

/** True when one of the tokens (each as its lower-case forms) is a word of the vocabulary. */
export const usesVocabulary = (
  tokens: readonly (readonly string[])[],
  vocabulary: ReadonlySet<string>,
): boolean => tokens.some((forms) => forms.some((f) => vocabulary.has(f)));

/** The words of an indicator's name alone, each in its forms and first-sense synonyms ("veto" has vetoes, vetoed ...). */
export const nameVocabulary = (indicator: Indicator): ReadonlySet<string> =>
  new Set([...new Set(contentWords(indicator.name))].flatMap((w) => [...wordForms(`+${w}`)]));
