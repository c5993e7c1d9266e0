import { z } from 'zod';
import { loadModel, once, type Span } from '../../core/index.js';

const evidenceFile = z.object({ absence: z.array(z.string()), cueStopwords: z.array(z.string()) });
const lexicon = once(() => {
  const file = loadModel('assess-evidence', evidenceFile);
  return { patterns: file.absence.map((p) => new RegExp(p, 'iu')), stopwords: new Set(file.cueStopwords) };
});

/** True when the sentence says, before the span, that the thing is absent ("no signs of ..."). */
export function absentBefore(text: string, sentence: Span, span: Span): boolean {
  const before = text.slice(sentence.start, Math.max(sentence.start, span.start));
  return lexicon().patterns.some((p) => p.test(before));
}

/** The distinctive words of cue phrases ("strike", "group", "hospitals"), for tying claims to an indicator. */
export const cueWords = (cues: readonly string[]): string[] => {
  const { stopwords } = lexicon();
  return [
    ...new Set(
      cues.flatMap((c) =>
        c
          .toLowerCase()
          .split(/[^\p{L}\p{N}-]+/u)
          .filter((w) => w.length >= 4 && !stopwords.has(w)),
      ),
    ),
  ];
};
