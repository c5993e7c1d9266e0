import type { MentionKind } from '../core/index.js';
import type { CorpusDocument, ResolvedEntity } from '../resolve/types.js';
import type { Actor } from './brief-model.js';
import type { Footnotes } from './footnotes.js';

const actorKinds = new Set<MentionKind>(['person', 'organisation', 'place', 'unit']);
const MAX_ACTORS = 14;
const MAX_PLACES = 6;

/** Before reconcile has run: one actor per distinct mention name across documents. */
export function mentionsAsEntities(corpus: readonly CorpusDocument[]): ResolvedEntity[] {
  const byName = new Map<string, ResolvedEntity>();
  for (const { doc, annotations: a } of corpus) {
    for (const [i, m] of a.mentions.entries()) {
      const key = `${m.kind}:${m.name.toLowerCase()}`;
      const known = byName.get(key);
      const mention = { document: doc.id, span: m.span, text: m.text, sentence: m.span, mention: i };
      byName.set(key, {
        id: key as ResolvedEntity['id'],
        kind: m.kind,
        name: known?.name ?? m.name,
        aliases: known?.aliases ?? [],
        mentions: [...(known?.mentions ?? []), mention],
        documents: known?.documents.includes(doc.id)
          ? known.documents
          : [...(known?.documents ?? []), doc.id],
        evidence: [],
      });
    }
  }
  return [...byName.values()];
}

/** Reconcile's entities, or one per distinct mention name while reconcile has none. */
export const entitiesOf = (corpus: readonly CorpusDocument[], entities: readonly ResolvedEntity[]) =>
  entities.length > 0 ? entities : mentionsAsEntities(corpus);

/**
 * The main actors: the people, organisations and units most named, then the places most named,
 * each ranked by how many documents name them, then by mentions; each with its aliases and a footnote to its first mention
 * in up to three documents.
 */
export function actors(
  corpus: readonly CorpusDocument[],
  entities: readonly ResolvedEntity[],
  notes: Footnotes,
): Actor[] {
  const pool = entitiesOf(corpus, entities);
  const rank = (x: ResolvedEntity, y: ResolvedEntity) =>
    y.documents.length - x.documents.length || y.mentions.length - x.mentions.length;
  const named = pool.filter((e) => actorKinds.has(e.kind) && e.kind !== 'place').sort(rank);
  const places = pool.filter((e) => e.kind === 'place').sort(rank);
  return [...named.slice(0, MAX_ACTORS), ...places.slice(0, MAX_PLACES)].map((e) => {
    const firstPerDoc = e.documents.slice(0, 3).flatMap((d) => {
      const m = e.mentions.find((x) => x.document === d);
      return m ? [notes.cite(d, m.span)] : [];
    });
    return {
      name: e.name,
      kind: e.kind,
      aliases: e.aliases.filter((a) => a !== e.name),
      documents: e.documents.length,
      mentions: e.mentions.length,
      notes: firstPerDoc,
    };
  });
}
