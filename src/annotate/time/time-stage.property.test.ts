import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { timeStage } from '../stages/time.stage.js';

const run = (text: string, referenceDate?: string) =>
  timeStage.run(text, {}, referenceDate ? { referenceDate } : {}).times ?? [];

const assertValid = (text: string, referenceDate?: string): void => {
  for (const t of run(text, referenceDate)) {
    assert.ok(t.span.start >= 0 && t.span.start < t.span.end && t.span.end <= text.length);
    assert.equal(text.slice(t.span.start, t.span.end), t.text);
    assert.match(
      t.value,
      /^(?:\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d|-Q[1-4])?)?(?:\/(?:\d{4}(?:-\d\d(?:-\d\d)?)?)?)?$|^PT?(?:\d+(?:\.\d+)?|X)[SMHDWQY]$|^(?:PRESENT|PAST|FUTURE)_REF$|^\d{3}$|^\d{4}-(?:SP|SU|FA|WI)$|^\d{4}-W\d\d-WE$/,
    );
  }
};

const dateWords = fc.constantFrom(
  'on Saturday',
  'in October',
  'since February 24',
  'early 2023',
  'by the end of the year',
  ' may ',
  '2022 / 12 / 07',
  'from March to May',
  '1999-2000',
  'last week',
  ', ',
  '. ',
  '\n',
  'T-72',
  '«',
  '—',
);
const reference = fc.option(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

describe('time stage on hostile text', () => {
  it('never throws and keeps spans valid on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), reference, (s, r) => assertValid(s, r)),
      {
        numRuns: 150,
      },
    );
  });

  it('never throws on date-like fragments glued together', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(dateWords, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        reference,
        (parts, r) => assertValid(parts.join(''), r),
      ),
      { numRuns: 150 },
    );
  });

  it('handles a long line, a long run of digits and a bad reference', () => {
    const long = 'Since June the front moved on Saturday and in October 2021. '.repeat(4000);
    assertValid(long, '2022-12-05');
    assertValid('7'.repeat(100_000), '2022-12-05');
    assert.deepEqual(run('on Saturday', 'not-a-date'), []);
  });
});
