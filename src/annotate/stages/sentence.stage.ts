import type { ItsFunction } from 'wink-nlp';
import type { Sentence, Token } from '../../core/index.js';
import { defineStage, type StageContext } from '../stage.js';
import { sentenceRanges, type Tok, type TokenView, tokenMaker } from '../token-view.js';
import { breakLongRuns, longRuns, MAX_RUN, originalOffsets } from './long-runs.js';
import { historyFreeLemma } from './wink-lemma.js';
import { winkReadable } from './wink-letters.js';
import { PIECE_CHARS, pieces } from './wink-pieces.js';
import { eachRawToken, raw } from './wink-raw.js';
import { statelessNlp } from './wink-stateless.js';

// Only what this stage reads: sentence boundaries and parts of speech (lemmas come from the model's
// lexicon and the part of speech). Named entities, negation and sentiment (the rest of wink-nlp's
// default pipe) take half of readDoc's time and change neither.
const nlp = statelessNlp(['sbd', 'pos']);
const its = nlp.its;
// wink-nlp's typings give `its.lemma` the raw-document signature it has inside the library; the
// stage calls it, like the other token functions, as wink does (wink-raw.ts).
const lemmaOf = raw(historyFreeLemma(its.lemma as unknown as ItsFunction<string>));
const surfaceOf = raw(its.value);
const spacesOf = raw(its.precedingSpaces);
const posOf = raw(its.pos);

/**
 * A sentence of more tokens is cut into pieces of this many: later stages look across a sentence,
 * and one "sentence" of a megabyte (text without a full stop) made them quadratic. The longest
 * sentence in 2,000 news articles has 153 tokens.
 */
export const MAX_SENTENCE_TOKENS = 1000;

/**
 * Sentences and tokens with character offsets, parts of speech and lemmas, and the one view of
 * them that the later stages' rules read (token-view.ts). wink-nlp is lossless
 * (preceding spaces + token values rebuild the text), so offsets are recovered by walking the tokens.
 * Lemmas for every token cost about a tenth of this stage (one pass of `its.lemma`, mostly a lexicon
 * lookup); picking tokens one by one to lemmatize only verbs and nouns measured slower. Runs without
 * spaces longer than any word are read in pieces (see long-runs.ts); offsets are mapped back.
 */
export const sentenceStage = defineStage({
  name: 'sentences',
  module: import.meta.url,
  needs: [],
  provides: ['sentences', 'tokens', 'tokenView'],
  run: (text, _layers, ctx) => readSentences(text, ctx),
});

/** The stage's layers of `text`, wink-nlp reading it in pieces of at least `pieceChars` (wink-pieces.ts). */
export function readSentences(
  text: string,
  ctx: StageContext,
  pieceChars: number = PIECE_CHARS,
): { sentences: Sentence[]; tokens: Token[]; tokenView: TokenView } {
  const broken = breakLongRuns(text);
  const readable = winkReadable(broken.text);
  const folded = readable !== broken.text;
  if (broken.inserted.length > 0) reportLongRuns(text, ctx);
  const original = originalOffsets(broken.inserted);
  const tok = tokenMaker(text);
  // Every wink token's offsets (spaces too), which sentences are read from.
  let starts: Int32Array = new Int32Array(1024);
  let ends: Int32Array = new Int32Array(1024);
  const spans: [number, number][] = [];
  const tokens: Token[] = [];
  const toks: Tok[] = [];
  let at = 0;
  let base = 0;
  for (const [k, piece] of pieces(readable, pieceChars).entries()) {
    const doc = nlp.readDoc(piece, k > 0);
    const count = doc.tokens().length();
    if (base + count > starts.length) {
      const size = Math.max(2 * starts.length, base + count);
      starts = grown(starts, size);
      ends = grown(ends, size);
    }
    eachRawToken(doc, (i, rdd, addons) => {
      const value = surfaceOf(i, rdd, addons) ?? '';
      at += (spacesOf(i, rdd, addons) ?? '').length;
      const start = original(at);
      at += value.length;
      const end = original(at);
      starts[base + i] = start;
      ends[base + i] = end;
      const pos = posOf(i, rdd, addons) ?? 'X';
      if (pos !== 'SPACE') {
        const read = lemmaOf(i, rdd, addons) ?? value.toLowerCase();
        // A word wink read with stand-in letters keeps its own letters as its lemma.
        const lemma = folded && read === value.toLowerCase() ? text.slice(start, end).toLowerCase() : read;
        tokens.push({ span: { start, end }, pos, lemma });
        toks.push(tok(start, end, pos, lemma, value));
      }
    });
    for (const [from, to] of doc.sentences().out(its.span) as [number, number][])
      spans.push([base + from, base + to]);
    base += count;
  }
  const sentences: Sentence[] = [];
  for (const [from, to] of spans) {
    for (let first = from; first <= to; first += MAX_SENTENCE_TOKENS) {
      const last = Math.min(to, first + MAX_SENTENCE_TOKENS - 1);
      let start = starts[first] ?? 0;
      let end = ends[last] ?? start;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end > start) sentences.push({ span: { start, end } });
    }
  }
  return { sentences, tokens, tokenView: { toks, sentences: sentenceRanges(toks, sentences) } };
}

const grown = (from: Int32Array, size: number): Int32Array => {
  const to = new Int32Array(size);
  to.set(from);
  return to;
};

/** Each run without a space longer than any word: read in pieces, so its tokens are no words. */
function reportLongRuns(text: string, ctx: StageContext): void {
  for (const span of longRuns(text))
    ctx.report?.({
      ruleId: 'sentences/long-run',
      severity: 'info',
      message: `${span.end - span.start} characters without a space, read in pieces of ${MAX_RUN}`,
      span,
    });
}
