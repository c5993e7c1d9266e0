import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';

interface StopwordData {
  readonly minHits: number;
  readonly languages: Record<string, readonly string[]>;
}

const data = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'ingest-stopwords.json'), 'utf8'),
) as StopwordData;
const languagesOf = new Map<string, string[]>();
for (const [lang, words] of Object.entries(data.languages)) {
  for (const w of new Set(words)) languagesOf.set(w, [...(languagesOf.get(w) ?? []), lang]);
}

const SAMPLE = 800;
/** The winner needs this many more hits than the runner-up, relative to its own count. */
const MARGIN = 1.2;

/** The ISO 639-1 code of the language a text is most likely in, from its function words; undefined when unsure. */
export const guessLanguage = (text: string): string | undefined => {
  const hits = new Map<string, number>();
  for (const word of text
    .slice(0, SAMPLE)
    .toLowerCase()
    .split(/[^\p{L}']+/u)) {
    for (const lang of languagesOf.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || best[1] < data.minHits) return undefined;
  return second !== undefined && best[1] < second[1] * MARGIN ? undefined : best[0];
};
