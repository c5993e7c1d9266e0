import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './core/index.js';

const inner = ['core', 'annotate', 'resolve', 'assess'];
const domain = [...inner, 'ingest', 'store', 'queue'];

/**
 * What each folder may import. The inner layers point one way (core <- annotate <- resolve <- assess);
 * ingest, store and queue are adapters over core; jobs/ is the one orchestration layer (load, reconcile,
 * assess, the briefing run, the shared query views); the edges (cli, server, report, web, bench,
 * eval) call inward and reach one another only through jobs/ and core/: `sitrep serve` starts the
 * server and the benches time the server and the briefing's steps through jobs/ (serve-job.ts,
 * brief-parts.ts); the benches run the built CLI through test-support.
 */
const allowed: Record<string, readonly string[]> = {
  core: ['core'],
  annotate: ['core', 'annotate'],
  resolve: ['core', 'annotate', 'resolve'],
  assess: ['core', 'annotate', 'resolve', 'assess'],
  ingest: ['core', 'ingest'],
  store: ['core', 'store'],
  queue: ['core', 'store', 'queue'],
  report: [...inner, 'report'],
  jobs: [...domain, 'report', 'server', 'jobs'],
  server: [...domain, 'jobs', 'server'],
  cli: [...domain, 'jobs', 'cli'],
  web: ['core', 'web'],
  bench: [...domain, 'jobs', 'test-support', 'bench'],
  eval: [...domain, 'jobs', 'eval'],
  'test-support': [...domain, 'jobs', 'report', 'test-support'],
};

const src = join(projectRoot, 'src');
const isTest = (name: string): boolean => /\.(test|e2e\.test)\.tsx?$/.test(name);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !isTest(name)) yield path;
  }
}

const topFolder = (path: string): string => relative(src, path).split(sep)[0] ?? '';

/** Every relative import of a file (static, dynamic and re-exports), as the folder it lands in. */
const importsOf = (file: string): { specifier: string; folder: string }[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
    specifier: m[1] ?? '',
    folder: topFolder(join(file, '..', m[1] ?? '')),
  }));

describe('architecture', () => {
  it('has a rule for every folder of src/', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    assert.deepEqual(
      folders.filter((f) => !allowed[f]),
      [],
    );
  });

  it('has no import from an inner folder to an outer one, nor between edges except through jobs/ and core/', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const from = topFolder(file);
      const rule = allowed[from];
      if (!rule) continue;
      for (const { specifier, folder } of importsOf(file))
        if (folder !== '' && !rule.includes(folder))
          violations.push(`${relative(src, file)} imports ${specifier} (${folder})`);
    }
    assert.deepEqual(violations, []);
  });

  it('reads no file in annotate, resolve or assess: their data comes through loadModel (core)', () => {
    const readers = [...sourceFiles(src)]
      .filter((file) => ['annotate', 'resolve', 'assess'].includes(topFolder(file)))
      .filter((file) => /from 'node:fs(?:\/promises)?'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    assert.deepEqual(readers, []);
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
