import type { DocumentId, MentionKind } from '../core/index.js';
import type { CorpusDocument, ResolvedEntity } from '../resolve/types.js';
import type { Actor } from './brief-model.js';
import type { Footnotes } from './footnotes.js';
import { furnitureSentences } from './furniture.js';

const actorKinds = new Set<MentionKind>(['person', 'organisation', 'place', 'unit']);
const MAX_ACTORS = 14;
const MAX_PLACES = 6;

/** Before reconcile has run: one actor per distinct mention name across documents. */
export function mentionsAsEntities(corpus: readonly CorpusDocument[]): ResolvedEntity[] {
  type Draft = { id: ResolvedEntity['id']; kind: MentionKind; name: string };
  const byName = new Map<string, Draft & { mentions: Mention[]; documents: Set<DocumentId> }>();
  for (const { doc, annotations: a } of corpus) {
    for (const [i, m] of a.mentions.entries()) {
      const key = `${m.kind}:${m.name.toLowerCase()}`;
      let known = byName.get(key);
      if (!known) {
        known = { id: key as Draft['id'], kind: m.kind, name: m.name, mentions: [], documents: new Set() };
        byName.set(key, known);
      }
      known.mentions.push({ document: doc.id, span: m.span, text: m.text, sentence: m.span, mention: i });
      known.documents.add(doc.id);
    }
  }
  return [...byName.values()].map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: [],
    mentions: e.mentions,
    documents: [...e.documents],
    evidence: [],
  }));
}

type Mention = ResolvedEntity['mentions'][number];

/** Reconcile's entities, or one per distinct mention name while reconcile has none. */
export const entitiesOf = (corpus: readonly CorpusDocument[], entities: readonly ResolvedEntity[]) =>
  entities.length > 0 ? entities : mentionsAsEntities(corpus);

/** A name is written with a capital somewhere ("Ministry of Defense"); "division" alone is a common noun. */
const isName = (name: string): boolean => /\p{Lu}/u.test(name);

/**
 * The entities with only their mentions in the report's own sentences: a reporter named only in
 * the byline or a credit line, a newsroom's city on a dateline, drop out.
 */
function outsideFurniture(corpus: readonly CorpusDocument[], entities: readonly ResolvedEntity[]) {
  const byId = new Map(corpus.map((c) => [c.doc.id, c]));
  const isFurniture = (m: Mention): boolean => {
    const c = byId.get(m.document);
    return c !== undefined && furnitureSentences(c).has(m.sentence.start);
  };
  return entities.flatMap((e) => {
    const mentions = e.mentions.filter((m) => !isFurniture(m));
    if (mentions.length === e.mentions.length) return [e];
    const documents = e.documents.filter((d) => mentions.some((m) => m.document === d));
    return mentions.length > 0 ? [{ ...e, mentions, documents }] : [];
  });
}

export interface ActorList {
  readonly actors: readonly Actor[];
  readonly more: number;
}

/**
 * The main actors: the people, organisations and units most named, then the places most named,
 * ranked by relevance to the question (mentions in the sentences that bear on it, `relevant`
 * holding `document:sentenceStart` keys), then by how many documents name them, then by mentions;
 * each with its aliases and a footnote to its first mention in up to three documents.
 */
export function actors(
  corpus: readonly CorpusDocument[],
  entities: readonly ResolvedEntity[],
  notes: Footnotes,
  relevant: ReadonlySet<string> = new Set(),
): ActorList {
  const pool = outsideFurniture(
    corpus,
    entitiesOf(corpus, entities).filter((e) => isName(e.name)),
  );
  const sentenceStarts = new Map<string, number[]>();
  for (const key of relevant) {
    const [doc = '', start = '0'] = key.split(':');
    sentenceStarts.set(doc, [...(sentenceStarts.get(doc) ?? []), Number(start)]);
  }
  const inRelevant = (e: ResolvedEntity) =>
    e.mentions.filter((m) => sentenceStarts.get(m.document)?.includes(m.sentence.start)).length;
  const score = new Map(pool.map((e) => [e, inRelevant(e)]));
  const rank = (x: ResolvedEntity, y: ResolvedEntity) =>
    (score.get(y) ?? 0) - (score.get(x) ?? 0) ||
    y.documents.length - x.documents.length ||
    y.mentions.length - x.mentions.length;
  const named = pool.filter((e) => actorKinds.has(e.kind) && e.kind !== 'place').sort(rank);
  const places = pool.filter((e) => e.kind === 'place').sort(rank);
  const kept = [...named.slice(0, MAX_ACTORS), ...places.slice(0, MAX_PLACES)];
  const list = kept.map((e) => {
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
  return { actors: list, more: named.length + places.length - kept.length };
}
