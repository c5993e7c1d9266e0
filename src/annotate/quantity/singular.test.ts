import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { singular } from './singular.js';

describe('singular', () => {
  const table: [string, string][] = [
    ['countries', 'country'],
    ['bosses', 'boss'],
    ['churches', 'church'],
    ['servicemen', 'serviceman'],
    ['people', 'people'],
    ['Calories', 'calorie'],
    ['CDs', 'CD'],
    ['ATMs', 'ATM'],
    // Negatives: already singular, too short to tell, an acronym ending in S.
    ['virus', 'virus'],
    ['gas', 'gas'],
    ['cds', 'cds'],
    ['GPS', 'GPS'],
  ];
  for (const [plural, expected] of table) it(plural, () => assert.equal(singular(plural), expected));
});
