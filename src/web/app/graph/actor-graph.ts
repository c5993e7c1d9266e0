import type { Citation, DocumentRow, Entity } from '../types.js';

/** The kinds of entity drawn as actors: who acts and where, not equipment or units. */
export const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'place']);

export interface GraphNode {
  readonly id: string;
  readonly kind: 'entity' | 'document' | 'origin';
  /** The entity kind (person, organisation, place), `document`, or `origin` for an unnamed source. */
  readonly tag: string;
  readonly label: string;
  /** Mentions for an entity, mentions made for a document, citations for an origin. */
  readonly weight: number;
  /** The entity id, document id or origin key the node stands for. */
  readonly ref: string;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: 'mention' | 'citation';
  readonly weight: number;
}

export interface ActorGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

const entityNode = (e: Entity): GraphNode => ({
  id: `e:${e.id}`,
  kind: 'entity',
  tag: e.kind,
  label: e.name,
  weight: e.mentions.length,
  ref: e.id,
});

/**
 * Actors and documents: the `top` actors by mentions, each joined to the documents that mention it
 * (weight = mentions there), and citation edges from a document to the origin it repeats. A cited
 * origin that is an entity joins the graph even outside the top; an unnamed one gets a node of its own.
 */
export function actorGraph(
  entities: readonly Entity[],
  documents: readonly DocumentRow[],
  citations: readonly Citation[],
  top: number,
): ActorGraph {
  const actors = entities.filter((e) => ACTOR_KINDS.has(e.kind));
  const byId = new Map(actors.map((e) => [e.id, e]));
  const chosen = new Map(
    [...actors]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
      .slice(0, top)
      .map((e) => [e.id, e]),
  );
  const docs = new Map(documents.map((d) => [d.id, d]));
  const origins = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const originNode = (c: Citation): GraphNode | undefined => {
    const entity = c.origin.key.startsWith('entity:') ? byId.get(c.origin.key.slice(7)) : undefined;
    if (entity) {
      chosen.set(entity.id, entity);
      return entityNode(entity);
    }
    if (c.origin.key.startsWith('entity:')) return undefined;
    const id = `o:${c.origin.key}`;
    const seen = origins.get(id);
    const node = {
      id,
      kind: 'origin',
      tag: 'origin',
      label: c.origin.name,
      weight: (seen?.weight ?? 0) + 1,
      ref: c.origin.key,
    } as const;
    origins.set(id, node);
    return node;
  };
  for (const c of citations) {
    if (!docs.has(c.document)) continue;
    const origin = originNode(c);
    if (!origin) continue;
    const key = `d:${c.document}>${origin.id}`;
    const seen = edges.get(key);
    edges.set(key, {
      source: `d:${c.document}`,
      target: origin.id,
      kind: 'citation',
      weight: (seen?.weight ?? 0) + 1,
    });
  }
  const made = new Map<string, number>();
  for (const e of chosen.values()) {
    const perDoc = new Map<string, number>();
    for (const m of e.mentions) perDoc.set(m.document, (perDoc.get(m.document) ?? 0) + 1);
    for (const [doc, weight] of perDoc) {
      if (!docs.has(doc)) continue;
      made.set(doc, (made.get(doc) ?? 0) + weight);
      edges.set(`e:${e.id}<d:${doc}`, { source: `e:${e.id}`, target: `d:${doc}`, kind: 'mention', weight });
    }
  }
  const linked = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  const docNodes = documents
    .filter((d) => linked.has(`d:${d.id}`))
    .map(
      (d): GraphNode => ({
        id: `d:${d.id}`,
        kind: 'document',
        tag: 'document',
        label: d.title ?? d.origin,
        weight: made.get(d.id) ?? 0,
        ref: d.id,
      }),
    );
  return {
    nodes: [...[...chosen.values()].map(entityNode), ...docNodes, ...origins.values()],
    edges: [...edges.values()],
  };
}
