import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { projectRoot } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { openApiDocument } from './openapi.js';
import { readServedQuestions } from './questions.js';
import { type TestServer, testServer } from './test-server.js';

type Operation = {
  operationId?: string;
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
};
const operations = Object.entries(openApiDocument.paths).flatMap(([path, ops]) =>
  Object.entries(ops as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
);

describe('OpenAPI document', () => {
  it('gives every operation an operationId and every JSON response a schema with properties', () => {
    const ids = operations.map((o) => o.op.operationId);
    assert.equal(new Set(ids).size, operations.length);
    const schemas = openApiDocument.components.schemas as Record<string, { properties?: object }>;
    for (const { path, method, op } of operations) {
      assert.ok(op.operationId, `${method} ${path} has no operationId`);
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content?.['application/json']?.schema as { $ref?: string } | undefined;
        if (!schema?.$ref) continue;
        const named = schemas[schema.$ref.replace('#/components/schemas/', '')];
        assert.ok(named?.properties, `${method} ${path} ${status}: ${schema.$ref} has no properties`);
      }
    }
  });

  const redocly = join(projectRoot, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  it('passes Redocly lint (recommended rules) with no error', { skip: !existsSync(redocly) }, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sitrep-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument));
    const run = spawnSync(process.execPath, [redocly, 'lint', file, '--extends', 'recommended'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  });
});

describe('OpenAPI document against real responses', () => {
  const example = join(projectRoot, 'examples', 'belarus');
  let s: TestServer;
  before(async () => {
    s = await testServer({ questions: readServedQuestions([join(example, 'question.yaml')]) });
    const articles = readdirSync(example)
      .filter((f) => /\.(md|txt|html)$/.test(f))
      .map((f) => join(example, f));
    await ingestInputs(s.store, articles);
  });
  after(() => s.close());

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'spec', components: openApiDocument.components });
  const check = (method: string, path: string, status: number, body: unknown) => {
    const op = operations.find((o) => o.method === method && o.path === path)?.op;
    const schema = op?.responses[String(status)]?.content?.['application/json']?.schema as { $ref: string };
    assert.ok(schema, `${method} ${path} documents no JSON for ${status}`);
    const validate = ajv.getSchema(`spec${schema.$ref}`);
    assert.ok(validate, `no schema ${schema.$ref}`);
    assert.ok(validate(body), `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
  };
  const call = async (method: string, path: string, concrete = path, body?: unknown) => {
    const res = await fetch(s.url + concrete, {
      method: method.toUpperCase(),
      headers: { 'content-type': 'application/json', ...s.auth },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await res.json();
    check(method, path, res.status, json);
    return json;
  };

  it('fits every JSON response the API gives on the Belarus example', async () => {
    const docs = (await (await fetch(`${s.url}/api/documents`, { headers: s.auth })).json()) as {
      documents: { id: string }[];
    };
    const id = docs.documents[0]?.id ?? '';
    for (const path of ['/api/documents', '/api/entities', '/api/claims', '/api/conflicts', '/api/citations'])
      await call('get', path);
    await call('get', '/api/documents/{id}', `/api/documents/${id}`);
    await call('get', '/api/documents/{id}/annotations', `/api/documents/${id}/annotations`);
    await call('get', '/api/documents/{id}', '/api/documents/00000000');
    await call('get', '/api/questions');
    await call('get', '/api/questions/{id}', '/api/questions/question');
    await call('post', '/api/documents', '/api/documents', { text: 'Nine trucks crossed the bridge.' });
    await call('post', '/api/documents', '/api/documents', { text: 'Nine trucks crossed the bridge.' });
    await call('post', '/api/documents', '/api/documents', { title: 'no text' });
    const made = await call('post', '/api/decisions', '/api/decisions', {
      kind: 'merge',
      target: 'a',
      after: 'b',
    });
    await call('get', '/api/decisions');
    await call('post', '/api/decisions/{id}/undo', `/api/decisions/${(made as { id: number }).id}/undo`);
  });
});
