import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Layers } from '../stage.js';
import { runOwnStages } from './test-layers.js';

function assertSpans(text: string, layers: Layers): void {
  for (const a of layers.attributions ?? []) {
    assert.equal(text.slice(a.span.start, a.span.end), a.text);
    assert.ok(a.content.start <= a.content.end && a.content.end <= text.length);
  }
  for (const c of layers.certainty ?? []) assert.equal(text.slice(c.span.start, c.span.end), c.text);
  for (const c of layers.claims ?? []) assert.equal(text.slice(c.span.start, c.span.end), c.text);
}

const pieces = [
  '“',
  '”',
  '"',
  '«',
  '»',
  ' said ',
  ' according to ',
  ', he said',
  ' may ',
  ' not likely ',
  '. ',
  '\n',
  'X',
  ': ',
];

describe('attribution, certainty and claim stages on hostile text', () => {
  it('never throw on random Unicode and keep spans honest', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        assertSpans(text, runOwnStages(text));
      }),
      { numRuns: 150 },
    );
  });

  it('never throw on deeply nested and unbalanced quotes mixed with cues', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        assertSpans(text, runOwnStages(text));
      }),
      { numRuns: 100 },
    );
  });

  it('reads a 1 MB line with cues and quotes everywhere', () => {
    const unit =
      'Officials said “the army may move,” according to a source, who noted that it is not likely; ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const layers = runOwnStages(text);
    assert.ok((layers.attributions ?? []).length > 10_000);
  });
});
