import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../core/index.js';
import { mentionStage } from '../stages/mention.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const mentions = (text: string): readonly Mention[] =>
  mentionStage.run(text, sentenceStage.run(text, {}, {}), {}).mentions ?? [];

/** One test per row: [sentence, surface, expected kind]. */
const expectKinds = (table: readonly [string, string, Mention['kind']][]): void => {
  for (const [text, surface, kind] of table) {
    it(`${surface} is ${kind} in "${text}"`, () =>
      assert.equal(
        mentions(text).find((m) => m.text === surface)?.kind,
        kind,
        JSON.stringify(mentions(text)),
      ));
  }
};

describe('organisations', () => {
  // [sentence, surface, expected kind]
  const table: [string, string, Mention['kind']][] = [
    ['Aid was slow and the United Nations was not providing much.', 'United Nations', 'organisation'],
    ['The State Department took no action.', 'State Department', 'organisation'],
    ['Officers of the Security Council briefed them.', 'Security Council', 'organisation'],
    ['The Foreign Office summoned the envoy.', 'Foreign Office', 'organisation'],
    ['The Defence Ministry and the Interior Ministry issued statements.', 'Defence Ministry', 'organisation'],
    [
      'The Defence Ministry and the Interior Ministry issued statements.',
      'Interior Ministry',
      'organisation',
    ],
    [
      'The Centre for Strategic and International Studies said it was unlikely.',
      'Centre for Strategic and International Studies',
      'organisation',
    ],
    ['Aircraft from CJTF-OIR destroyed a bridge.', 'CJTF-OIR', 'organisation'],
    ['NAVCENT is responsible for the area.', 'NAVCENT', 'organisation'],
    ['Strikes hit an ISIL-held building.', 'ISIL', 'organisation'],
    ['They planned counter-ISIL operations.', 'ISIL', 'organisation'],
  ];
  expectKinds(table);

  it('keeps a role ending a run out of organisations: Foreign Office Minister, Secretary of State', () => {
    for (const text of [
      'Anna Kowal, Foreign Office Minister for the Baltic states, said she was pleased.',
      'Secretary of State John Kerry arrived.',
      'The shell company closed.',
    ]) {
      assert.deepEqual(
        mentions(text)
          .filter((m) => m.kind === 'organisation')
          .map((m) => m.text),
        [],
        text,
      );
    }
  });
});

describe('names read from their context', () => {
  // [sentence, surface, expected kind]
  const table: [string, string, Mention['kind']][] = [
    ['The bridge was built in 1961 by the Austrian company Kranwerk.', 'Kranwerk', 'organisation'],
    ['State-run news agency Belta reported explosions.', 'Belta', 'organisation'],
    ['Near Qasrin, a drone struck a supply depot.', 'Qasrin', 'place'],
    ['Shelters were built in the village of Korvany, east of the river.', 'Korvany', 'place'],
    ['She is a native of Pellston, Michigan.', 'Pellston', 'place'],
    ['Shelling was reported in Tallah, monitors said.', 'Tallah', 'place'],
    ['The visit by FCO Minister Anna Kowal focused on aid.', 'FCO', 'organisation'],
    ['Pentagon spokesman Navy Capt. Oliver Brandt said so.', 'Oliver Brandt', 'person'],
    ['The commander, Lt. Gen. Marcus T. Hale, spoke.', 'Marcus T. Hale', 'person'],
  ];
  expectKinds(table);

  it('a weak cue ("in") needs the name to close the phrase', () => {
    const cases: [string, string][] = [
      ['He voiced a role in Batman: The Animated Series.', 'Batman'],
      ["The show revived interest in Warhol's photographs.", 'Warhol'],
    ];
    for (const [text, surface] of cases) {
      assert.notEqual(mentions(text).find((m) => m.text === surface)?.kind, 'place', text);
    }
  });
});
