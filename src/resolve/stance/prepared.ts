import type { WordVectors } from '../../core/word-vectors.js';
import { antonymsOf } from './antonyms.js';
import type { StanceCues } from './cues.js';
import { agentlessAt, speakerColon } from './structure-cues.js';
import { isContent, type StanceText, type StanceToken } from './text.js';

/** Cue counts of one sentence. */
export interface CueCounts {
  deny: number;
  confirm: number;
  hedge: number;
  report: number;
  negation: number;
  question: number;
  /** A confirming word under a negation ("not true", "no proof"): a denial. */
  unconfirm: number;
  /** Quotation marks (a claim in quotes is kept at a distance) and colons ("Report: ..."). */
  quote: number;
  colon: number;
  /** A hedge that is not a plain reporting word ("reportedly", "may", "rumor"; not "said"). */
  doubt: number;
  /** A reporting word among a sentence's first three or last four words ("Police say ...", "..., report says"). */
  leadReport: number;
  tailReport: number;
  /** A reporting word with no one saying it ("believed to have", "feared killed", "is said"). */
  agentless: number;
  /** A word that calls a claim into doubt without saying it is false ("doubt", "dispute"). */
  dispute: number;
  /** A short run of words with no verb before a colon opening or closing a sentence ("Police: ...", "...: agency"). */
  speakerColon: number;
}

/** Cue classes also read through word vectors: how close a sentence's closest word is to each. */
export const closeNames = ['deny', 'confirm', 'hedge', 'report'] as const;
export type Closeness = Record<(typeof closeNames)[number], number>;

export const cueNames = [
  'deny',
  'confirm',
  'hedge',
  'report',
  'negation',
  'question',
  'unconfirm',
  'quote',
  'colon',
  'doubt',
  'leadReport',
  'tailReport',
  'agentless',
  'dispute',
  'speakerColon',
] as const;

/** One sentence of a prepared text. */
export interface PreparedSentence {
  /** Content words in order, with their weight (rarer words weigh more) and unit vector. */
  readonly words: readonly {
    readonly lemma: string;
    readonly weight: number;
    /** A noun, name or number: what the text is about rather than how it tells it. */
    readonly thing: boolean;
    readonly vector?: Float32Array;
  }[];
  /** Content lemmas with their weight. */
  readonly lemmas: ReadonlyMap<string, number>;
  /** WordNet antonyms of the content lemmas. */
  readonly antonyms: ReadonlySet<string>;
  /** Lemmas inside a negation's scope. */
  readonly negated: ReadonlySet<string>;
  readonly bigrams: ReadonlySet<string>;
  /** Sum of the content words' unit vectors (zero without vectors). */
  readonly vector: Float32Array;
  readonly cues: CueCounts;
  readonly close: Closeness;
}

/** A text read for comparison: per sentence, what a stance feature needs. */
export interface PreparedText {
  readonly sentences: readonly PreparedSentence[];
  readonly words: number;
}

/** A word's weight: the log of its frequency rank, so "the" weighs little and a name much. */
export const weightOf = (vectors: WordVectors | undefined, word: string): number => {
  const rank = vectors?.rank(word);
  return Math.log(2 + (rank ?? 100_000)) / Math.log(2 + 100_000);
};

