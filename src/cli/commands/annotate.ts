import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { asDocumentId } from '../../core/index.js';
import { ExitCode } from '../exit-codes.js';
import { type Io, printJson, progress } from '../io.js';
import { DB_HELP, DEFAULT_DB, withStore } from '../store-option.js';

const jsonlInput = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional(),
});

export function annotateCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('annotate')
    .description(
      '(re)annotate stored documents: stale ones by default, --all for every one, or the ids given',
    )
    .argument('[ids...]', 'document ids or unique prefixes')
    .option('--all', 'annotate every document again')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .action(async (ids: string[], flags: { db: string; all?: boolean }) => {
      const { annotateDocuments } = await import('../../jobs/annotate-job.js');
      const { annotationVersion } = await import('../../jobs/annotation-version.js');
      await withStore(flags, async (store) => {
        let targets = flags.all
          ? await store.allDocumentIds()
          : await store.documentsToAnnotate(annotationVersion());
        if (ids.length > 0) {
          const found = await Promise.all(ids.map((id) => store.getDocument(id)));
          const missing = ids.filter((_, i) => !found[i]);
          for (const id of missing) io.err(`error: no document with id ${id}`);
          if (missing.length > 0) return setExit(ExitCode.usage);
          targets = found.flatMap((d) => (d ? [d.id] : []));
        }
        const bar = progress(io, 'annotate', targets.length);
        // --all and ids given mean "again": rewritten even when current.
        const force = Boolean(flags.all) || ids.length > 0;
        const failures = await annotateDocuments(store, targets, (p) => bar.update(p.done), { force });
        bar.stop();
        for (const f of failures) io.err(`error: ${f.id}: ${f.reason} [annotate/failed]`);
        io.out(
          `${targets.length - failures.length} annotated, ${failures.length} failed (rules ${annotationVersion()})`,
        );
        if (failures.length > 0) setExit(ExitCode.someFailed);
      });
    });

  program
    .command('extract')
    .description('print what was found in a stored document, or annotate JSONL from stdin without storing')
    .argument('[id]', 'a stored document id (or prefix)')
    .option('--json', 'print JSON (the default for extract)')
    .option('--jsonl', 'read lines {"id","text","published"?} on stdin, write one line of annotations each')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .action(async (id: string | undefined, flags: { db: string; jsonl?: boolean }) => {
      const { annotateDocuments } = await import('../../jobs/annotate-job.js');
      const { annotationVersion } = await import('../../jobs/annotation-version.js');
      const { extractionJson } = await import('../../core/extraction-json.js');
      const { diagnosticJson, documentDiagnostics } = await import('../../jobs/document-diagnostics.js');
      if (flags.jsonl) return setExit(await extractJsonl(io));
      if (!id) {
        io.err('error: extract needs a document id, or --jsonl');
        return setExit(ExitCode.usage);
      }
      await withStore(flags, async (store) => {
        const doc = await store.getDocument(id);
        if (!doc) {
          io.err(`error: no document with id ${id}`);
          return setExit(ExitCode.usage);
        }
        let stored = await store.getAnnotations(asDocumentId(doc.id));
        if (!stored || stored.version !== annotationVersion()) {
          await annotateDocuments(store, [doc.id]);
          stored = await store.getAnnotations(doc.id);
        }
        if (!stored) return;
        const diagnostics = (await documentDiagnostics(store, doc)).map(diagnosticJson);
        printJson(io, { id: doc.id, ...extractionJson(doc.text, stored.annotations), diagnostics });
      });
    });
}

async function extractJsonl(io: Io): Promise<number> {
  const { annotateWithDiagnostics } = await import('../../annotate/index.js');
  const { diagnosticJson } = await import('../../jobs/document-diagnostics.js');
  const { extractionJson } = await import('../../core/extraction-json.js');
  let failed = 0;
  let line = 0;
  for await (const raw of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (!raw.trim()) continue;
    let parsed: ReturnType<typeof jsonlInput.safeParse>;
    try {
      parsed = jsonlInput.safeParse(JSON.parse(raw));
    } catch (e) {
      io.err(`error: stdin#line ${line}: not JSON (${(e as Error).message}) [extract/not-json]`);
      failed++;
      continue;
    }
    if (!parsed.success) {
      io.err(
        `error: stdin#line ${line}: expected {"id","text","published"?}: ${parsed.error.issues[0]?.message}`,
      );
      failed++;
      continue;
    }
    const { id, text, published } = parsed.data;
    const { annotations, diagnostics } = annotateWithDiagnostics(
      text,
      published ? { referenceDate: published.slice(0, 10) } : {},
    );
    io.out(
      JSON.stringify({
        id,
        ...extractionJson(text, annotations),
        diagnostics: diagnostics.map(diagnosticJson),
      }),
    );
  }
  return failed > 0 ? ExitCode.someFailed : ExitCode.ok;
}
