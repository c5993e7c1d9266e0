import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/index.js';
import type { Brief } from '../report/brief-model.js';
import { artifactsDir } from './browser.js';
import { runCli } from './run-cli.js';

export const exampleDir = join(projectRoot, 'examples', 'belarus');
export const exampleQuestion = join(exampleDir, 'question.yaml');

/** Runs the built CLI's `sitrep brief` into a fresh folder under test-artifacts/ and returns it. */
export function runBrief(
  name: string,
  args: readonly string[],
): { out: string; stdout: string; stderr: string; code: number } {
  const out = artifactsDir(name);
  rmSync(out, { recursive: true, force: true });
  const r = runCli(['brief', ...args, '--out', out]);
  if (r.code !== 0) throw new Error(`sitrep brief failed (${r.code}): ${r.stderr}`);
  return { out, stdout: r.stdout, stderr: r.stderr, code: r.code };
}

/** The briefing as data, read back from the sitrep.json export. */
export async function readBrief(out: string): Promise<Brief> {
  const { readFileSync } = await import('node:fs');
  const json = JSON.parse(readFileSync(join(out, 'sitrep.json'), 'utf8')) as { brief: Brief };
  return json.brief;
}
