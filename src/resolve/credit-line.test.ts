import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditLine } from './credit-line.js';

/** [sentence, a credit line?]: invented newsroom lines and news sentences that resemble them. */
const rows: readonly (readonly [string, boolean])[] = [
  ['Anna Berzina and Peter Holm contributed to this report.', true],
  ["Daily One's Mark Ostrowski contributed reporting to this story.", true],
  ['Additional reporting by Anna Berzina in Riga.', true],
  ['(Reporting by Anna Berzina; editing by Peter Holm)', true],
  ['___ Anna Berzina reported from Riga, Latvia.', true],
  ['Anna Berzina and Ilse Varga reported from Riga.', true],
  ['Anna Berzina reported from Riga that the port had reopened.', false],
  ['The Latvian Coast Guard reported from Riga a second collision at sea.', false],
  ['The ministry declined to comment on the report.', false],
  ['According to this report, the convoy crossed the river on Monday.', false],
  ['The governor said the convoy crossed the river.', false],
  ['(Agency Photo/Anna Berzina, File)', true],
  ['(Agency Photo/Anna Berzina, File) The port reopened on Monday.', false],
];

describe('credit lines (invented sentences)', () => {
  for (const [sentence, credit] of rows)
    it(`${credit ? 'credit' : 'news'}: ${sentence}`, () => assert.equal(creditLine(sentence), credit));
});
