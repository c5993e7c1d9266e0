import type { Attribution, Mention } from '../../core/index.js';
import type { TokenView } from '../token-view.js';
import { resolveSpeakers } from './antecedent.refiner.js';
import { attitudeParser } from './attitude.parser.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { learnedCueParser } from './learned-cue.parser.js';
import { learnedReadingParser } from './learned-reading.js';
import { refine } from './nesting.refiner.js';
import { nounCueParser } from './noun-cue.parser.js';
import { openingParticipleParser } from './opening-participle.parser.js';
import { passiveParser } from './passive.parser.js';
import { prepositionalParser } from './prepositional.parser.js';
import { dropQuotedCues } from './quoted-cue.refiner.js';
import { findQuotes } from './quotes.js';
import { repairSentences } from './sentence-repair.js';
import { signatureParser } from './signature.parser.js';
import { verbCueParser } from './verb-cue.parser.js';
import { retagVerbs } from './verb-retag.js';

/**
 * Order matters: verb cues first (they claim "reports" in "Reuters reports that"), then the noun
 * cues that only apply where no verb reading was found ("there were reports that"), then speaker
 * the verbs the learned model reads as cues among what the rules left, then speaker
 * labels and signatures (a cue of punctuation, taken only where no word cue was).
 */
const parsers: readonly AttributionParser[] = [
  verbCueParser,
  prepositionalParser,
  passiveParser,
  nounCueParser,
  openingParticipleParser,
  learnedCueParser,
  signatureParser,
];

/** The reports of one sentence, by the rule parsers in order, and the attitudes the attitude parser reads on what they left. */
export function ruleReadings(ctx: ParseContext): { reports: Candidate[]; attitudes: Candidate[] } {
  const reports: Candidate[] = [];
  for (const parse of parsers) for (const c of parse(ctx, reports)) reports.push(c);
  return { reports, attitudes: attitudeParser(ctx, reports) };
}

/**
 * The reports of a document and, apart, its attitudes: the attitude parser reads each sentence
 * after the report parsers, on the verbs they left, and the learned reading parser after both.
 */
export function extractAttributions(
  text: string,
  view: TokenView,
  mentions: readonly Mention[],
): { attributions: Attribution[]; attitudes: Attribution[] } {
  const quotes = findQuotes(text);
  const ordered = [...mentions].sort((a, b) => a.span.start - b.span.start);
  const reports: Candidate[] = [];
  const attitudes: Candidate[] = [];
  const toks = retagVerbs(view.toks);
  for (const sentence of repairSentences(toks, view.sentences)) {
    const ctx = { text, toks, quotes, mentions: ordered, sentence };
    const found = ruleReadings(ctx);
    reports.push(...found.reports);
    attitudes.push(...found.attitudes, ...learnedReadingParser(ctx, [...found.reports, ...found.attitudes]));
  }
  const layer = (candidates: readonly Candidate[]): Attribution[] =>
    resolveSpeakers(text, refine(text, toks, dropQuotedCues(toks, quotes, candidates)), ordered);
  return { attributions: layer(reports), attitudes: layer(attitudes) };
}
export { reportingLemmas } from './cue-lexicon.js';
export { readingCandidates } from './learned-reading.js';
export { isTimeNoun } from './time-noun.js';
