import { type Annotations, firstStartingAt, type Span } from '../../../core/index.js';
import type { CorpusDocument } from '../../../resolve/types.js';
import { sentenceWords, tokensAround } from '../../meaning/find-phrases.js';
import { contentWords } from '../../meaning/phrases.js';
import { nameVocabulary } from '../../meaning/vocabulary.js';
import { wordForms } from '../../meaning/word-forms.js';
import type { Indicator } from '../../question/index.js';
import { findCues } from '../cue-matcher.js';
import type { Candidate } from '../match-indicator.js';
import { coverage, type Vectors } from './similarity.js';

/**
 * The words of an indicator and of its question, each in its forms and first-sense synonyms: what a
 * candidate sentence's words are compared with.
 */
export interface RelevanceWords {
  readonly name: ReadonlySet<string>;
  readonly description: ReadonlySet<string>;
  readonly question: ReadonlySet<string>;
  /** The content words themselves, for word vectors. */
  readonly nameWords: readonly string[];
  readonly descriptionWords: readonly string[];
  readonly questionWords: readonly string[];
}

const formsOf = (text: string): Set<string> =>
  new Set([...new Set(contentWords(text))].flatMap((w) => [...wordForms(`+${w}`)]));

export const relevanceWords = (indicator: Indicator, questionText: string): RelevanceWords => ({
  name: nameVocabulary(indicator),
  description: formsOf(indicator.description ?? ''),
  question: formsOf(questionText),
  nameWords: [...new Set(contentWords(indicator.name))],
  descriptionWords: [...new Set(contentWords(indicator.description ?? ''))],
  questionWords: [...new Set(contentWords(questionText))],
});

/** A count in a few buckets: the model weighs "none", "one", "a few", "many", not each number. */
const bucket = (n: number, edges: readonly number[]): string => {
  let k = 0;
  while (k < edges.length && n >= (edges[k] ?? 0)) k++;
  return k === 0 ? `<${edges[0]}` : `${edges[k - 1]}+`;
};

/** A measure as every level it reaches ("at least 0.5", "at least 0.6"): nearby values share weights. */
const levels = (name: string, n: number, edges: readonly number[]): string[] => {
  const reached = edges.filter((e) => n >= e).map((e) => `${name}>=${e}`);
  return reached.length > 0 ? reached : [`${name}<${edges[0]}`];
};

/** How many of a sentence's words (outside the match) are words of a vocabulary. */
const overlap = (tokens: readonly (readonly string[])[], vocabulary: ReadonlySet<string>): number =>
  tokens.filter((forms) => forms.some((f) => vocabulary.has(f) && f.length > 2)).length;

const within = (s: Span, inner: Span): boolean => inner.start >= s.start && inner.end <= s.end;

function posAt(ann: Annotations, at: Span): string {
  const tokens = ann.tokens;
  const k = firstStartingAt(tokens, at.start);
  const t = tokens[k];
  return t && t.span.start < at.end ? t.pos : 'none';
}

/**
 * What a candidate sentence looks like to the relevance model, in features that do not name the
 * question or any word of it: how it matched and what the rules said of it, how it is put (modality,
 * polarity, attribution, quotation), how near its scope is, how many of its words are the
 * indicator's or the question's, where it stands in the article. `candidates` are the document's
 * candidates for the same indicator (how much of the article is about it).
 */
export interface RelevanceContext {
  readonly words: RelevanceWords;
  /** The words of every indicator of the question (this one too). */
  readonly siblings: readonly RelevanceWords[];
  readonly vectors: Vectors;
}

/** Words of an indicator that no other indicator of its question, nor the question, is stated in. */
export const ownWords = (words: RelevanceWords, siblings: readonly RelevanceWords[]): Set<string> => {
  const others = new Set([
    ...words.question,
    ...siblings.filter((w) => w !== words).flatMap((w) => [...w.name, ...w.description]),
  ]);
  return new Set([...words.name, ...words.description].filter((w) => !others.has(w)));
};

