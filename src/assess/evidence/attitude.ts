import { reportingLemmas } from '../../annotate/attribution/index.js';
import { type Annotations, contains, firstStartingAt, type Span } from '../../core/index.js';
import { baseForms, wn, wordForms } from '../meaning/word-forms.js';
import { sharedWordNet, type WordNetPos } from '../meaning/wordnet.js';
import type { Indicator } from '../question/index.js';

/**
 * WordNet's files of what people say, think and feel: noun.cognition, noun.communication,
 * noun.feeling, verb.cognition, verb.communication, verb.emotion.
 */
const ATTITUDE_FILES: Readonly<Record<'n' | 'v', ReadonlySet<number>>> = {
  n: new Set([9, 10, 12]),
  v: new Set([31, 32, 37]),
};

const isAttitude = (lemma: string, pos: 'n' | 'v'): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(lemma, pos as WordNetPos)[0];
  if (!net || first === undefined) return false;
  return ATTITUDE_FILES[pos].has(net.synset(first, pos)?.lexFile ?? -1);
};

/**
 * Words that open what a noun of saying, thinking or feeling holds ("fears that", "a warning of",
 * "concern over"). A noun without one is no frame: "the pipeline will shut" is about a pipe, though
 * WordNet files its first sense of "pipeline" as gossip.
 */
const COMPLEMENT_OPENERS = new Set(['that', 'of', 'about', 'over', 'on', 'against', 'to', 'whether']);
const opensComplement = (text: string, next: { span: Span } | undefined): boolean =>
  next !== undefined && COMPLEMENT_OPENERS.has(text.slice(next.span.start, next.span.end).toLowerCase());

/**
 * Whether the matched words are what an attitude of the indicator's own holds: a word of saying,
 * thinking or feeling before them in their sentence that is one of the indicator's words
 * ("NATO members fear that tanks could lead to a wider war" for "Escalation fears"; "Moscow warned
 * that deliveries would ..." for an indicator of warnings). The warning or the fear is what is
 * reported; the "could" or "would" inside it is how its content is put, not whether it was said.
 */
export function framedByAttitude(
  text: string,
  ann: Annotations,
  sentence: Span,
  at: Span,
  vocabulary: ReadonlySet<string>,
): boolean {
  const tokens = ann.tokens;
  for (let j = firstStartingAt(tokens, at.start) - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.span.start < sentence.start) break;
    const pos = t.pos === 'VERB' ? 'v' : t.pos === 'NOUN' ? 'n' : undefined;
    if (!pos) continue;
    const lemma = (t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase();
    if (pos === 'n' && !opensComplement(text, tokens[j + 1])) continue;
    if (vocabulary.has(lemma) && isAttitude(lemma, pos)) return true;
  }
  return false;
}

/**
 * The verbs of reporting an indicator's name holds, by the attribution stage's cue lexicon, in any
 * form, with the words derived from them ("Ukraine asks for ...": ask, asking ...; "Russian officials
 * threaten ...": threaten, threat ...); empty for a name of no saying ("Armoured vehicles delivered").
 */
export function sayingWords(indicator: Indicator): ReadonlySet<string> {
  const net = wn();
  if (!net) return new Set();
  // A compound ("call-ups") is its own word, not its first part.
  const words = indicator.name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, ''));
  const bases = words.flatMap((w) =>
    baseForms(w, net).flatMap(([base, pos]) => (pos !== 'a' && reportingLemmas().has(base) ? [base] : [])),
  );
  return new Set(bases.flatMap((b) => [...wordForms(b)]));
}

/**
 * Whether an indicator is about what its actors say: its name holds a verb of reporting, by the
 * attribution stage's cue lexicon, in any form ("Officials signal a retreat", "Escalation fears",
 * "Kremlin denies ..."; not "Armoured vehicles delivered").
 */
export const aboutSaying = (indicator: Indicator): boolean => sayingWords(indicator).size > 0;

/** Whether the matched words are what someone is reported to say or think (an attribution's or attitude's content). */
export const reportedWords = (ann: Annotations, at: Span): boolean =>
  [...ann.attributions, ...ann.attitudes].some((a) => contains(a.content, at));
