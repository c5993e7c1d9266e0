import { z } from 'zod';
import { loadModel } from '../core/index.js';

/** The legacy single-byte Cyrillic encodings, in the order a tie goes. */
export const CYRILLIC_ENCODINGS = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5'] as const;
export type CyrillicEncoding = (typeof CYRILLIC_ENCODINGS)[number];

const Letters = z.object({ about: z.string(), frequencies: z.record(z.string(), z.number().positive()) });

/** Per character, how much likelier the best reading must be than the next for a sure answer. */
const SURE_MARGIN = 0.5;
const RARE = Math.log(0.01 / 100);
const UNLIKELY = Math.log(1e-6);
const CAPITAL = Math.log(0.08);
const MID_WORD_CAPITAL = Math.log(0.02);

const logFrequencies = (): ReadonlyMap<string, number> =>
  new Map(
    Object.entries(loadModel('ingest-cyrillic-letters', Letters).frequencies).map(([c, f]) => [
      c,
      Math.log(f / 100),
    ]),
  );

/**
 * How likely `text` reads as East Slavic prose, per non-ASCII character: each letter by its
 * frequency, capitals rarer (and rarer still inside a word), anything else (box drawing, symbols)
 * very unlikely. The wrong reading of KOI8 or Windows-1251 swaps case and scrambles the letters.
 */
const likelihood = (text: string, logFreq: ReadonlyMap<string, number>): number => {
  let sum = 0;
  let count = 0;
  let previousLetter = false;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) {
      previousLetter = /[A-Za-z]/.test(c);
      continue;
    }
    count++;
    const lower = c.toLowerCase();
    const f = logFreq.get(lower);
    if (f === undefined) {
      sum += /\p{L}/u.test(c) ? RARE : UNLIKELY;
      previousLetter = false;
      continue;
    }
    sum += f + (lower === c ? 0 : previousLetter ? MID_WORD_CAPITAL : CAPITAL);
    previousLetter = true;
  }
  return count === 0 ? 0 : sum / count;
};

export interface CyrillicGuess {
  readonly encoding: CyrillicEncoding;
  readonly text: string;
  /** False when another encoding read almost as well: the note says so. */
  readonly sure: boolean;
  readonly runnerUp: CyrillicEncoding;
}

/** The legacy Cyrillic encoding whose reading of `bytes` gives the likeliest letters. */
export const guessCyrillic = (bytes: Uint8Array): CyrillicGuess => {
  const logFreq = logFrequencies();
  const sample = bytes.subarray(0, 64 * 1024);
  const scored = CYRILLIC_ENCODINGS.map((encoding) => {
    const text = new TextDecoder(encoding).decode(sample);
    return { encoding, text, score: likelihood(text, logFreq) };
  }).sort((a, b) => b.score - a.score);
  const best = scored[0] as (typeof scored)[number];
  // KOI8-R and KOI8-U read Russian alike: only a reading that differs is a rival.
  const second = scored.find((s) => s.text !== best.text) ?? best;
  return {
    encoding: best.encoding,
    text: new TextDecoder(best.encoding).decode(bytes),
    sure: second === best || best.score - second.score >= SURE_MARGIN,
    runnerUp: second.encoding,
  };
};
