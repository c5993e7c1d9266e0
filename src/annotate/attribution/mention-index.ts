import { firstStartingAt, type Mention } from '../../core/index.js';

/**
 * Look-ups into a document's mentions sorted by start, each without a scan of the whole list: a
 * parser runs them for every cue, and a scan per cue made a text of many cues and names quadratic.
 */

/** Index of the first mention starting at or after `offset`: a binary search. */
export const firstStartingFrom = (mentions: readonly Mention[], offset: number): number =>
  firstStartingAt(mentions, offset);

/** The first mention, in list order, that starts in [from, to) and passes `test`. */
export function firstStartingIn(
  mentions: readonly Mention[],
  from: number,
  to: number,
  test: (m: Mention) => boolean,
): Mention | undefined {
  for (let i = firstStartingFrom(mentions, from); i < mentions.length; i++) {
    const m = mentions[i];
    if (!m || m.span.start >= to) return undefined;
    if (test(m)) return m;
  }
  return undefined;
}

const namedKinds = new Set(['person', 'organisation']);
const byEnd = new WeakMap<readonly Mention[], Map<number, Mention>>();

/** The first person or organisation, in list order, that ends at `end`; the index is built once per list. */
export function namedEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  let index = byEnd.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) if (namedKinds.has(m.kind) && !index.has(m.span.end)) index.set(m.span.end, m);
    byEnd.set(mentions, index);
  }
  return index.get(end);
}
