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
 * "cites" edges from a document to each origin it repeats. A line at a time: a large collection's
 * graph is tens of megabytes.
 */
export function* graphmlLines(corpus: readonly CorpusDocument[], r: Reconciliation): Generator<string> {
  const ids = new Set(corpus.map((c) => c.doc.id as string));
  const entities = entitiesOf(corpus, r.entities);
  const origins = new Map<string, string>();
  const cites = new Map<string, number>();
  for (const c of r.citations) {
    origins.set(c.origin.key, c.origin.name);
    const k = `${c.document}\u0000${c.origin.key}`;
    cites.set(k, (cites.get(k) ?? 0) + 1);
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [id, target, type] of keys)
    yield `<key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>\n`;
  yield '<graph id="sitrep" edgedefault="directed">\n';
  for (const { doc } of corpus) {
    const published = doc.meta.published?.value;
    yield `<node id="doc:${esc(doc.id)}">${data({ label: titleOf(doc), type: 'document', outlet: outletOf(doc), published })}</node>\n`;
  }
  for (const e of entities)
    yield `<node id="ent:${esc(e.id)}">${data({ label: e.name, type: 'entity', kind: e.kind })}</node>\n`;
  for (const [key, name] of origins)
    yield `<node id="origin:${esc(key)}">${data({ label: name, type: 'origin' })}</node>\n`;
  for (const e of entities) {
    const perDoc = new Map<string, number>();
    for (const m of e.mentions) perDoc.set(m.document, (perDoc.get(m.document) ?? 0) + 1);
    for (const [d, n] of perDoc)
      if (ids.has(d))
        yield `<edge source="doc:${esc(d)}" target="ent:${esc(e.id)}">${data({ relation: 'mentions', weight: n })}</edge>\n`;
  }
  for (const [k, n] of cites) {
    const [d, o] = k.split('\u0000');
    if (d && o && ids.has(d))
      yield `<edge source="doc:${esc(d)}" target="origin:${esc(o)}">${data({ relation: 'cites', weight: n })}</edge>\n`;
  }
  yield '</graph>\n';
  yield '</graphml>\n';
}
