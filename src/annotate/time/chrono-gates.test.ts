import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as chrono from 'chrono-node';
import { projectRoot } from '../../core/index.js';
import { chronoFor, chronoGates } from './chrono-gates.js';

const chronoVersion = (
  JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'chrono-node', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Invented news sentences, each with something some parser reads and words that others' gates hold. */
const sentences = [
  'The talks resumed on Tuesday, three weeks after the last round.',
  'By 5 p.m. on 12 March 2022 the convoy had moved 40 km.',
  'Officials said last night that the bridge reopened two days ago.',
  'The ministry published its figures for the year ended March 31 and the month before.',
  'Prices rose 3.5% in the past six months, the bank said on 2022-11-30.',
  'A spokesman said the next meeting is set for 14/12/2022 at noon.',
  'The offensive could begin within weeks, or this weekend, analysts said.',
  'Supplies ran out later that morning; a week later the line moved 2 km.',
  'The plant was shelled again, the operator said, without naming a date.',
  'Nothing was said about it at the time.',
  'Fighting resumed on Mar. 5 and again on the 12th of Sept, 2022, near the border.',
  'The mayor said the separatists decided a month ago to buy satellite phones.',
  'Talks are set for Thursday the first, or Friday next week.',
];

describe('chronoFor: chrono-node with only the parsers that can match', () => {
  it('gates the parsers of the chrono-node version the gates were read from, by their names', () => {
    assert.equal(chronoVersion, '2.10.3', 're-read each parser pattern of the new version into chronoGates');
    const names = chrono.en.casual.parsers.map((p) => p.constructor.name);
    assert.deepEqual(
      names.filter((n) => !(n in chronoGates)),
      ['ENTimeUnitWithinFormatParser'],
    );
    assert.deepEqual(
      Object.keys(chronoGates).filter((n) => !names.includes(n)),
      [],
    );
  });

  it('finds what the full parser finds, with fewer parsers where a sentence holds no gate', () => {
    const reference = { instant: new Date('2022-12-07T12:00:00Z'), timezone: 'UTC' };
    const found = (c: chrono.Chrono, s: string) =>
      c
        .parse(s, reference, { forwardDate: false })
        .map((r) => [r.index, r.text, r.start.date().toISOString()]);
    let fewer = 0;
    for (const s of sentences) {
      const gated = chronoFor(s);
      if (gated.parsers.length < chrono.en.casual.parsers.length) fewer++;
      assert.deepEqual(found(gated, s), found(chrono.en.casual, s), s);
    }
    assert.ok(fewer >= sentences.length / 2, `${fewer} sentences with parsers left out`);
  });

  it('leaves the month and weekday parsers out where a word only opens like a month or a weekday', () => {
    const names = chronoFor(
      'The mayor of Mariupol said separatists decided a month ago to buy satellite phones from friends in Africa.',
    ).parsers.map((p) => p.constructor.name);
    assert.deepEqual(
      names.filter((n) => /Month|Weekday/.test(n) && n !== 'ENEndOfCurrentMonthParser'),
      [],
    );
  });
});
