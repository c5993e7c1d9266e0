import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../../core/index.js';
import { emptyReconciliation } from '../index.js';
import { entityMatcher } from './entity-names.js';
import { namesIn } from './scope.js';

const place = (name: string): Mention =>
  ({
    kind: 'place',
    name,
    text: name,
    entity: name,
    rule: 'test',
    span: { start: 0, end: name.length },
  }) as Mention;

describe('the names of a scope', () => {
  it('takes the names of a question and no month or weekday', () => {
    assert.deepEqual(namesIn('Will Freedonia sign the treaty with Sylvania before 30 September?'), [
      'Freedonia',
      'Sylvania',
    ]);
  });

  it('matches a place in another spelling the gazetteer holds', () => {
    const kyiv = entityMatcher('Kyiv', emptyReconciliation);
    assert.equal(kyiv(place('Kiev')), true);
    assert.equal(kyiv(place('Kharkiv')), false);
  });
});
