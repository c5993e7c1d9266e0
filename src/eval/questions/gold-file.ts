import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sharedPath } from '../../core/index.js';

/** The gold files' ICD 203 bands, lowest first (the gold writes "roughly even chance" in full). */
export const goldBands = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const;
const band = z.enum(goldBands);
export type GoldBand = z.infer<typeof band>;
export const goldStatuses = ['observed', 'reported-absent', 'no-evidence'] as const;
export type GoldStatus = (typeof goldStatuses)[number];

const goldDocument = z.object({
  key: z.string(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  view: z.object({ band, quote: z.string(), holder: z.string().nullish() }).nullable(),
  evidence: z.array(
    z.object({ indicator: z.string(), quote: z.string(), polarity: z.enum(['for', 'against']) }),
  ),
});
const goldFile = z.object({
  question: z.string().default('question.yaml'),
  documents: z.array(goldDocument),
  status: z.record(z.string(), z.enum(goldStatuses)),
});
export type QuestionGold = z.infer<typeof goldFile>;
export type QuestionGoldDocument = z.infer<typeof goldDocument>;

export interface GoldFolder {
  readonly name: string;
  readonly dir: string;
  readonly questionPath: string;
  readonly gold: QuestionGold;
  /** Files to ingest: the folder's articles.jsonl, else the corpus files its keys name. */
  readonly inputs: readonly string[];
}

/** The folders under `dir` that hold a gold.json (or `dir` itself when it does). */
export function goldFolders(dir: string): string[] {
  if (existsSync(join(dir, 'gold.json'))) return [dir];
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'gold.json')));
}

/** Reads one gold folder; a string says why it cannot be scored. */
export function readGoldFolder(dir: string): GoldFolder | string {
  const parsed = goldFile.safeParse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
  if (!parsed.success) return `gold.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  const gold = parsed.data;
  const name = dir.split('/').filter(Boolean).pop() ?? dir;
  const questionPath = join(dir, gold.question);
  if (!existsSync(questionPath)) return `${gold.question} is missing`;
  const jsonl = join(dir, 'articles.jsonl');
  if (existsSync(jsonl)) return { name, dir, questionPath, gold, inputs: [jsonl] };
  const inputs: string[] = [];
  for (const doc of gold.documents) {
    const found = corpusFile(doc.key);
    if (!found) return `no articles.jsonl, and ${doc.key} is in no ${sharedPath('corpus')} folder`;
    inputs.push(found);
  }
  return { name, dir, questionPath, gold, inputs };
}

/** A file named `key` in one of the shared corpus folders (the Belarus seeds are keyed so). */
function corpusFile(key: string): string | undefined {
  const root = sharedPath('corpus');
  if (key.includes('/') || !existsSync(root)) return undefined;
  for (const corpus of readdirSync(root).sort()) {
    const path = join(root, corpus, key);
    if (existsSync(path)) return path;
  }
  return undefined;
}
