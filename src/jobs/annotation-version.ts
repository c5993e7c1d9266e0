import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnyStage, pipeline } from '../annotate/index.js';
import { modelPath, once, projectRoot } from '../core/index.js';

export interface StageVersion {
  readonly stage: string;
  /** Its own code, the packages that code imports and the model files it loads. */
  readonly own: string;
  /** `own` and the versions of the stages that provide what it needs: changes when its input can. */
  readonly version: string;
}

const IMPORT = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;
const LOAD_MODEL = /loadModel\(\s*['"]([^'"]+)['"]/g;

const hashOf = (parts: readonly (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 12);
};

/** Compiled code imports `./x.js`; run from source (tests under tsx) the file is `./x.ts`. */
const sourceFile = (path: string): string | undefined => {
  if (existsSync(path)) return path;
  const ts = path.replace(/\.js$/, '.ts');
  return existsSync(ts) ? ts : undefined;
};

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
const packageName = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const packageVersion = (name: string): string => {
  try {
    const json = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'));
    return `${name}@${String(json.version)}`;
  } catch {
    return `${name}@?`;
  }
};

/**
 * What one module and everything it imports is made of: each file of the project it reaches (with
 * its path from the project root), each package it imports (name and version) and each model file
 * it loads by name (path and content).
 */
function closureOf(entry: string): (string | Buffer)[] {
  const files = new Set<string>();
  const packages = new Set<string>();
  const models = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, name] of code.matchAll(LOAD_MODEL)) if (name) models.add(name);
    for (const [, specifier] of code.matchAll(IMPORT)) {
      if (!specifier || specifier.startsWith('node:')) continue;
      if (!specifier.startsWith('.')) packages.add(packageName(specifier));
      else {
        const target = sourceFile(resolve(dirname(file), specifier));
        if (target) queue.push(target);
      }
    }
  }
  return [
    ...[...files].sort().flatMap((f) => [f.slice(projectRoot.length), readFileSync(f)]),
    ...[...packages].sort().map(packageVersion),
    ...[...models].sort().flatMap((name) => [name, readFileSync(modelPath(name))]),
  ];
}

/**
 * Each stage's version, in pipeline order: a change to a stage's code (including what it imports
 * from core), to a model file it loads or to a package it wraps changes its version and the
 * versions of the stages that read its layers, and no other.
 */
export function stageVersions(stages: readonly AnyStage[] = pipeline): StageVersion[] {
  const byLayer = new Map<string, string>();
  return stages.map((stage) => {
    const own = hashOf(closureOf(fileURLToPath(stage.module)));
    const inputs = stage.needs.map((need) => byLayer.get(need) ?? '');
    const version = hashOf([own, ...inputs]);
    for (const layer of stage.provides) byLayer.set(layer, version);
    return { stage: stage.name, own, version };
  });
}

/**
 * The version of the whole annotation: stored annotations of another version are stale, and
 * `sitrep annotate` redoes them. Computed once per process.
 */
export const annotationVersion = once((): string => hashOf(stageVersions().map((s) => s.version)));

/**
 * The version of one module's code and everything it reaches (project files, packages, model files):
 * what a result computed by that code is stale without. Computed on each call; callers keep it.
 */
export const moduleVersion = (moduleUrl: string): string => hashOf(closureOf(fileURLToPath(moduleUrl)));
