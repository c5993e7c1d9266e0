import type { Readable } from 'node:stream';
import { escapeControls, SitrepError } from '../../core/index.js';
import { annotateDocuments } from '../../jobs/annotate-job.js';
import { annotationVersion } from '../../jobs/annotation-version.js';
import { type IngestEvent, ingestInputs } from '../../jobs/ingest-job.js';
import { describeDb, isPostgresUrl, type Store } from '../../store/index.js';
import { ExitCode } from '../exit-codes.js';
import { type Io, printDiagnostic, printJson, progress } from '../io.js';
import { withStore } from '../store-option.js';
import type { IngestFlags } from './ingest.js';

export async function runIngest(io: Io, inputs: readonly string[], flags: IngestFlags): Promise<number> {
  return withStore(flags, async (store) => {
    const events: IngestEvent[] = [];
    let seen = 0;
    const bar = progress(io, 'ingest', 0);
    const summary = await ingestInputs(store, inputs, {
      collect: {
        stdin: io.stdin as unknown as Readable,
        timeoutMs: Number(flags.timeout),
        maxBytes: Number(flags.maxBytes),
      },
      onEvent: (event) => {
        events.push(event);
        if (event.kind === 'failed') printDiagnostic(io, event.diagnostic);
        else if (event.kind === 'note' && !flags.json) printDiagnostic(io, event.diagnostic);
        else if (event.kind !== 'note') bar.update(++seen, seen);
      },
    });
    bar.stop();
    // On PostgreSQL the annotation goes to the queue, for `sitrep worker` processes on any machine.
    const queued = flags.annotate && isPostgresUrl(flags.db) ? await enqueue(store, flags) : undefined;
    const failures = flags.annotate && queued === undefined ? await annotateStale(io, store) : [];
    for (const f of failures)
      io.err(`error: ${f.id}: annotation failed: ${escapeControls(f.reason)} [annotate/failed]`);
    if (flags.json) {
      printJson(io, {
        added: summary.added,
        unchanged: summary.unchanged,
        nearDuplicates: summary.nearDuplicates,
        failed: summary.failed,
        ...(queued === undefined ? {} : { queued }),
        documents: events.flatMap((e) =>
          e.kind === 'failed' || e.kind === 'note'
            ? []
            : [
                {
                  status: e.kind,
                  origin: e.origin,
                  id: e.id,
                  ...(e.kind === 'near-duplicate' ? { of: e.of } : {}),
                },
              ],
        ),
        errors: events.flatMap((e) => (e.kind === 'failed' ? [e.diagnostic] : [])),
      });
    } else {
      for (const e of events) {
        if (e.kind === 'near-duplicate')
          io.err(
            `note: ${escapeControls(e.origin)}: near-duplicate of ${e.of} (similarity ${e.similarity.toFixed(2)})`,
          );
      }
      io.out(
        `${summary.added} added, ${summary.unchanged} unchanged, ${summary.nearDuplicates} near-duplicates, ` +
          `${summary.failed} failed (${describeDb(flags.db)})`,
      );
      if (queued !== undefined) {
        io.out(
          `${queued} annotation jobs queued: run \`sitrep worker --db ${describeDb(flags.db)}\` to annotate them`,
        );
      }
    }
    return summary.failed > 0 || failures.length > 0 ? ExitCode.someFailed : ExitCode.ok;
  });
}

async function annotateStale(io: Io, store: Store) {
  const ids = await store.documentsToAnnotate(annotationVersion());
  if (ids.length === 0) return [];
  const bar = progress(io, 'annotate', ids.length);
  const failures = await annotateDocuments(store, ids, (p) => bar.update(p.done));
  bar.stop();
  return failures;
}

async function enqueue(store: Store, flags: IngestFlags): Promise<number> {
  const { openAnnotateQueue, defaultQueueSettings } = await import('../../queue/annotate-queue.js');
  const { enqueueStale } = await import('../../jobs/enqueue-annotations.js');
  const queue = await openAnnotateQueue(flags.db, { maintain: false });
  try {
    const jobTimeoutSeconds = Number(flags.jobTimeout ?? defaultQueueSettings.jobTimeoutSeconds);
    if (!Number.isInteger(jobTimeoutSeconds) || jobTimeoutSeconds < 1) {
      throw new SitrepError(
        'E_USAGE',
        `--job-timeout takes whole seconds (1 or more), got ${flags.jobTimeout}`,
      );
    }
    return await enqueueStale(store, queue, { ...defaultQueueSettings, jobTimeoutSeconds });
  } finally {
    await queue.close();
  }
}
