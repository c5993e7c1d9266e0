import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mentionStage } from '../stages/mention.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const run = (text: string) => mentionStage.run(text, sentenceStage.run(text, {}, {}), {}).mentions ?? [];

// Pieces that stress the parsers: names, joiners, hyphens, acronyms, designations, quotes, capitals.
const piece = fc.constantFrom(
  'Lukashenka',
  'Aliaksandr',
  'of the',
  'Institute',
  '(ISW)',
  '-',
  'T-',
  'Su-25',
  '’s',
  'al-',
  'MINSK',
  '“',
  '”',
  '\n',
  'Ministry',
  'and',
  'Belarusian-',
  '1st',
  'Guards',
  'Army',
);

describe('mention stage on hostile text', () => {
  it('never throws and keeps every span faithful', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')),
        ),
        (text) => {
          for (const m of run(text)) {
            assert.equal(text.slice(m.span.start, m.span.end), m.text);
            assert.ok(m.entity.length > 0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  // Growth with input size is measured by `npm run bench -- --only growth`, not timed here.
  it('reads long runs of capitalised words and digits, every span inside the text', () => {
    const text = 'Aliaksandr Lukashenka Institute of the Study Of War Minsk Belarusian-Russian T-72 '.repeat(
      3000,
    );
    for (const m of run(text)) assert.equal(text.slice(m.span.start, m.span.end), m.text);
    assert.doesNotThrow(() => run('9'.repeat(100_000)));
  });
});
