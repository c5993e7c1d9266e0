/**
 * Near-duplicate detection (a syndicated copy with small edits) by one-permutation MinHash over
 * 5-word shingles: each shingle is hashed once, its top bits choose one of 64 bins and each bin
 * keeps its smallest hash; empty bins borrow from the next filled one (densification). O(n) in the
 * text, with no allocation per word or shingle.
 */

export const SHINGLE_WORDS = 5;
export const BINS = 64;
const BIN_SHIFT = 26; // 32 - log2(BINS)
export const BANDS = 16;
const ROWS = BINS / BANDS;
const EMPTY = 0xffffffff;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Word characters: ASCII letters and digits, and anything above ASCII except spaces and punctuation blocks. */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c > 0xbf && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff);

/** murmur3's finalizer: spreads every input bit over the output. */
const fmix = (h: number): number => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
};

/** FNV-1a hashes of the lower-cased words of a text, in order. */
const wordHashes = (text: string): Uint32Array => {
  const lower = text.toLowerCase();
  const out = new Uint32Array(Math.ceil(lower.length / 2) + 1);
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out[n++] = h >>> 0;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h >>> 0;
  return out.subarray(0, n);
};

/** The 5-word shingles of a text, as strings (for tests and explanations; `minhash` does not build them). */
export const shingles = (text: string): string[] => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length <= SHINGLE_WORDS) return words.length === 0 ? [] : [words.join(' ')];
  return Array.from({ length: words.length - SHINGLE_WORDS + 1 }, (_, i) =>
    words.slice(i, i + SHINGLE_WORDS).join(' '),
  );
};

/** A 64-value MinHash signature of the text's 5-word shingles. */
export const minhash = (text: string): Uint32Array => {
  const words = wordHashes(text);
  const sig = new Uint32Array(BINS).fill(EMPTY);
  const count = words.length <= SHINGLE_WORDS ? Math.min(words.length, 1) : words.length - SHINGLE_WORDS + 1;
  const width = Math.min(words.length, SHINGLE_WORDS);
  for (let i = 0; i < count; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ words[i + k]!, FNV_PRIME);
    h = fmix(h);
    const bin = h >>> BIN_SHIFT;
    if (h < sig[bin]!) sig[bin] = h;
  }
  if (count === 0) return sig;
  // Densification: an empty bin takes the value of the nearest filled bin after it (cyclically,
  // in the signature as filled by shingles), mixed with the distance so that bins stay distinct.
  const filled = sig.slice();
  for (let b = 0; b < BINS; b++) {
    if (filled[b] !== EMPTY) continue;
    for (let d = 1; d < BINS; d++) {
      const v = filled[(b + d) % BINS]!;
      if (v === EMPTY) continue;
      sig[b] = fmix((v + Math.imul(d, 0x9e3779b9)) >>> 0);
      break;
    }
  }
  return sig;
};

/**
 * Keys for locality-sensitive lookup: 16 bands of 4 values; two texts sharing any key are
 * candidates. A key is `band * 2^32 + hash`, an integer, so the store indexes it cheaply.
 */
export const lshKeys = (signature: Uint32Array): number[] => {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = FNV_OFFSET ^ band;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[band * ROWS + r]!, FNV_PRIME);
    keys.push(band * 0x100000000 + (fmix(h) >>> 0));
  }
  return keys;
};

/** Estimated Jaccard similarity of two texts' shingle sets: the share of equal bins. */
export const similarity = (a: Uint32Array, b: Uint32Array): number => {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
};
