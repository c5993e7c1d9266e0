import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../index.js';

/** "cue | content" of each attribution of an invented text. */
const reports = (text: string): string[] =>
  annotate(text).attributions.map((a) => `${a.cue.text} | ${text.slice(a.content.start, a.content.end)}`);

describe('what a cue reports is a statement (invented sentences)', () => {
  it('takes no infinitive after a verb of deciding or seeking as a report', () => {
    assert.deepEqual(reports('The mayor decided to close the schools on Monday.'), []);
    assert.deepEqual(reports('The army sought to calm fears in the valley.'), []);
  });

  it('keeps an infinitive after a verb of communication ("vowed to")', () => {
    assert.deepEqual(reports('The minister vowed to rebuild the bridge.'), ['vowed | to rebuild the bridge']);
  });

  it('keeps the clause around a quote the clause has begun, or a verbless quote inside it', () => {
    assert.deepEqual(reports('Officials said the rangers had "finished their patrol" and would rest.'), [
      'said | the rangers had "finished their patrol" and would rest',
    ]);
    assert.deepEqual(
      reports('General Petrov reported the opening of “more than 20 schools” in the northern district.'),
      ['reported | the opening of “more than 20 schools” in the northern district'],
    );
  });

  it('still takes a quote that follows its cue, or a verbless one that closes the sentence', () => {
    assert.deepEqual(reports('He told reporters “we will win” after the meeting.'), ['told | we will win']);
    assert.deepEqual(reports('She called the plan “a disaster”.'), ['called | a disaster']);
  });
});
