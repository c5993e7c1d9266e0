import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { z } from 'zod';
import { SitrepError } from './errors.js';
import { projectRoot } from './shared-data.js';

/** Each file's JSON, and what each schema made of it (two readers may take different parts of one file). */
const loaded = new Map<string, { readonly json: unknown; readonly parsed: Map<z.ZodType, unknown> }>();

/** The path of a data file: `model/<name>.json`, or a package's file (`world-countries/countries.json`). */
export const modelPath = (name: string): string =>
  name.includes('/')
    ? createRequire(import.meta.url).resolve(name)
    : join(projectRoot, 'model', `${name}.json`);

/**
 * One data file (word lists, gazetteers, cue phrases), read and checked against its schema on
 * first use and kept for the life of the process. The only place annotate, resolve and assess read
 * their data: nothing is read at import, and a broken file is named with its first problem.
 */
export function loadModel<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const file = loaded.get(name) ?? { json: readJson(name), parsed: new Map() };
  loaded.set(name, file);
  if (file.parsed.has(schema)) return file.parsed.get(schema) as z.output<S>;
  const path = modelPath(name);
  const parsed = schema.safeParse(file.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'top level';
    throw new SitrepError('E_CONFIG', `model file ${path}: at ${where}, ${issue?.message ?? 'invalid'}`);
  }
  file.parsed.set(schema, parsed.data);
  return parsed.data;
}

function readJson(name: string): unknown {
  const path = modelPath(name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SitrepError('E_CONFIG', `model file ${path} is unreadable: ${(e as Error).message}`);
  }
}

/** The data files read so far in this process (a test checks that importing reads none). */
export const loadedModels = (): readonly string[] => [...loaded.keys()];
