/** A document as the keys that tell its story apart (see `storyKeys`). */
export interface StoryDocument {
  readonly id: string;
  readonly keys: readonly string[];
}

/**
 * The average cosine two groups of documents must reach to be one story. Chosen on the ECB+ train
 * topics (a plateau from 0.02 to 0.04); documents that share no key never join.
 */
export const STORY_LINK = 0.04;

type Vector = ReadonlyMap<string, number>;

/** Each document's keys weighted by how rare they are in the collection (tf-idf, counted once). */
function weighted(docs: readonly StoryDocument[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(d.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  return docs.map((d) => {
    const v = new Map<string, number>();
    for (const k of new Set(d.keys)) v.set(k, Math.log((docs.length + 1) / (df.get(k) ?? 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

/** Cosine of every pair of documents that share a key (the others are 0 and never link). */
function similarities(vectors: readonly Vector[]): Map<number, Map<number, number>> {
  const byKey = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.keys()) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const sims = new Map<number, Map<number, number>>(vectors.map((_, i) => [i, new Map()]));
  for (const [k, holders] of byKey)
    for (const i of holders)
      for (const j of holders) {
        if (j <= i) continue;
        const add = (vectors[i]?.get(k) ?? 0) * (vectors[j]?.get(k) ?? 0);
        const row = sims.get(i);
        row?.set(j, (row.get(j) ?? 0) + add);
        sims.get(j)?.set(i, (sims.get(j)?.get(i) ?? 0) + add);
      }
  return sims;
}

/**
 * Documents grouped into stories by average-link clustering over the cosine of their weighted keys:
 * the two groups with the highest mean pairwise similarity merge until none reaches `link`. Returns
 * a story number per document, in input order. Sums between groups are kept sparse, so documents
 * with nothing in common cost nothing; each merge still scans every linked pair, so this is meant
 * for one topic or one question's collection (tens to hundreds of documents), not a whole store.
 */
export function storyGroups(docs: readonly StoryDocument[], link = STORY_LINK): number[] {
  // sums.get(a).get(b): the summed similarity between the documents of groups a and b.
  const sums = similarities(weighted(docs));
  const members = new Map<number, number[]>(docs.map((_, i) => [i, [i]]));
  const size = (g: number): number => members.get(g)?.length ?? 0;
  for (;;) {
    let best = link;
    let pair: [number, number] | undefined;
    for (const [a, row] of sums)
      for (const [b, sum] of row) {
        const mean = sum / (size(a) * size(b));
        if (a < b && (mean > best || (mean === best && !pair))) {
          best = mean;
          pair = [a, b];
        }
      }
    if (!pair) break;
    const [a, b] = pair;
    const rowA = sums.get(a) ?? new Map<number, number>();
    for (const [c, sum] of sums.get(b) ?? []) {
      if (c === a) continue;
      rowA.set(c, (rowA.get(c) ?? 0) + sum);
      sums.get(c)?.set(a, rowA.get(c) ?? 0);
      sums.get(c)?.delete(b);
    }
    rowA.delete(b);
    sums.delete(b);
    members.set(a, [...(members.get(a) ?? []), ...(members.get(b) ?? [])]);
    members.delete(b);
  }
  const story = new Array<number>(docs.length).fill(0);
  for (const [g, list] of members) for (const i of list) story[i] = g;
  return story;
}
