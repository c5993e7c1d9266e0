import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { annotate } from './index.js';

/** Pieces that have made annotators slow or wrong: each is repeated a random number of times. */
const piece = fc.constantFrom(
  'a',
  '1.',
  '9',
  ',',
  '"',
  '“',
  '’s ',
  'said that ',
  'according to ',
  'He said "',
  'might possibly ',
  '12 March 2022, ',
  'between 3 and 4 ',
  'Минск ',
  'Київ ',
  '北京 ',
  'Lieutenant General ',
  'Ministry of Defence of ',
  '\n',
  ' ',
);
const hostileText = fc
  .array(fc.tuple(piece, fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([p, n]) => p.repeat(n)).join(' '));

it('annotates generated hostile text without throwing, every span inside the text', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const annotations = annotate(text, { referenceDate: '2022-12-07' });
      for (const [layer, items] of Object.entries(annotations))
        for (const item of items as { span?: { start: number; end: number } }[]) {
          const span = item.span;
          if (span === undefined) continue;
          assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${layer} span`);
        }
    }),
    { numRuns: 40, seed: 15 },
  );
});
