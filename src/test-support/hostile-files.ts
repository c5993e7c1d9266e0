import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** An invented article, the input that must land beside each hostile one. */
export const plainArticle =
  'Officials in the river town said on Monday that 40 trucks had crossed the bridge. ' +
  'The mayor told reporters the crossing would stay open through the winter.\n';

export const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'sitrep-hostile-'));

/** `<div>` nested `depth` deep around one paragraph. */
export const deepHtml = (depth: number): string =>
  `<html><body>${'<div>'.repeat(depth)}<p>A paragraph at the bottom.</p>${'</div>'.repeat(depth)}</body></html>`;

/** Writes `files` (name -> content) into a new folder and returns its path. */
export const writeFiles = (files: Record<string, string | Uint8Array>): string => {
  const dir = tempFolder();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

/** A gzipped JSONL file: one ordinary record, then one whose text is `chars` characters long. */
export const jsonlWithHugeRecord = (chars: number): Uint8Array =>
  gzipSync(
    `${JSON.stringify({ text: plainArticle })}\n${JSON.stringify({ text: 'a '.repeat(chars / 2) })}\n`,
  );

/**
 * A small file system of its own (tmpfs) mounted at a new folder, for a full or read-only disk; a
 * reason to skip when this process may not mount one (not root, or no mount in the container).
 */
export const smallDisk = (
  sizeKb: number,
): { readonly dir: string; readonly readOnly: () => void; readonly unmount: () => void } | string => {
  const dir = tempFolder();
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  if (mount.status !== 0) return 'cannot mount a small tmpfs here (needs root); skipped';
  return {
    dir,
    readOnly: () => spawnSync('mount', ['-o', 'remount,ro', dir]),
    unmount: () => spawnSync('umount', [dir]),
  };
};
