import { useMemo, useState } from 'preact/hooks';
import { actorGraph, type GraphNode } from '../graph/actor-graph.js';
import { href } from '../route.js';
import type { Citation, DocumentPage, Entity } from '../types.js';
import { useApi } from '../use-api.js';
import { EntityGraph } from './entity-graph.js';
import { EntityPanel } from './entity-panel.js';
import { Failure } from './failure.js';

/** How many actors (by mentions) the graph shows, besides the cited origins. */
const TOP = 40;

interface Props {
  readonly entities: readonly Entity[];
  readonly version: number;
  readonly isPicked: (e: Entity) => boolean;
  readonly onPick: (e: Entity) => void;
}

/** The graph of actors and documents, and the panel of the entity a click selected. */
export function EntityMap({ entities, version, isPicked, onPick }: Props) {
  const docs = useApi<DocumentPage>('/api/documents?limit=500', version);
  const cites = useApi<{ total: number; citations: Citation[] }>('/api/citations?limit=500', version);
  const [selected, setSelected] = useState<string | undefined>();
  const documents = useMemo(() => new Map((docs.data?.documents ?? []).map((d) => [d.id, d])), [docs.data]);
  const graph = useMemo(
    () => actorGraph(entities, [...documents.values()], cites.data?.citations ?? [], TOP),
    [entities, documents, cites.data],
  );
  const entity = entities.find((e) => e.id === selected);
  const pick = (node: GraphNode) => {
    if (node.kind === 'document') location.hash = href('doc', node.ref);
    else if (node.kind === 'entity') setSelected(node.ref);
  };
  if (docs.error || cites.error) return <Failure error={(docs.error ?? cites.error) as Error} />;
  return (
    <div class="entity-map">
      <div>
        <EntityGraph graph={graph} selected={selected} onPick={pick} />
        <p class="small muted legend-line">
          <span class="key k-person">person</span> <span class="key k-organisation">organisation</span>{' '}
          <span class="key k-place">place</span> <span class="key k-document">document</span>{' '}
          <span class="key k-origin">unnamed origin</span> · solid: mentioned in (thicker = more) · dashed:
          the document cites it · click an actor to see its aliases, a document to read it
        </p>
      </div>
      {entity ? (
        <EntityPanel
          entity={entity}
          documents={documents}
          picked={isPicked(entity)}
          onPick={() => onPick(entity)}
        />
      ) : (
        <aside class="panel muted small">Click an actor in the graph to see its aliases and documents.</aside>
      )}
    </div>
  );
}
