import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../core/index.js';

function* files(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|ts|json)$/.test(name) && !name.includes('.test.') && !name.startsWith('assess-'))
      yield path;
  }
}

let cached: string | undefined;

/**
 * A fingerprint of the annotation rules: the code of annotate/ and the data files of model/ (less
 * assess's own, `assess-*.json`, which annotate never reads: changing them needs no re-annotation).
 * Stored annotations of another version are stale and `sitrep annotate` redoes them.
 */
export function annotationVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const annotateDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'annotate');
  for (const path of [...files(annotateDir), ...files(join(projectRoot, 'model'))]) {
    hash.update(path.slice(projectRoot.length)).update(readFileSync(path));
  }
  cached = hash.digest('hex').slice(0, 12);
  return cached;
}
