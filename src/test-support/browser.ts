import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/index.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Where browser tests keep their screenshots and briefs (gitignored). */
export const artifactsDir = (...parts: string[]): string => {
  const dir = join(projectRoot, 'test-artifacts', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/**
 * For node:test's `skip`: a reason when Debian's chromium is absent, false when present. Under CI
 * (SITREP_REQUIRE_SHARED=1, where `.ci/run` installs it) a missing browser throws instead.
 */
export const skipWithoutChromium = (): string | false => {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.SITREP_REQUIRE_SHARED === '1') throw new Error(`${CHROMIUM} is required in CI`);
  return `needs ${CHROMIUM} (apt-get install chromium); skipped`;
};

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
