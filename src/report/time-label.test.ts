import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { timeLabel } from './time-label.js';
import { datesNothing } from './time-of.js';

const times = (text: string) => {
  const a = annotate(text, { referenceDate: '2022-10-17' });
  return a.times.map((t) => ({ t, label: timeLabel(t).label, dates: !datesNothing(text, t.span) }));
};

describe('time labels in a brief', () => {
  it('names a part of a year by its part, not as a run of months', () => {
    const [end] = times('The talks should conclude at the end of the year.');
    assert.equal(end?.label, 'late 2022');
    const [early] = times('The plant is to reopen in early 2023.');
    assert.equal(early?.label, 'early 2023');
  });

  it('does not date an event by a bound it is placed against', () => {
    const text =
      'Officials called a deal unlikely before the end of the year, and the port reopened after the storm on Monday.';
    const found = times(text).map((x) => [text.slice(x.t.span.start, x.t.span.end), x.dates]);
    assert.deepEqual(found.find(([s]) => String(s).includes('end of the year'))?.[1], false);
    assert.ok(
      found.some(([s, dates]) => String(s).includes('Monday') && dates),
      JSON.stringify(found),
    );
  });

  it('does not date an event by the date of the event a "since" phrase starts from', () => {
    const text =
      'Since the invasion on 24 February, ministers have called for a faster path, and they met on 3 March.';
    const found = times(text).map((x) => [text.slice(x.t.span.start, x.t.span.end), x.dates]);
    assert.deepEqual(
      found.map(([s, dates]) => `${s}:${dates}`),
      ['24 February:false', '3 March:true'],
    );
  });
});
