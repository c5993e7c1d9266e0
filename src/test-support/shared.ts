import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared, sharedPath } from '../core/index.js';

/**
 * For node:test's `skip` option: a reason string when `../shared/<parts>` is absent (a user's own
 * clone), false when present. Under CI (SITREP_REQUIRE_SHARED=1) a missing folder throws instead,
 * so a skip can never hide a failure there.
 */
export const skipWithoutShared = (...parts: string[]): string | false => {
  if (hasShared(...parts)) return false;
  if (process.env.SITREP_REQUIRE_SHARED === '1') throw new Error(`${sharedPath(...parts)} is required in CI`);
  return `needs ${sharedPath(...parts)} (test data outside the repo); skipped`;
};

export const belarusCorpus = (...parts: string[]): string =>
  sharedPath('corpus', 'belarus-2022-12', ...parts);

/** The Belarus corpus's articles as one text, a blank line between them. */
export const belarusText = (): string => {
  const dir = belarusCorpus();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
};
