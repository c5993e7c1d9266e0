import type { ItsFunction } from 'wink-nlp';
import type { Sentence, Token } from '../../core/index.js';
import { defineStage, type StageContext } from '../stage.js';
import { tokenView } from '../token-view.js';
import { breakLongRuns, longRuns, MAX_RUN, originalOffsets } from './long-runs.js';
import { historyFreeLemma } from './wink-lemma.js';
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
  run(text, _layers, ctx) {
    const broken = breakLongRuns(text);
    if (broken.inserted.length > 0) reportLongRuns(text, ctx);
    const original = originalOffsets(broken.inserted);
    const doc = nlp.readDoc(broken.text);
    const count = doc.tokens().length();
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const tokens: Token[] = [];
    let at = 0;
    eachRawToken(doc, (i, rdd, addons) => {
      const value = surfaceOf(i, rdd, addons) ?? '';
      at += (spacesOf(i, rdd, addons) ?? '').length;
      const start = original(at);
      at += value.length;
      const end = original(at);
      starts[i] = start;
      ends[i] = end;
      const pos = posOf(i, rdd, addons) ?? 'X';
      if (pos !== 'SPACE')
        tokens.push({ span: { start, end }, pos, lemma: lemmaOf(i, rdd, addons) ?? value.toLowerCase() });
    });
    const sentences: Sentence[] = [];
    for (const [from, to] of doc.sentences().out(its.span) as [number, number][]) {
      for (let first = from; first <= to; first += MAX_SENTENCE_TOKENS) {
        const last = Math.min(to, first + MAX_SENTENCE_TOKENS - 1);
        let start = starts[first] ?? 0;
        let end = ends[last] ?? start;
        while (start < end && /\s/.test(text[start] ?? '')) start++;
        while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
        if (end > start) sentences.push({ span: { start, end } });
      }
    }
    return { sentences, tokens, tokenView: tokenView(text, sentences, tokens) };
  },
});

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
