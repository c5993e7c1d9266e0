/**
 * A cue model's weights by template and value, so that a token is scored from its feature parts
 * without building a string per feature: `name=a` is found as `single[name][a]`, `name=a|b` as
 * `pair[name][a][b]`. A value holding "|" makes its pair ambiguous to split; those are looked up
 * by their string in the weights as written. Every weight is found where the string would have
 * found it, and added in the same order, so the scores are the very same numbers.
 */
export interface CueWeights {
  readonly single: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly pair: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;
  readonly written: ReadonlyMap<string, number>;
}

export function cueWeights(weights: ReadonlyMap<string, number>): CueWeights {
  const single = new Map<string, Map<string, number>>();
  const pair = new Map<string, Map<string, Map<string, number>>>();
  for (const [feature, weight] of weights) {
    const eq = feature.indexOf('=');
    if (eq < 0) continue;
    const name = feature.slice(0, eq);
    const value = feature.slice(eq + 1);
    const bar = value.indexOf('|');
    // Every such string is also read as a single value: which names take two is the caller's.
    entry(single, name, () => new Map()).set(value, weight);
    if (bar < 0 || value.indexOf('|', bar + 1) >= 0) continue;
    const firsts = entry(pair, name, () => new Map<string, Map<string, number>>());
    entry(firsts, value.slice(0, bar), () => new Map()).set(value.slice(bar + 1), weight);
  }
  return { single, pair, written: weights };
}

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The weight of the feature `name=a` (no `b`) or `name=a|b`, 0 when the model has none. */
export function weightOf(w: CueWeights, name: string, a: string, b?: string): number {
  if (b === undefined) return w.single.get(name)?.get(a) ?? 0;
  return pairWeight(w, name, w.pair.get(name), a, b);
}

/** The weights of one template's name, found once: a token is then scored without a look-up of its name. */
export interface NamedWeights {
  readonly name: string;
  readonly single: ReadonlyMap<string, number> | undefined;
  readonly pair: ReadonlyMap<string, ReadonlyMap<string, number>> | undefined;
}

export const namedWeights = (w: CueWeights, name: string): NamedWeights => ({
  name,
  single: w.single.get(name),
  pair: w.pair.get(name),
});

/** `weightOf(w, named.name, a, b)`, with the name's maps already found. */
export const namedWeight = (w: CueWeights, named: NamedWeights, a: string, b?: string): number =>
  b === undefined ? (named.single?.get(a) ?? 0) : pairWeight(w, named.name, named.pair, a, b);

function pairWeight(w: CueWeights, name: string, pair: NamedWeights['pair'], a: string, b: string): number {
  if (a.includes('|') || b.includes('|')) return w.written.get(`${name}=${a}|${b}`) ?? 0;
  return pair?.get(a)?.get(b) ?? 0;
}
