import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../core/index.js';
import { mentionStage } from '../stages/mention.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const mentions = (text: string): readonly Mention[] =>
  mentionStage.run(text, sentenceStage.run(text, {}, {}), {}).mentions ?? [];
const equipment = (text: string): string[] =>
  mentions(text)
    .filter((m) => m.kind === 'equipment')
    .map((m) => `${m.text}|${m.rule}`);

describe('equipment classes and ships', () => {
  // [sentence, the equipment mentions expected, as "surface|rule", in text order]
  const table: [string, string[]][] = [
    ['Columns of main battle tanks crossed at dawn.', ['main battle tanks|equipment:class']],
    ['Tanks rolled into the square.', ['Tanks|equipment:class']],
    [
      'Fighter jets and air defence systems were moved south.',
      ['Fighter jets|equipment:class', 'air defence systems|equipment:class'],
    ],
    [
      'Militants fired surface-to-air missiles at a helicopter.',
      ['surface-to-air missiles|equipment:class', 'helicopter|equipment:class'],
    ],
    ['The strikes destroyed two VBIEDs and an RPG.', ['VBIEDs|equipment:class', 'RPG|equipment:class']],
    // A class right after a named system restates it: only the name is kept.
    [
      'Satellite images showed T-72 tanks and Patriot missiles.',
      ['T-72|equipment:designation', 'Patriot|equipment:name'],
    ],
    // Ships by prefix and hull number, particles inside the name.
    [
      'The frigate joined USS Mahan (DDG 72) and FS Charles de Gaulle.',
      [
        'frigate|equipment:class',
        'USS Mahan|equipment:ship',
        'DDG 72|equipment:ship',
        'FS Charles de Gaulle|equipment:ship',
      ],
    ],
    // Not military: a think tank, fuel tanks, suicide bombers, jet fuel, a vehicle with no modifier, Sam.
    ['A think tank in Washington said so.', []],
    ['Fuel tanks at the depot leaked.', []],
    ['Two suicide bombers struck the market.', []],
    ['Jet fuel prices rose again.', []],
    ['The vehicle was parked outside the systems office.', []],
    ['Sam drove the armoured vehicles home.', ['armoured vehicles|equipment:class']],
    // A capital inside the modifiers belongs to a name: the Border Force's vessel is no class.
    ['The Border Force vessel picked them up.', []],
    ['Iraqi air force planes struck twice.', ['air force planes|equipment:class']],
  ];
  for (const [text, expected] of table) {
    it(text, () => assert.deepEqual(equipment(text), expected));
  }

  it('never reads a ship prefix as an organisation', () => {
    const text = 'HMS Ocean and USS Hopper sailed with FS Forbin.';
    assert.deepEqual(
      mentions(text).filter((m) => m.kind === 'organisation'),
      [],
    );
  });
});
