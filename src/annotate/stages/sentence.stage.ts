import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Sentence, Token } from '../../core/index.js';
import type { Stage } from '../stage.js';

// Only what this stage reads: sentence boundaries and parts of speech. Named entities, negation and
// sentiment (the rest of wink-nlp's default pipe) take half of readDoc's time and change neither.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Sentences and tokens with character offsets. wink-nlp is lossless (preceding spaces + token values
 * rebuild the text), so offsets are recovered by walking the tokens.
 */
export const sentenceStage: Stage = {
  name: 'sentences',
  needs: [],
  provides: ['sentences', 'tokens'],
  run(text) {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const starts: number[] = [];
    const ends: number[] = [];
    const tokens: Token[] = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      at += (spaces[i] ?? '').length;
      const start = at;
      at += (values[i] ?? '').length;
      starts.push(start);
      ends.push(at);
      if ((pos[i] ?? '') !== 'SPACE') tokens.push({ span: { start, end: at }, pos: pos[i] ?? 'X' });
    }
    const sentences: Sentence[] = [];
    for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
      let start = starts[first] ?? 0;
      let end = ends[last] ?? start;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end > start) sentences.push({ span: { start, end } });
    }
    return { sentences, tokens };
  },
};
