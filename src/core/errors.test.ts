import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { errorCodes, errorTable } from './errors.js';
import { projectRoot } from './shared-data.js';

it('docs/errors.md lists every error code with its HTTP status and exit code, and no other code', () => {
  const doc = readFileSync(join(projectRoot, 'docs', 'errors.md'), 'utf8');
  const documented = [...doc.matchAll(/^\| `(E_[A-Z_]+)` \| (\d+) \| (\d) \|/gm)].map((m) => [
    m[1],
    { http: Number(m[2]), exit: Number(m[3]) },
  ]);
  assert.deepEqual(Object.fromEntries(documented), errorTable);
  assert.equal(documented.length, errorCodes.length, 'a code is listed twice');
});
