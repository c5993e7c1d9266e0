import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { asDocumentId, formatDiagnostic } from '../core/index.js';
import { annotateDocuments } from '../jobs/annotate-job.js';
import { type IngestSummary, ingestInputs } from '../jobs/ingest-job.js';
import type { Store } from '../store/index.js';
import type { EventHub } from './events.js';

/** The JSON body of `POST /api/documents`. */
export const ArticleBody = z.object({
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL')
    .optional(),
});
export type ArticleBody = z.infer<typeof ArticleBody>;

export interface IngestOutcome {
  readonly added: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: number;
  readonly diagnostics: string[];
}

/** An uploaded file's name reduced to a safe base name that keeps its extension (the reader hint). */
const safeName = (name: string, i: number): string =>
  `${i}-${
    basename(name)
      .replace(/[^\w.-]/g, '_')
      .slice(-80) || 'upload'
  }`;

async function run(store: Store, inputs: readonly string[]): Promise<IngestOutcome> {
  const unchanged: string[] = [];
  const diagnostics: string[] = [];
  const summary: IngestSummary = await ingestInputs(store, inputs, {
    onEvent: (e) => {
      if (e.kind === 'unchanged') unchanged.push(e.id);
      if (e.kind === 'failed' || e.kind === 'note') diagnostics.push(formatDiagnostic(e.diagnostic));
    },
  });
  return { added: summary.addedIds, unchanged, failed: summary.failed, diagnostics };
}

/**
 * Stores and annotates what an API client sent, through the same readers as `sitrep ingest`: a JSON
 * article is written as one JSONL line, uploaded files under their own extension (so an `.html`
 * upload is read as HTML), into a private temporary folder removed afterwards.
 */
export async function ingestRequest(
  store: Store,
  hub: EventHub,
  input: { readonly article: ArticleBody } | { readonly files: readonly File[] },
): Promise<IngestOutcome> {
  const files =
    'files' in input
      ? await Promise.all(
          input.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        )
      : [{ name: 'article.jsonl', bytes: Buffer.from(`${JSON.stringify(input.article)}\n`, 'utf8') }];
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-upload-'));
  let outcome: IngestOutcome;
  try {
    const paths = await Promise.all(
      files.map(async (file, i) => {
        const path = join(dir, safeName(file.name, i));
        await writeFile(path, file.bytes, { mode: 0o600 });
        return path;
      }),
    );
    outcome = await run(store, paths);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (outcome.added.length > 0) {
    const failures = await annotateDocuments(store, outcome.added.map(asDocumentId));
    for (const f of failures) outcome.diagnostics.push(`error: ${f.id}: ${f.reason} [annotate/failed]`);
  }
  for (const id of outcome.added) {
    const doc = await store.getDocument(id);
    hub.publish({ kind: 'document', id, title: doc?.meta.title?.value ?? null });
  }
  return outcome;
}
