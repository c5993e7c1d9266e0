import type { Span } from '../../core/index.js';
import { inOrder } from '../in-order.js';
import type { SentenceRange } from '../token-view.js';

/**
 * For each sentence, the indices of the items that start inside it. One sort and one pass, so a
 * document with many sentences and many items stays linear (plus the sort).
 */
export function bucketBySentence(
  sentences: readonly SentenceRange[],
  items: readonly { span: Span }[],
): number[][] {
  const out: number[][] = sentences.map(() => []);
  const order = inOrder(items, (a, b) => a.span.start - b.span.start)
    ? undefined
    : items.map((_, i) => i).sort((a, b) => (items[a]?.span.start ?? 0) - (items[b]?.span.start ?? 0));
  let s = 0;
  for (let k = 0; k < items.length; k++) {
    const i = order?.[k] ?? k;
    const start = items[i]?.span.start ?? 0;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= start) s++;
    const sentence = sentences[s];
    if (sentence && sentence.start <= start) out[s]?.push(i);
  }
  return out;
}
