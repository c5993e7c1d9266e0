/** A small MinHash over word sets, with LSH band keys as blocking keys (never all pairs). */
const HASHES = 12;
const ROWS = 2;

/** FNV-1a of a string from a seed, as an unsigned 32-bit number. */
export function hash32(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export function bandKeys(words: ReadonlySet<string>): string[] {
  if (words.size === 0) return [];
  const sig: number[] = [];
  for (let k = 0; k < HASHES; k++) {
    let min = 0xffffffff;
    for (const w of words) min = Math.min(min, hash32(w, k * 0x9e3779b1));
    sig.push(min);
  }
  const keys: string[] = [];
  for (let b = 0; b < HASHES; b += ROWS) keys.push(`mh${b}:${sig.slice(b, b + ROWS).join('.')}`);
  return keys;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
