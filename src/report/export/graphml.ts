import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import { entitiesOf } from '../actors.js';
import { outletOf, titleOf } from '../footnotes.js';
import { esc } from '../html/escape.js';

const keys = [
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['outlet', 'node', 'string'],
  ['published', 'node', 'string'],
  ['relation', 'edge', 'string'],
  ['weight', 'edge', 'double'],
] as const;

const data = (fields: Record<string, string | number | undefined>) =>
  Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<data key="${k}">${esc(v)}</data>`)
    .join('');

/**
 * The evidence graph as GraphML (opens in Gephi, yEd, Cytoscape): documents, entities and cited
 * origins as nodes; "mentions" edges from a document to each entity it names (weight: mentions),
 * "cites" edges from a document to each origin it repeats.
 */
export function graphml(corpus: readonly CorpusDocument[], r: Reconciliation): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  const ids = new Set(corpus.map((c) => c.doc.id as string));
  for (const { doc } of corpus) {
    const published = doc.meta.published?.value;
    nodes.push(
      `<node id="doc:${esc(doc.id)}">${data({ label: titleOf(doc), type: 'document', outlet: outletOf(doc), published })}</node>`,
    );
  }
  for (const e of entitiesOf(corpus, r.entities)) {
    nodes.push(`<node id="ent:${esc(e.id)}">${data({ label: e.name, type: 'entity', kind: e.kind })}</node>`);
    const perDoc = new Map<string, number>();
    for (const m of e.mentions) perDoc.set(m.document, (perDoc.get(m.document) ?? 0) + 1);
    for (const [d, n] of perDoc) {
      if (ids.has(d))
        edges.push(
          `<edge source="doc:${esc(d)}" target="ent:${esc(e.id)}">${data({ relation: 'mentions', weight: n })}</edge>`,
        );
    }
  }
  const origins = new Map<string, string>();
  const cites = new Map<string, number>();
  for (const c of r.citations) {
    origins.set(c.origin.key, c.origin.name);
    const k = `${c.document}\u0000${c.origin.key}`;
    cites.set(k, (cites.get(k) ?? 0) + 1);
  }
  for (const [key, name] of origins)
    nodes.push(`<node id="origin:${esc(key)}">${data({ label: name, type: 'origin' })}</node>`);
  for (const [k, n] of cites) {
    const [d, o] = k.split('\u0000');
    if (d && o && ids.has(d))
      edges.push(
        `<edge source="doc:${esc(d)}" target="origin:${esc(o)}">${data({ relation: 'cites', weight: n })}</edge>`,
      );
  }
  const keyDefs = keys.map(
    ([id, target, type]) => `<key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyDefs,
    '<graph id="sitrep" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}
