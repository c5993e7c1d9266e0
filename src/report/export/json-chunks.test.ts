import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compactChunks, jsonChunks, writeJsonFile } from './json-chunks.js';

const joined = (value: unknown): string => [...jsonChunks(value)].join('');

describe('JSON written in pieces', () => {
  it('is exactly what JSON.stringify(value, null, 2) gives, for awkward values', () => {
    const cases: unknown[] = [
      { a: [], b: {}, c: [{}], d: [[]], e: null, f: 'x\ny "q"', g: 1.5e-7 },
      { skip: undefined, fn: () => 1, list: [undefined, () => 2, 3], date: new Date(0) },
      { deep: { deeper: { deepest: [1, { x: [2, 3] }] } }, text: 'line\nbreak' },
      [{ documents: [{ id: 'a', text: 'one\ntwo', annotations: { mentions: [{ span: { start: 0 } }] } }] }],
      'plain',
      42,
      null,
    ];
    for (const value of cases) assert.equal(joined(value), JSON.stringify(value, null, 2));
  });

  it('matches JSON.stringify on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => joined(value) === JSON.stringify(value, null, 2)),
      { numRuns: 300 },
    );
  });

  it('in compact form parses back to the value, with no indentation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = [...compactChunks(value)].join('');
        return JSON.stringify(JSON.parse(text)) === JSON.stringify(value) && !/\n /.test(text);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a file a reader parses back, ending with a newline', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-json-')), 'out.json');
    const value = { documents: Array.from({ length: 2000 }, (_, i) => ({ id: i, text: 'x'.repeat(800) })) };
    writeJsonFile(path, value);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(JSON.parse(text), value);
  });
});
