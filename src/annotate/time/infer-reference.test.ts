import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferReference } from './infer-reference.js';

describe('inferReference', () => {
  const cases: readonly [text: string, expected: string | undefined][] = [
    ['The pact of 4 May 2021 was renewed on June 9, 2022, weeks after 2 March 2022.', '2022-06-09'],
    ['Posted 2023 / 01 / 15. Talks began in October.', '2023-01-15'],
    ['It began in October and may end by 2025.', undefined],
    ['Yesterday and on Saturday, nothing else.', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ?? 'nothing'} from "${text}"`, () => assert.equal(inferReference(text), expected));
  }
});
