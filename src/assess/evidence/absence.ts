import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, type Span } from '../../core/index.js';

const file = JSON.parse(readFileSync(join(projectRoot, 'model', 'assess-evidence.json'), 'utf8')) as {
  readonly absence: readonly string[];
  readonly cueStopwords: readonly string[];
};

const patterns = file.absence.map((p) => new RegExp(p, 'iu'));
const stopwords = new Set(file.cueStopwords);

/** True when the sentence says, before the span, that the thing is absent ("no signs of ..."). */
export function absentBefore(text: string, sentence: Span, span: Span): boolean {
  const before = text.slice(sentence.start, Math.max(sentence.start, span.start));
  return patterns.some((p) => p.test(before));
}

/** The distinctive words of cue phrases ("strike", "group", "hospitals"), for tying claims to an indicator. */
export const cueWords = (cues: readonly string[]): string[] => [
  ...new Set(
    cues.flatMap((c) =>
      c
        .toLowerCase()
        .split(/[^\p{L}\p{N}-]+/u)
        .filter((w) => w.length >= 4 && !stopwords.has(w)),
    ),
  ),
];
