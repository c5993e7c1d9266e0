import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parseCsv } from '../../core/index.js';
import { exampleDir, exampleQuestion, runBrief } from '../../test-support/run-brief.js';

const read = (out: string, name: string) => readFileSync(join(out, name), 'utf8');
const ftmList = JSON.parse(
  readFileSync(new URL('./testdata/ftm-schemata.json', import.meta.url), 'utf8'),
) as {
  schemata: Record<string, string[]>;
  entityRanges: Record<string, string[]>;
};

interface SitrepJson {
  documents: { id: string; annotations: { quantities: unknown[]; claims: unknown[] } }[];
  entities: { id: string }[];
  citations: { origin: { key: string } }[];
  assessment: unknown;
  brief: { timeline: unknown[] } | null;
}

describe('exports written by sitrep brief (examples/belarus with its question)', () => {
  let out: string;
  let data: SitrepJson;

  before(() => {
    out = runBrief('brief-exports', [exampleDir, '--question', exampleQuestion, '--annotations']).out;
    data = JSON.parse(read(out, 'sitrep.json')) as SitrepJson;
  });

  it('sitrep.json validates against sitrep.schema.json, and a broken copy does not', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read(out, 'sitrep.schema.json')));
    assert.ok(validate(data), ajv.errorsText(validate.errors));
    assert.ok(data.documents.length >= 10);
    assert.notEqual(data.assessment, null, 'the assessment is included');
    const broken = structuredClone(data) as unknown as { documents: Record<string, unknown>[] };
    delete broken.documents[0]?.id;
    (broken.documents[1] as { published: unknown }).published = { value: 'last week' };
    assert.equal(validate(broken), false);
    assert.ok((validate.errors ?? []).length >= 2);
  });

  it('sitrep.json leaves the annotations out unless asked, and is then much smaller; a second clean run writes the same briefing and exports', () => {
    const lean = runBrief('brief-exports-lean', [exampleDir, '--question', exampleQuestion]).out;
    // Two runs from scratch (their own stores): everything but sitrep.json, which --annotations
    // changes and which dates each ingest, is byte for byte the same.
    for (const name of readdirSync(out).filter((n) => n !== 'sitrep.json' && !n.startsWith('sitrep.db')))
      assert.equal(read(lean, name), read(out, name), `${name} differs between two clean runs`);
    const leanData = JSON.parse(read(lean, 'sitrep.json')) as { documents: Record<string, unknown>[] };
    assert.ok(leanData.documents.every((d) => !('annotations' in d)));
    assert.equal(leanData.documents.length, data.documents.length);
    assert.ok(read(lean, 'sitrep.json').length < read(out, 'sitrep.json').length * 0.7);
  });

  it('the CSV files parse with one field per header column and match sitrep.json', () => {
    const counts: Record<string, number> = {
      'documents.csv': data.documents.length,
      'quantities.csv': data.documents.reduce((n, d) => n + d.annotations.quantities.length, 0),
      'claims.csv': data.documents.reduce((n, d) => n + d.annotations.claims.length, 0),
      'entities.csv': data.entities.length,
    };
    for (const [name, expected] of Object.entries(counts)) {
      const [header, ...rows] = parseCsv(read(out, name));
      assert.ok(header && header.length >= 5, `${name} has a header`);
      assert.equal(rows.length, expected, `${name} rows`);
      for (const row of rows) assert.equal(row.length, header.length, `${name}: ${row.join('|')}`);
    }
  });

  it('the GraphML parses with a GraphML reader: documents, entities and origins, edges between them', () => {
    const graph = parseGraphml(MultiDirectedGraph, read(out, 'sitrep.graphml'));
    const types = new Map<string, number>();
    graph.forEachNode((_, a) => types.set(String(a.type), (types.get(String(a.type)) ?? 0) + 1));
    assert.equal(types.get('document'), data.documents.length);
    assert.equal(types.get('entity'), data.entities.length);
    const origins = new Set(data.citations.map((c) => c.origin.key)).size;
    assert.equal(types.get('origin') ?? 0, origins);
    assert.ok(graph.size > data.documents.length, 'mentions edges');
    graph.forEachEdge((_, a, source) => {
      assert.equal(graph.getNodeAttribute(source, 'type'), 'document');
      assert.ok(['mentions', 'cites'].includes(String(a.relation)));
    });
  });

  it('the TimelineJS file has dated events with escaped headline and text', () => {
    const tl = JSON.parse(read(out, 'timeline.json')) as {
      events: {
        start_date: { year: number; month?: number; day?: number };
        text: { headline: string; text: string };
      }[];
    };
    assert.ok(tl.events.length >= 5);
    for (const e of tl.events) {
      assert.ok(Number.isInteger(e.start_date.year) && e.start_date.year > 1900);
      if (e.start_date.month !== undefined) assert.ok(e.start_date.month >= 1 && e.start_date.month <= 12);
      if (e.start_date.day !== undefined) assert.ok(e.start_date.day >= 1 && e.start_date.day <= 31);
      assert.ok(e.text.headline.length > 0 && !e.text.headline.includes('<'));
    }
  });

  it('the followthemoney entities use published schema and property names, and their references resolve', () => {
    const lines = read(out, 'entities.ftm.jsonl').trim().split('\n');
    const entities = lines.map(
      (l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, unknown> },
    );
    const byId = new Map(entities.map((e) => [e.id, e]));
    assert.equal(byId.size, entities.length, 'ids are unique');
    const seen = new Set(entities.map((e) => e.schema));
    for (const s of ['Article', 'Person', 'Organization', 'Mention']) assert.ok(seen.has(s), `has ${s}`);
    for (const e of entities) {
      const allowed = ftmList.schemata[e.schema];
      assert.ok(allowed, `unknown schema ${e.schema}`);
      for (const [prop, values] of Object.entries(e.properties)) {
        assert.ok(allowed.includes(prop), `${e.schema} has no property ${prop}`);
        assert.ok(Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'string'));
        const range = ftmList.entityRanges[`${e.schema}.${prop}`];
        for (const ref of range ? (values as string[]) : []) {
          assert.ok(range?.includes(byId.get(ref)?.schema ?? ''), `${e.schema}.${prop} -> ${ref}`);
        }
      }
    }
    assert.equal(entities.filter((e) => e.schema === 'Article').length, data.documents.length);
  });
});
