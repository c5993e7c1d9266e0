import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agentlessAt, speakerColon } from './structure-cues.js';
import { readStanceText } from './text.js';

const tokens = (text: string) => readStanceText(text).tokens;
const agentlessWord = (text: string, word: string): boolean => {
  const ts = tokens(text);
  return agentlessAt(
    ts,
    ts.findIndex((t) => t.word === word),
  );
};

describe('structure cues (invented sentences)', () => {
  it('reads a report with no one saying it as agentless', () => {
    assert.ok(agentlessWord('The envoy is believed to have left the capital.', 'believed'));
    assert.ok(agentlessWord('Two crew members were reported missing after the storm.', 'reported'));
    assert.ok(!agentlessWord('The envoy said the talks would resume in May.', 'said'));
  });
  it('finds a short verbless speaker before or after a colon', () => {
    assert.ok(speakerColon(tokens('Coast guard: ferry ran aground near the harbour')));
    assert.ok(speakerColon(tokens('Ferry ran aground near the harbour: coast guard')));
    assert.ok(!speakerColon(tokens('What we know so far: ferry ran aground near the harbour')));
    assert.ok(!speakerColon(tokens('The ferry ran aground near the harbour')));
  });
});
