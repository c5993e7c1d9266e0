import { firstPhrase, resolveLexicon } from './lexicon.js';

/**
 * A sentence that ends by naming the article itself as what someone worked on ("X and Y
 * contributed to this report.", "Additional reporting for this story by Z"): the newsroom's credit,
 * page furniture like a bracketed "(Reporting by ...)". The nouns are those a page calls itself.
 */
const FOR_THIS_ARTICLE = /\b(?:to|for) this (?:story|report|article)[.!]?["”’)\]]*$/iu;

/** Capitalised words in a row: a name ("Anna Berzina") or a place ("Tallinn"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
/**
 * Names alone, then where they reported from ("Anna Berzina and Ilse Varga reported from Riga,
 * Latvia."): a wire byline closing the story, with nothing reported in it.
 */
const REPORTED_FROM = new RegExp(
  `^[^\\p{L}]*${NAME}(?:(?:,\\s*|\\s+and\\s+)${NAME})*\\s+(?:reported|contributed)(?:\\s+(?:from|in)\\s+${NAME}(?:,\\s*${NAME})*)?[.]?$`,
  'u',
);

/** A bracket and nothing else ("(Agency Photo/A. Name, File)"): a picture's credit, split off its caption. */
const BRACKET_ONLY = /^[^\p{L}\p{N}(]*\([^()]*\)[^\p{L}\p{N}]*$/u;

/** Is this sentence (or claim text) a credit line: "reporting by ...", "... contributed to this report"? */
export const creditLine = (text: string): boolean =>
  FOR_THIS_ARTICLE.test(text.trim()) ||
  BRACKET_ONLY.test(text) ||
  REPORTED_FROM.test(text.trim()) ||
  firstPhrase(text, resolveLexicon().creditLineCues) !== undefined;

/**
 * The page inviting its reader ("You can watch more of the interview on ...", "Sign up for our
 * newsletter"): a promotion of the outlet's other pages, reporting nothing.
 */
const READER_INVITATION =
  /^[^\p{L}]*(?:you\s+(?:can|may|could)\s+(?:also\s+)?(?:watch|listen|read|follow|sign\s+up|subscribe|download|stream)|sign\s+up\s+(?:for|to)|subscribe\s+to)\b/iu;

/** A link's "here" with more words after it: the page lost the break, and the report goes on in the sentence. */
const RUNS_ON_AFTER_HERE = /\bhere\b\s*[^\s.!]/iu;

/** A report inside the sentence: the page lost the break after the invitation, and the news follows. */
const REPORTS = /\b(?:said|says|told|according\s+to|claimed|announced|reported)\b/iu;

/** Is this sentence (or claim text) the page addressing its reader with an invitation, and nothing else? */
export const readerInvitation = (text: string): boolean =>
  READER_INVITATION.test(text.trim()) && !RUNS_ON_AFTER_HERE.test(text) && !REPORTS.test(text);
