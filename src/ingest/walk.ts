import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { META_SUFFIX, SOURCES_FILE } from './metadata/sidecar.js';

/** Names a folder walk passes over: hidden files and folders, dependencies, and sidecars (read beside their files). */
export const skippedInFolder = (name: string): boolean =>
  name.startsWith('.') || name === 'node_modules' || name === SOURCES_FILE || name.endsWith(META_SUFFIX);

/** Every file under `dir`, depth first, in name order; symbolic links to folders are not followed. */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    if (skippedInFolder(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else if (entry.isFile() || entry.isSymbolicLink()) yield path;
  }
}
