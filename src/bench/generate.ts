/** Deterministic synthetic articles for throughput benchmarks (no real text, no randomness across runs). */
const vocabulary = (
  'the a of to in and on for with by from at as that this army troops border brigade exercise ' +
  'minister said reported according officials analysts tanks ammunition railway train convoy north ' +
  'south western eastern forces air defence missile drills week month capital region village report ' +
  'statement agency ministry defence security council president government opposition protest ' +
  'election economy loan sanctions energy gas price market winter spring summer autumn'
).split(' ');

const names = ['Minsk', 'Brest', 'Gomel', 'Kyiv', 'Moscow', 'Warsaw', 'Vilnius', 'Riga'];

/** A small linear congruential generator: the same seed gives the same articles everywhere. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

export function syntheticArticle(index: number, words = 300): { title: string; text: string } {
  const next = rng(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 8 + Math.floor(next() * 14);
    const body = Array.from({ length }, () => pick(vocabulary));
    body[0] = `${(body[0] ?? 'the').charAt(0).toUpperCase()}${(body[0] ?? 'the').slice(1)}`;
    if (next() < 0.3) body.splice(3, 0, pick(names));
    if (next() < 0.2) body.splice(5, 0, String(Math.floor(next() * 20000)));
    sentences.push(`${body.join(' ')}.`);
    count += length;
  }
  return { title: `Report ${index}`, text: `Article number ${index}. ${sentences.join(' ')}` };
}
