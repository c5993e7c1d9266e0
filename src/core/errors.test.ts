import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { errorCodes } from './errors.js';
import { projectRoot } from './shared-data.js';

it('documents every error code in docs/errors.md, and no code that does not exist', () => {
  const doc = readFileSync(join(projectRoot, 'docs', 'errors.md'), 'utf8');
  const documented = [...doc.matchAll(/^\| `(E_[A-Z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual([...documented].sort(), [...errorCodes].sort());
});
