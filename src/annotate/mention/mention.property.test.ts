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

  it('stays linear on long runs of capitalised words and digits', () => {
    const unit = 'Aliaksandr Lukashenka Institute of the Study Of War Minsk Belarusian-Russian T-72 ';
    const layers1 = sentenceStage.run(unit.repeat(300), {}, {});
    const layers10 = sentenceStage.run(unit.repeat(3000), {}, {});
    const time = (text: string, layers: typeof layers1): number => {
      const t0 = performance.now();
      mentionStage.run(text, layers, {});
      return performance.now() - t0;
    };
    time(unit.repeat(300), layers1);
    const small = time(unit.repeat(300), layers1);
    const large = time(unit.repeat(3000), layers10);
    assert.ok(large < Math.max(small, 5) * 30, `1x ${small.toFixed(1)} ms, 10x ${large.toFixed(1)} ms`);
    assert.doesNotThrow(() => run('9'.repeat(100_000)));
  });
});
