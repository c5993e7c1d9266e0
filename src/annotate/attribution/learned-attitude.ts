import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import { isPunct, type Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import { type CueFeature, type CueParts, cueFeatureParts, cueParts, featureString } from './cue-features.js';
import { inCondition } from './cue-guards.js';
import { type CueModel, cueLogitOfParts, isCueCandidate, learnedModel } from './learned-cue.js';
import type { QuoteIndex } from './quotes.js';

type Range = { readonly first: number; readonly last: number };

/**
 * WordNet's lexicographer files of verbs of a mind or a side: verb.cognition (31), verb.communication
 * (32), verb.emotion (37) and verb.social (41: back, endorse, support).
 */
const ATTITUDE_FILES = new Set([31, 32, 37, 41]);
/**
 * A verb filed elsewhere (a verb of doing, seeing or having: "attacked", "sees", "seeks") is taken
 * only where the model is surer by this much logit (odds e times higher): most such verbs are acts
 * with no stance in them ("launched an attack"), some are a stance taken ("attacked the plan").
 */
const OTHER_CLASS_MARGIN = 1;

/** The lexicographer file of a verb's main sense in WordNet 3.1; undefined without WordNet. */
export const verbFile = memoized((lemma: string): number | undefined => {
  const net = sharedWordNet();
  const offset = net?.senses(lemma.toLowerCase(), 'v')[0];
  return offset === undefined ? undefined : net?.synset(offset, 'v')?.lexFile;
}, 10_000);

/** `model/attitude-cue-model.json`, written by `npm run train:attribution`. */
export const attitudeModel: () => CueModel = learnedModel('attitude-cue-model');

/**
 * The verbs the attitude model is asked about, and was trained on: a finite verb with words after
 * it that does not report a proposition by its shape (those are the report cue's), nor is a
 * participle inside a noun phrase ("a group backing X" is asked; "the growing fear" is not).
 */
export function isAttitudeCandidate(
  toks: readonly Tok[],
  i: number,
  sentence: Range,
  quotes: QuoteIndex,
): boolean {
  const t = toks[i];
  if (t?.pos !== 'VERB' || i + 1 >= sentence.last || isPunct(toks[i + 1])) return false;
  if (toks[i - 1]?.pos === 'DET') return false;
  return !isCueCandidate(toks, i, sentence, quotes);
}

const POSSESSIVE = /^('s|’s|my|your|his|her|its|our|their)$/;
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * A past participle describing the noun before it, not a finite verb: followed by "as" or "by" ("a
 * unit known as ...", "a plan backed by ..."), after a possessive, or followed in its clause by the sentence's own
 * finite verb ("photos taken on Friday showed ..."; a relative clause's verb does not count).
 */
function participle(toks: readonly Tok[], i: number, last: number): boolean {
  const t = toks[i];
  if (!t || t.lower.endsWith('ing') || t.lower.endsWith('s') || t.lower === t.lemma) return false;
  const next = toks[i + 1]?.lower;
  if (next === 'as' || next === 'by') return true;
  // "Putin's reported plan": a verb form after a possessive describes the noun that follows.
  if (POSSESSIVE.test(toks[i - 1]?.lower ?? '')) return true;
  for (let k = i + 1; k < last && !isPunct(toks[k]); k++) {
    const w = toks[k];
    // "X outlined the plan and vowed to ...": a verb after a coordinator is the next of X's verbs.
    if (!w || RELATIVE_OPENERS.has(w.lower) || w.pos === 'CCONJ') return false;
    if (
      w.pos === 'AUX' ||
      (w.pos === 'VERB' && !w.lower.endsWith('ing') && w.lower !== w.lemma && toks[k - 1]?.lower !== 'to')
    )
      return true;
  }
  return false;
}

/** What follows the verb: an infinitive, a clause opener, a preposition, or an object of some kind. */
function complement(toks: readonly Tok[], i: number, last: number): string {
  const n = toks[i + 1];
  const n2 = toks[i + 2];
  if (!n) return 'none';
  if (n.lower === 'to') return n2?.pos === 'VERB' || n2?.pos === 'AUX' ? 'to-verb' : 'to';
  if (n.pos === 'ADP' || n.pos === 'SCONJ' || n.pos === 'ADV' || n.pos === 'PART') return n.lower;
  let j = i + 1;
  while (j < last && /^(DET|ADJ|NUM)$/.test(toks[j]?.pos ?? '')) j++;
  const t = toks[j];
  if (t?.pos === 'PROPN') return 'name';
  if (t?.pos === 'PRON') return t.lower;
  if (t?.pos !== 'NOUN') return t?.pos ?? 'none';
  let h = j;
  while (h + 1 < last && toks[h + 1]?.pos === 'NOUN') h++;
  const head = toks[h];
  return head && isAgentNoun(head.lemma ?? head.lower) ? 'agent' : 'thing';
}

/** The report cue's features, with what the verb governs: attitudes differ by their complement. */
export function attitudeFeatures(
  toks: readonly Tok[],
  i: number,
  sentence: Range,
  quotes: QuoteIndex,
): string[] {
  const parts = cueParts(toks, i, sentence, quotes);
  const base = parts ? cueFeatureParts(parts).map(featureString) : [];
  return [...base, ...complementFeatures(toks, i, sentence, parts).map(featureString)];
}

/** The features of what the verb governs: `k=`, and with the lemma and the verb's class. */
export function complementFeatures(
  toks: readonly Tok[],
  i: number,
  sentence: Range,
  parts: CueParts | undefined,
): CueFeature[] {
  const t = toks[i];
  const lemma = t?.lemma ?? t?.lower ?? '';
  const cls = parts?.cls ?? 'none';
  const shape = complement(toks, i, sentence.last);
  return [
    ['k', shape],
    ['lk', lemma, shape],
    ['ck', cls, shape],
  ];
}

/**
 * "X wants to V", "X endorsed Y", "X fears Y": a verb of wanting, feeling, judging or taking a side
 * that the model trained on PolNeAR's train split reads as an attitude its subject holds.
 */
export function learnedAttitude(
  toks: readonly Tok[],
  i: number,
  sentence: Range,
  quotes: QuoteIndex,
): boolean {
  return attitudeSureness(toks, i, sentence, quotes) > 0;
}

/**
 * How far the attitude model's logit for verb `i` clears what it needs (its threshold, and the
 * margin of a verb outside the classes of mind and side); -Infinity for a verb it is not asked about.
 */
export function attitudeSureness(
  toks: readonly Tok[],
  i: number,
  sentence: Range,
  quotes: QuoteIndex,
): number {
  if (!isAttitudeCandidate(toks, i, sentence, quotes) || inCondition(toks, i, sentence.first))
    return Number.NEGATIVE_INFINITY;
  const t = toks[i];
  const file = t ? verbFile(t.lemma ?? t.lower) : undefined;
  if (file === undefined || (t && participle(toks, i, sentence.last))) return Number.NEGATIVE_INFINITY;
  const margin = ATTITUDE_FILES.has(file) ? 0 : OTHER_CLASS_MARGIN;
  const model = attitudeModel();
  const parts = cueParts(toks, i, sentence, quotes);
  const extra = complementFeatures(toks, i, sentence, parts);
  return cueLogitOfParts(model, parts, extra) - (model.threshold + margin);
}
