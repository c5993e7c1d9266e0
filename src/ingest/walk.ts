import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { META_SUFFIX, SOURCES_FILE } from './metadata/sidecar.js';

/**
 * Names a folder walk passes over: hidden files and folders, dependencies, sidecars (read beside
 * their files), and configuration such as a watch-question file kept with its articles. A file
 * named explicitly on the command line is still read.
 */
const CONFIG = /\.(ya?ml|toml|ini|lock)$/i;
export const skippedInFolder = (name: string): boolean =>
  name.startsWith('.') ||
  name === 'node_modules' ||
  name === SOURCES_FILE ||
  name.endsWith(META_SUFFIX) ||
  CONFIG.test(name);

/** A file found, or a folder that could not be listed (with the system's error code). */
export type WalkEntry = { readonly file: string } | { readonly folder: string; readonly error: string };

/**
 * Every file under `dir`, depth first, in name order; symbolic links to folders are not followed.
 * A folder that cannot be listed is reported in its place, and the walk goes on beside it.
 */
export async function* walkFiles(dir: string): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    yield { folder: dir, error: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    return;
  }
  for (const entry of entries) {
    if (skippedInFolder(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else if (entry.isFile() || entry.isSymbolicLink()) yield { file: path };
  }
}
