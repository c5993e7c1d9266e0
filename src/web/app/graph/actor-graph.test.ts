import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Citation, DocumentRow, Entity } from '../types.js';
import { actorGraph } from './actor-graph.js';

const doc = (id: string, title: string | null = null): DocumentRow => ({
  id,
  title,
  outlet: null,
  author: null,
  published: null,
  origin: `${id}.txt`,
  format: 'text',
  length: 100,
  ingestedAt: '2022-12-01T00:00:00Z',
});
const mention = (document: string) => ({
  document,
  span: { start: 0, end: 1 },
  text: 'x',
  sentence: { start: 0, end: 1 },
});
const entity = (id: string, kind: string, ...docs: string[]): Entity => ({
  id,
  kind,
  name: `name ${id}`,
  aliases: [`name ${id}`],
  documents: [...new Set(docs)],
  mentions: docs.map(mention),
  evidence: [],
});
const cite = (document: string, key: string, name: string): Citation => ({
  document,
  origin: { key, name, kind: 'cited' },
  cue: 'said',
});

const docs = [doc('d1', 'First'), doc('d2'), doc('d3')];
const entities = [
  entity('lu', 'person', 'd1', 'd1', 'd1', 'd2'),
  entity('mi', 'place', 'd1', 'd2'),
  entity('isw', 'organisation', 'd3'),
  entity('t72', 'equipment', 'd1', 'd1', 'd1', 'd1', 'd1'),
];

describe('actor graph', () => {
  it('keeps the top actors by mentions, never equipment, and weighs edges by mentions', () => {
    const g = actorGraph(entities, docs, [], 2);
    assert.deepEqual(
      g.nodes.filter((n) => n.kind === 'entity').map((n) => n.ref),
      ['lu', 'mi'],
    );
    assert.deepEqual(
      g.edges.map((e) => [e.source, e.target, e.weight]),
      [
        ['e:lu', 'd:d1', 3],
        ['e:lu', 'd:d2', 1],
        ['e:mi', 'd:d1', 1],
        ['e:mi', 'd:d2', 1],
      ],
    );
    // d3 is linked to no chosen actor: left out; a document without a title shows its file name.
    assert.deepEqual(
      g.nodes.filter((n) => n.kind === 'document').map((n) => n.label),
      ['First', 'd2.txt'],
    );
  });

  it('draws citations to the origin, bringing a cited entity in from outside the top', () => {
    const g = actorGraph(
      entities,
      docs,
      [cite('d3', 'entity:isw', 'ISW'), cite('d2', 'speaker:a border official', 'a border official')],
      1,
    );
    const citations = g.edges.filter((e) => e.kind === 'citation').map((e) => `${e.source}>${e.target}`);
    assert.deepEqual(citations, ['d:d3>e:isw', 'd:d2>o:speaker:a border official']);
    assert.ok(g.nodes.some((n) => n.id === 'e:isw' && n.kind === 'entity'));
    assert.ok(g.nodes.some((n) => n.kind === 'origin' && n.label === 'a border official'));
  });

  it('skips citations of unknown documents or entities that are no actors', () => {
    const g = actorGraph(
      entities,
      docs,
      [cite('zz', 'entity:isw', 'ISW'), cite('d1', 'entity:t72', 'T-72')],
      1,
    );
    assert.equal(g.edges.filter((e) => e.kind === 'citation').length, 0);
    assert.ok(!g.nodes.some((n) => n.ref === 't72' || n.ref === 'isw'));
  });
});
