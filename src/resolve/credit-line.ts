import { firstPhrase, resolveLexicon } from './lexicon.js';

/**
 * A sentence that ends by naming the article itself as what someone worked on ("X and Y
 * contributed to this report.", "Additional reporting for this story by Z"): the newsroom's credit,
 * page furniture like a bracketed "(Reporting by ...)". The nouns are those a page calls itself.
 */
const FOR_THIS_ARTICLE = /\b(?:to|for) this (?:story|report|article)[.!]?["”’)\]]*$/iu;

/** Is this sentence (or claim text) a credit line: "reporting by ...", "... contributed to this report"? */
export const creditLine = (text: string): boolean =>
  FOR_THIS_ARTICLE.test(text.trim()) || firstPhrase(text, resolveLexicon().creditLineCues) !== undefined;
