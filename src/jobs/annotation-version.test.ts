import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { AnyStage } from '../annotate/index.js';
import { annotationVersion, stageVersions } from './annotation-version.js';

/** A stage whose code is `<name>.js` in `dir`; it is never run, only hashed. */
const stageIn = (dir: string, name: string, needs: AnyStage['needs'], provides: AnyStage['provides']) => ({
  name,
  module: pathToFileURL(join(dir, `${name}.js`)).href,
  needs,
  provides,
  run: () => ({}),
});

describe('stageVersions', () => {
  it('gives every stage of the pipeline its own version, and the whole annotation one', () => {
    const versions = stageVersions();
    assert.equal(new Set(versions.map((v) => v.own)).size, versions.length);
    assert.match(annotationVersion(), /^[0-9a-f]{12}$/);
  });

  it('changes the version of a stage whose imported code changed, and of the stages reading its layers only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-version-'));
    try {
      writeFileSync(join(dir, 'rules.js'), 'export const rule = 1;\n');
      writeFileSync(
        join(dir, 'first.js'),
        "import { rule } from './rules.js';\nexport const first = rule;\n",
      );
      writeFileSync(join(dir, 'second.js'), 'export const second = 2;\n');
      writeFileSync(join(dir, 'third.js'), 'export const third = 3;\n');
      const stages = [
        stageIn(dir, 'first', [], ['sentences']),
        stageIn(dir, 'second', [], ['tokens']),
        stageIn(dir, 'third', ['sentences'], ['mentions']),
      ];
      const before = stageVersions(stages);
      writeFileSync(join(dir, 'rules.js'), 'export const rule = 2;\n');
      const after = stageVersions(stages);
      const changed = after.filter((v, i) => v.version !== before[i]?.version).map((v) => v.stage);
      assert.deepEqual(changed, ['first', 'third']);
      assert.equal(after[2]?.own, before[2]?.own, 'the third stage’s own code is unchanged');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
