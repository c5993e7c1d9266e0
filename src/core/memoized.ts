/**
 * A one-argument function of a string with a bounded memo (emptied when full). Names and words
 * repeat across a document, and the keys built from them (surname keys, slugs, word lists) cost
 * several regular expressions each. The results must not be mutated: callers share them.
 */
export function memoized<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let value = memo.get(s);
    // An answer of undefined is remembered too ("no verb reading" is the common answer).
    if (value === undefined && !memo.has(s)) {
      if (memo.size >= max) memo.clear();
      value = fn(s);
      memo.set(s, value);
    }
    return value as T;
  };
}

/** A value built on first use and kept: data derived from a model file, never at import. */
export function once<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/**
 * A function of an object (and of arguments that go with it: a document's annotations and its text)
 * that remembers its value for the last object only: what is built per document is reused while one
 * document is read, then let go, so a pass over a large collection holds one document's worth
 * instead of every document's.
 */
export function lastMemo<K extends object, A extends unknown[], T>(
  build: (key: K, ...args: A) => T,
): (key: K, ...args: A) => T {
  let last: { readonly key: K; readonly value: T } | undefined;
  return (key, ...args) => {
    if (last?.key !== key) last = { key, value: build(key, ...args) };
    return last.value;
  };
}
