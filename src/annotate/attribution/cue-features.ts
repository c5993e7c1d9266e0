import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import { isPunct, type Tok } from '../token-view.js';
import type { QuoteIndex } from './quotes.js';

/** WordNet's frame "Somebody ----s that CLAUSE". */
const THAT_CLAUSE = 26;
/** Closed-class parts of speech whose words are features themselves; other words count by their tag. */
const FUNCTION_TAGS = new Set(['ADP', 'PART', 'SCONJ', 'PRON', 'DET', 'AUX', 'CCONJ', 'PUNCT']);
const window = 4;

/** The lexicographer file of a verb's main sense (31 cognition, 32 communication, ...), and whether it takes a that-clause. */
const verbClass = memoized((lemma: string): string => {
  const net = sharedWordNet();
  const offset = net?.senses(lemma, 'v')[0];
  const synset = offset === undefined ? undefined : net?.synset(offset, 'v');
  if (!synset) return 'none';
  const at = synset.words.indexOf(lemma) + 1;
  const that = (synset.frames ?? []).some((f) => f.frame === THAT_CLAUSE && (f.word === 0 || f.word === at));
  return `${synset.lexFile}${that ? 't' : ''}`;
}, 10_000);

const shape = (t: Tok | undefined): string =>
  t === undefined ? 'END' : FUNCTION_TAGS.has(t.pos) || isPunct(t) ? t.lower : t.pos;

const suffix = (w: string): string =>
  w.endsWith('ing') ? 'ing' : w.endsWith('ed') ? 'ed' : w.endsWith('s') ? 's' : '-';

/** What stands before the verb and its auxiliaries and adverbs: its likely subject's kind. */
function subjectKind(toks: readonly Tok[], i: number, first: number): string {
  let k = i - 1;
  while (k >= first && /^(AUX|ADV|PART)$/.test(toks[k]?.pos ?? '')) k--;
  const t = toks[k];
  if (k < first || !t) return 'START';
  return t.pos === 'PRON' ? `PRON:${t.lower}` : isPunct(t) ? `P:${t.text}` : t.pos;
}

/** What the features of a token are made of: each feature is a template's name and one or two of these. */
export interface CueParts {
  readonly lower: string;
  readonly lemma: string;
  /** WordNet's class of the verb. */
  readonly cls: string;
  readonly pos: string;
  readonly suffix: string;
  readonly next: string;
  readonly next2: string;
  readonly prev: string;
  readonly prev2: string;
  readonly subject: string;
  readonly quoteAfter: boolean;
  readonly quoteBefore: boolean;
  readonly clause: boolean;
  /** Tokens before it in the sentence, at most 6, and after it, at most 3. */
  readonly fromStart: number;
  readonly toEnd: number;
}

/**
 * The parts of the features of token `i` as a cue of attribution, read by the learned cue model: the
 * word and its lemma, WordNet's class of the verb, the words and tags around it, the kind of its
 * subject, quote marks near it and its place in the sentence. Cheap: no parsing.
 */
export function cueParts(
  toks: readonly Tok[],
  i: number,
  sentence: { readonly first: number; readonly last: number },
  quotes: QuoteIndex,
): CueParts | undefined {
  const t = toks[i];
  if (!t) return undefined;
  const lemma = t.lemma ?? t.lower;
  const at = (k: number): Tok | undefined => (k >= sentence.first && k < sentence.last ? toks[k] : undefined);
  let quoteAfter = false;
  let quoteBefore = false;
  let clause = false;
  for (let k = 1; k <= window; k++) {
    quoteAfter ||= quotes.byOpen.has(at(i + k)?.start ?? -1);
    quoteBefore ||= quotes.byClose.has(at(i - k)?.start ?? -1);
  }
  for (let k = i + 1; k < sentence.last && k - i <= 8 && !isPunct(toks[k]); k++)
    clause ||= toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX';
  return {
    lower: t.lower,
    lemma,
    cls: verbClass(lemma),
    pos: t.pos,
    suffix: suffix(t.lower),
    next: shape(at(i + 1)),
    next2: shape(at(i + 2)),
    prev: shape(at(i - 1)),
    prev2: shape(at(i - 2)),
    subject: subjectKind(toks, i, sentence.first),
    quoteAfter,
    quoteBefore,
    clause,
    fromStart: Math.min(i - sentence.first, 6),
    toEnd: Math.min(sentence.last - i - 1, 3),
  };
}

/** A feature as its template's name and one or two values: its string is `name=a` or `name=a|b`. */
export type CueFeature = readonly [name: string, a: string, b?: string];

/** One template of the features: its name and how its one or two values are read from the parts. */
export interface CueTemplate {
  readonly name: string;
  readonly a: (p: CueParts) => string;
  readonly b?: (p: CueParts) => string;
}

/** The templates, in the order the model was trained on. */
export const cueTemplates: readonly CueTemplate[] = [
  { name: 'w', a: (p) => p.lower },
  { name: 'l', a: (p) => p.lemma },
  { name: 'c', a: (p) => p.cls },
  { name: 'p', a: (p) => p.pos },
  { name: 'sf', a: (p) => p.suffix },
  { name: 'n', a: (p) => p.next },
  { name: 'n2', a: (p) => p.next2 },
  { name: 'b', a: (p) => p.prev },
  { name: 'b2', a: (p) => p.prev2 },
  { name: 'ln', a: (p) => p.lemma, b: (p) => p.next },
  { name: 'lb', a: (p) => p.lemma, b: (p) => p.prev },
  { name: 'cn', a: (p) => p.cls, b: (p) => p.next },
  { name: 's', a: (p) => p.subject },
  { name: 'ls', a: (p) => p.lemma, b: (p) => (p.subject.startsWith('PRON') ? 'PRON' : p.subject) },
  { name: 'cs', a: (p) => p.cls, b: (p) => p.subject },
  { name: 'qa', a: (p) => String(p.quoteAfter) },
  { name: 'qb', a: (p) => String(p.quoteBefore) },
  { name: 'cl', a: (p) => String(p.clause) },
  { name: 'lc', a: (p) => p.lemma, b: (p) => String(p.clause) },
  { name: 'st', a: (p) => String(p.fromStart) },
  { name: 'en', a: (p) => String(p.toEnd) },
];

/** Each feature of a token, in the order the model was trained on. */
export const cueFeatureParts = (p: CueParts): CueFeature[] =>
  cueTemplates.map(({ name, a, b }): CueFeature => (b ? [name, a(p), b(p)] : [name, a(p)]));

/** A feature's string: `name=a`, or `name=a|b`. */
export const featureString = ([name, a, b]: CueFeature): string =>
  b === undefined ? `${name}=${a}` : `${name}=${a}|${b}`;

/** The features of token `i` as a cue of attribution, as the strings the model was trained on. */
export function cueFeatures(
  toks: readonly Tok[],
  i: number,
  sentence: { readonly first: number; readonly last: number },
  quotes: QuoteIndex,
): string[] {
  const parts = cueParts(toks, i, sentence, quotes);
  return parts ? cueFeatureParts(parts).map(featureString) : [];
}