export function relevanceFeatures(
  c: Candidate,
  cd: CorpusDocument,
  indicator: Indicator,
  context: RelevanceContext,
  candidates: readonly Candidate[],
): string[] {
  const { words, siblings, vectors } = context;
  const { text } = cd.doc;
  const ann = cd.annotations;
  const { piece } = c;
  const s = piece.sentence;
  const sentence = text.slice(s.start, s.end);
  const via = !c.vetoes.includes('unmatched')
    ? piece.via
    : piece.rule.startsWith('word:')
      ? 'words'
      : 'substring';
  const f: string[] = [`via=${via}`, `reach=${c.reach}`, `modality=${piece.modality}`];
  if (piece.rule.startsWith('against:')) f.push('against');
  for (const v of c.vetoes) f.push(`veto=${v}`, `veto=${v}&via=${via}`);
  const others = c.vetoes.filter((v) => v !== 'unmatched');
  f.push(`vetoes=${bucket(others.length, [1, 2])}`, `vetoes=${bucket(others.length, [1, 2])}&via=${via}`);
  f.push(`reach=${c.reach}&via=${via}`);
  if (piece.polarity === 'negative') f.push('negative');
  if (piece.hedged) f.push('hedged');
  if (piece.quantity) f.push('figure');
  else if (ann.quantities.some((q) => within(s, q.span))) f.push('figure-in-sentence');
  const cues = new Set(findCues(sentence, indicator.match.cues ?? []).map((h) => h.cue.toLowerCase()));
  f.push(`cues=${bucket(cues.size, [1, 2, 3])}`);
  f.push(`pos=${posAt(ann, piece.span)}`);
  const { rest } = tokensAround(sentenceWords(text, ann), s.start, piece.span);
  f.push(...levels('name-words', overlap(rest, words.name), [1, 2, 3]));
  f.push(...levels('description-words', overlap(rest, words.description), [1, 2, 3, 5]));
  f.push(...levels('question-words', overlap(rest, words.question), [1, 2, 3, 5]));
  f.push(...levels('own-words', overlap(rest, ownCache(words, siblings)), [1, 2, 3]));
  const length = rest.length;
  f.push(`length=${bucket(length, [10, 20, 35, 50])}`);
  const said = ann.attributions.find((a) => within(a.content, piece.span));
  if (said) f.push('attributed');
  if (ann.attributions.some((a) => within(s, a.cue.span))) f.push('saying-in-sentence');
  const before = text.slice(s.start, piece.span.start);
  if ((before.match(/["\u201c\u201d]/gu) ?? []).length % 2 === 1) f.push('quoted');
  if (ann.claims.some((cl) => within(cl.span, piece.span))) f.push('in-claim');
  const index = firstStartingAt(ann.sentences, s.start);
  f.push(`position=${bucket(index, [1, 3, 10, 25])}`);
  const hitSentences = new Set(candidates.map((o) => o.piece.sentence.start));
  const accepted = new Set(
    candidates.filter((o) => o.vetoes.length === 0).map((o) => o.piece.sentence.start),
  );
  f.push(`article-candidates=${bucket(hitSentences.size, [2, 4, 8])}`);
  // The sentences either side: one that refers back ("the contingent", "it") leans on its neighbour.
  const previous = ann.sentences[index - 1]?.span.start;
  const next = ann.sentences[index + 1]?.span.start;
  if (previous !== undefined && accepted.has(previous)) f.push('previous-accepted');
  if (next !== undefined && accepted.has(next)) f.push('next-accepted');
  if (previous !== undefined && hitSentences.has(previous)) f.push('previous-candidate');
  if (/^\W*(?:it|they|this|these|that|those|he|she|the)\b/iu.test(sentence)) f.push('opens-with-reference');
  f.push(`article-accepted=${bucket(accepted.size, [1, 2, 4])}`);
  const own = contentWords(sentence);
  const sims = { name: words.nameWords, description: words.descriptionWords, question: words.questionWords };
  for (const [what, list] of Object.entries(sims)) {
    const v = coverageOf(sentence, own, list, vectors);
    f.push(...(v === undefined ? [`${what}-similarity=none`] : levels(`${what}-similarity`, v, SIMILARITY)));
  }
  // Whether, of the question's indicators, this is the one the sentence's words are closest to.
  const closeness = (w: RelevanceWords) => coverageOf(sentence, own, indicatorWords(w), vectors) ?? 0;
  const mine = closeness(words);
  const closer = siblings.filter((w) => w !== words && closeness(w) > mine).length;
  f.push(`closer-indicators=${bucket(closer, [1, 2, 4])}`);
  const family = via === 'words' || via === 'substring' ? 'loose' : 'matched';
  return [...f, ...f.map((x) => `${family}&${x}`)];
}

/**
 * `coverage`, kept for each sentence text and list of words: a sentence is a candidate of most of
 * its question's indicators, and each compares it with every indicator's words.
 */
const coverages = new WeakMap<Vectors, Map<string, number | undefined>>();
const lists = new WeakMap<readonly string[], string>();

/** The words of an indicator's name and description (one list for each indicator). */
const indicatorLists = new WeakMap<RelevanceWords, readonly string[]>();
function indicatorWords(w: RelevanceWords): readonly string[] {
  let list = indicatorLists.get(w);
  if (!list) {
    list = [...w.nameWords, ...w.descriptionWords];
    indicatorLists.set(w, list);
  }
  return list;
}
function coverageOf(
  sentence: string,
  own: readonly string[],
  list: readonly string[],
  vectors: Vectors,
): number | undefined {
  let known = coverages.get(vectors);
  if (!known) {
    known = new Map();
    coverages.set(vectors, known);
  }
  let joined = lists.get(list);
  if (joined === undefined) {
    joined = list.join(' ');
    lists.set(list, joined);
  }
  const key = `${joined}\u0000${sentence}`;
  if (known.has(key)) return known.get(key);
  const v = coverage(own, list, vectors);
  known.set(key, v);
  return v;
}

const owns = new WeakMap<RelevanceWords, Set<string>>();
function ownCache(words: RelevanceWords, siblings: readonly RelevanceWords[]): Set<string> {
  let own = owns.get(words);
  if (!own) {
    own = ownWords(words, siblings);
    owns.set(words, own);
  }
  return own;
}

const SIMILARITY = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