/** Parts of speech that name what a text is about (its topic) rather than how it tells it. */
const THINGS = new Set(['NOUN', 'PROPN', 'NUM']);
const QUOTES = /^["“”‘’']$/;
const SCOPE_END = /^[.,;:!?()"“”—–-]$/;
const NEGATION_REACH = 4;

export function emptyCues(): CueCounts {
  return {
    deny: 0,
    confirm: 0,
    hedge: 0,
    report: 0,
    negation: 0,
    question: 0,
    unconfirm: 0,
    quote: 0,
    colon: 0,
    doubt: 0,
    leadReport: 0,
    tailReport: 0,
    agentless: 0,
    dispute: 0,
    speakerColon: 0,
  };
}

/** The unit mean vector of each cue class's words (once per vectors and cues). */
const centroidsMemo = new WeakMap<WordVectors, Map<string, Float32Array>>();
function centroids(cues: StanceCues, vectors: WordVectors): Map<string, Float32Array> {
  const known = centroidsMemo.get(vectors);
  if (known) return known;
  const out = new Map<string, Float32Array>();
  for (const name of closeNames) {
    const c = new Float32Array(vectors.dimensions);
    for (const w of cues[name]) {
      const v = vectors.vector(w);
      if (v) for (let i = 0; i < c.length; i++) c[i] = (c[i] ?? 0) + (v[i] ?? 0);
    }
    const norm = Math.sqrt(c.reduce((a, x) => a + x * x, 0)) || 1;
    out.set(
      name,
      c.map((x) => x / norm),
    );
  }
  centroidsMemo.set(vectors, out);
  return out;
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
};

export function prepareText(text: StanceText, cues: StanceCues, vectors?: WordVectors): PreparedText {
  const dims = vectors?.dimensions ?? 0;
  const classes = vectors ? centroids(cues, vectors) : new Map<string, Float32Array>();
  const sentences = Array.from({ length: text.sentences }, () => ({
    words: [] as { lemma: string; weight: number; thing: boolean; vector?: Float32Array }[],
    lemmas: new Map<string, number>(),
    negated: new Set<string>(),
    antonyms: new Set<string>(),
    bigrams: new Set<string>(),
    vector: new Float32Array(dims),
    cues: emptyCues(),
    close: { deny: 0, confirm: 0, hedge: 0, report: 0 } as Closeness,
  }));
  let negationLeft = 0;
  let previous: string | undefined;
  let sentence = -1;
  const lengths = new Array<number>(text.sentences).fill(0);
  for (const t of text.tokens)
    if (!SCOPE_END.test(t.word)) lengths[t.sentence] = (lengths[t.sentence] ?? 0) + 1;
  let position = 0;
  for (const [i, t] of text.tokens.entries()) {
    const s = sentences[t.sentence];
    if (!s) continue;
    if (t.sentence !== sentence) [sentence, previous, negationLeft, position] = [t.sentence, undefined, 0, 0];
    if (!SCOPE_END.test(t.word)) position++;
    const has = (set: ReadonlySet<string>): boolean => set.has(t.word) || set.has(t.lemma);
    if (has(cues.deny)) s.cues.deny++;
    if (has(cues.confirm)) s.cues[negationLeft > 0 ? 'unconfirm' : 'confirm']++;
    if (has(cues.hedge)) s.cues.hedge++;
    if (has(cues.report)) {
      s.cues.report++;
      if (position <= 3) s.cues.leadReport++;
      if (position > (lengths[t.sentence] ?? 0) - 4) s.cues.tailReport++;
    }
    if ((has(cues.report) || has(cues.hedge)) && agentlessAt(text.tokens, i)) s.cues.agentless++;
    if (has(cues.dispute)) s.cues.dispute++;
    else if (has(cues.hedge)) s.cues.doubt++;
    if (t.word === '?') s.cues.question++;
    if (t.word === ':') s.cues.colon++;
    if (QUOTES.test(t.word)) s.cues.quote++;
    if (SCOPE_END.test(t.word)) negationLeft = 0;
    if (cues.negators.has(t.word)) {
      s.cues.negation++;
      negationLeft = NEGATION_REACH;
      continue;
    }
    if (!isContent(t)) continue;
    const weight = weightOf(vectors, t.word);
    const v = vectors?.vector(t.word) ?? vectors?.vector(t.lemma);
    const thing = THINGS.has(t.pos);
    s.words.push(v ? { lemma: t.lemma, weight, thing, vector: v } : { lemma: t.lemma, weight, thing });
    s.lemmas.set(t.lemma, weight);
    for (const a of antonymsOf(t.lemma, t.pos)) s.antonyms.add(a);
    if (negationLeft > 0) s.negated.add(t.lemma);
    negationLeft = Math.max(0, negationLeft - 1);
    if (previous !== undefined) s.bigrams.add(`${previous} ${t.lemma}`);
    previous = t.lemma;
    if (v)
      for (const name of closeNames) {
        const c = classes.get(name);
        if (c) s.close[name] = Math.max(s.close[name], dot(v, c));
      }
    if (v) for (let i = 0; i < dims; i++) s.vector[i] = (s.vector[i] ?? 0) + (v[i] ?? 0);
  }
  const bySentence = sentences.map((): StanceToken[] => []);
  for (const t of text.tokens) bySentence[t.sentence]?.push(t);
  for (const [k, s] of sentences.entries()) if (speakerColon(bySentence[k] ?? [])) s.cues.speakerColon++;
  return { sentences, words: text.tokens.length };
}
