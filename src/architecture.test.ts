import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './core/index.js';

/** Dependencies point one way: core <- annotate <- resolve <- assess; the edges call inward. */
const allowed: Record<string, readonly string[]> = {
  core: ['core'],
  annotate: ['core', 'annotate'],
  resolve: ['core', 'annotate', 'resolve'],
  assess: ['core', 'annotate', 'resolve', 'assess'],
};

const src = join(projectRoot, 'src');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path;
  }
}

const topFolder = (path: string): string => relative(src, path).split(sep)[0] ?? '';

describe('architecture', () => {
  it('keeps inner folders free of imports from edges (store, ingest, cli, report, server, jobs)', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = topFolder(file);
      const rule = allowed[from];
      if (!rule) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = topFolder(join(file, '..', match[1] ?? ''));
        if (!rule.includes(target)) violations.push(`${relative(src, file)} imports ${match[1]} (${target})`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it('has no default exports and no file over 1,000 lines', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      if (/^export default /m.test(text)) problems.push(`${relative(src, file)}: default export`);
      if (text.split('\n').length > 1000) problems.push(`${relative(src, file)}: over 1,000 lines`);
    }
    assert.deepEqual(problems, []);
  });
});
