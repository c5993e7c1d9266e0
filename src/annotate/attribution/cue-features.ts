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

/**
 * The features of token `i` as a cue of attribution, read by the learned cue model: the word and
 * its lemma, WordNet's class of the verb, the words and tags around it, the kind of its subject,
 * quote marks near it and its place in the sentence. Cheap: string keys, no parsing.
 */
export function cueFeatures(
  toks: readonly Tok[],
  i: number,
  sentence: { readonly first: number; readonly last: number },
  quotes: QuoteIndex,
): string[] {
  const t = toks[i];
  if (!t) return [];
  const lemma = t.lemma ?? t.lower;
  const at = (k: number): Tok | undefined => (k >= sentence.first && k < sentence.last ? toks[k] : undefined);
  const next = shape(at(i + 1));
  const prev = shape(at(i - 1));
  const subject = subjectKind(toks, i, sentence.first);
  const cls = verbClass(lemma);
  let quoteAfter = false;
  let quoteBefore = false;
  let clause = false;
  for (let k = 1; k <= window; k++) {
    quoteAfter ||= quotes.byOpen.has(at(i + k)?.start ?? -1);
    quoteBefore ||= quotes.byClose.has(at(i - k)?.start ?? -1);
  }
  for (let k = i + 1; k < sentence.last && k - i <= 8 && !isPunct(toks[k]); k++)
    clause ||= toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX';
  const fromStart = i - sentence.first;
  const toEnd = sentence.last - i - 1;
  return [
    `w=${t.lower}`,
    `l=${lemma}`,
    `c=${cls}`,
    `p=${t.pos}`,
    `sf=${suffix(t.lower)}`,
    `n=${next}`,
    `n2=${shape(at(i + 2))}`,
    `b=${prev}`,
    `b2=${shape(at(i - 2))}`,
    `ln=${lemma}|${next}`,
    `lb=${lemma}|${prev}`,
    `cn=${cls}|${next}`,
    `s=${subject}`,
    `ls=${lemma}|${subject.startsWith('PRON') ? 'PRON' : subject}`,
    `cs=${cls}|${subject}`,
    `qa=${quoteAfter}`,
    `qb=${quoteBefore}`,
    `cl=${clause}`,
    `lc=${lemma}|${clause}`,
    `st=${Math.min(fromStart, 6)}`,
    `en=${Math.min(toEnd, 3)}`,
  ];
}
