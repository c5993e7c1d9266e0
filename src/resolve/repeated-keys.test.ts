import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RepeatedKeys } from './repeated-keys.js';

test('a key added twice may repeat; few keys added once read as repeated', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `mh${i % 6}:${i * 7919}.${i * 104729}`);
  const repeated = new RepeatedKeys(keys.length + 10);
  for (const k of keys) repeated.add(k);
  for (const k of ['act:e1:send', 'entity:e2', 'act:e1:send']) repeated.add(k);
  assert.equal(repeated.mayRepeat('act:e1:send'), true);
  const once = keys.filter((k) => repeated.mayRepeat(k)).length;
  // Eight slots a key: about one key in nine shares its slot with another.
  assert.ok(once < keys.length / 5, `${once} of ${keys.length} keys seen once read as repeated`);
  assert.equal(repeated.mayRepeat('never added'), false);
});
