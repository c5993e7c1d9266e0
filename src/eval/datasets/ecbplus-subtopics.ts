import type { Annotations } from '../../core/index.js';
import { resolveEntities } from '../../resolve/index.js';
import { pushTo } from '../../resolve/multimap.js';
import type { CorpusDocument } from '../../resolve/types.js';
import { UnionFind } from '../../resolve/union-find.js';
import { jaccard } from '../../resolve/minhash.js';
import { asDocumentId } from '../../core/index.js';
import type { EcbDocument } from './ecbplus-read.js';

/**
 * Documents of one topic grouped by the actors sitrep resolves in them (its own mentions, not the
 * gold ones) and the years they name: two earthquakes of one topic share the lemma "earthquake" but
 * not the places, people and dates. Returns document id -> group label.
 */
export function subtopics(
  docs: readonly EcbDocument[],
  annotated: ReadonlyMap<string, Annotations>,
  threshold: number,
): Map<string, string> {
  const byTopic = new Map<string, EcbDocument[]>();
  for (const d of docs) pushTo(byTopic, d.topic, d);
  const out = new Map<string, string>();
  for (const [topic, members] of byTopic) {
    const corpus: CorpusDocument[] = members.map((d) => ({
      doc: { id: asDocumentId(d.id), origin: d.id, format: 'text', text: d.text, meta: {}, ingestedAt: '' },
      annotations: annotated.get(d.id) ?? emptyAnnotations,
    }));
    const { entities } = resolveEntities(corpus);
    const features = members.map(() => new Set<string>());
    for (const e of entities) {
      if (e.kind === 'demonym' || e.kind === 'unit') continue;
      for (const docId of e.documents) features[members.findIndex((m) => m.id === docId)]?.add(e.id);
    }
    members.forEach((d, i) => {
      for (const t of annotated.get(d.id)?.times ?? []) if (t.yearStated) features[i]?.add(`year:${t.value.slice(0, 4)}`);
    });
    const uf = new UnionFind();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        if (jaccard(features[i] ?? new Set(), features[j] ?? new Set()) >= threshold)
          uf.union(members[i]?.id ?? '', members[j]?.id ?? '');
    for (const d of members) out.set(d.id, `${topic}/${uf.find(d.id)}`);
  }
  return out;
}

const emptyAnnotations: Annotations = {
  sentences: [],
  tokens: [],
  mentions: [],
  quantities: [],
  times: [],
  attributions: [],
  certainty: [],
  claims: [],
};
