import type { Command } from 'commander';
import type { PublishedDate } from '../../core/index.js';
import { documentJson } from '../../jobs/document-views.js';
import type { Store } from '../../store/index.js';
import { ExitCode } from '../exit-codes.js';
import { type Io, printJson, table } from '../io.js';
import { DB_HELP, DEFAULT_DB, withStore } from '../store-option.js';

const dateCell = (p: PublishedDate | undefined): string =>
  p ? `${p.value} (${p.inferred ? 'inferred, not before' : p.source})` : '-';

export function documentCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('ls')
    .description('list stored documents, newest first, with outlet, date and how the date was found')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print a JSON array')
    .option('--limit <n>', 'at most this many')
    .option('--failed', 'only documents whose annotation failed, with the reason and the attempts')
    .action(async (flags: { db: string; json?: boolean; limit?: string; failed?: boolean }) => {
      await withStore(flags, async (store) => {
        if (flags.failed) return listFailed(io, store, flags);
        const docs = await store.listDocuments(flags.limit ? { limit: Number(flags.limit) } : {});
        if (flags.json) return printJson(io, docs.map(documentJson));
        const rows = docs.map((d) => [
          d.id.slice(0, 10),
          dateCell(d.meta.published),
          d.meta.outlet?.value ?? '-',
          (d.meta.title?.value ?? d.origin).slice(0, 70),
        ]);
        for (const line of table([['id', 'published', 'outlet', 'title'], ...rows])) io.out(line);
        io.out(`${docs.length} documents`);
      });
    });

  program
    .command('show')
    .description('one stored document: metadata with provenance, and its text')
    .argument('<id>', 'a document id or a unique prefix of one')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { db: string; json?: boolean }) => {
      await withStore(flags, async (store) => {
        const doc = await store.getDocument(id);
        if (!doc) {
          io.err(`error: no document with id ${id}`);
          setExit(ExitCode.usage);
          return;
        }
        if (flags.json)
          return printJson(io, { ...documentJson({ ...doc, length: doc.text.length }), text: doc.text });
        const m = doc.meta;
        io.out(`id         ${doc.id}`);
        io.out(`origin     ${doc.origin} (${doc.format})`);
        for (const [label, f] of [
          ['title', m.title],
          ['outlet', m.outlet],
          ['author', m.author],
          ['language', m.language],
        ] as const) {
          if (f) io.out(`${label.padEnd(10)} ${f.value} [${f.source}]`);
        }
        io.out(`published  ${dateCell(m.published)}`);
        if (doc.nearDuplicateOf)
          io.out(`copy of    ${doc.nearDuplicateOf} (similarity ${doc.similarity?.toFixed(2)})`);
        io.out('');
        io.out(doc.text);
      });
    });
}

async function listFailed(io: Io, store: Store, flags: { json?: boolean; limit?: string }): Promise<void> {
  const failures = await store.listFailures();
  const shown = flags.limit ? failures.slice(0, Number(flags.limit)) : failures;
  if (flags.json) return printJson(io, shown);
  const rows = shown.map((f) => [
    f.documentId.slice(0, 10),
    f.state,
    String(f.attempts),
    f.failedAt,
    f.reason,
  ]);
  for (const line of table([['id', 'state', 'attempts', 'last failed', 'reason'], ...rows])) io.out(line);
  io.out(`${shown.length} documents whose last annotation failed`);
}
