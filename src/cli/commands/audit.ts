import type { Command } from 'commander';
import type { AuditItem } from '../../resolve/audit/audit-sample.js';
import { ExitCode } from '../exit-codes.js';
import { type Io, printJson } from '../io.js';
import { DB_HELP, DEFAULT_DB, withStore } from '../store-option.js';

interface Flags {
  readonly collection: string;
  readonly seed: string;
  readonly each: string;
  readonly json?: boolean;
}

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function printPart(io: Io, title: string, items: readonly AuditItem[]): void {
  io.out(`\n== ${title} (${items.length}) ==`);
  items.forEach((item, i) => {
    io.out(`\n[${title.slice(0, 2)}${i + 1}] ${item.head}`);
    for (const l of item.lines)
      io.out(`    ${l.document.slice(0, 8)} ${l.note}\n        ${cut(l.sentence, 400)}`);
  });
}

/** `sitrep audit`: a fixed-seed sample of conflicts, clusters, merges and attributions to read and count. */
export function auditCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('audit')
    .description(
      'a fixed-seed sample of conflicts, clusters, merges and attributions, each with its sentences',
    )
    .option('--collection <db>', DB_HELP, DEFAULT_DB)
    .option('--seed <n>', 'the sample seed (same seed, same sample)', '1')
    .option('--each <n>', 'items in each part', '20')
    .option('--json', 'print JSON')
    .action(async (flags: Flags) => {
      const seed = Number(flags.seed);
      const each = Number(flags.each);
      if (!Number.isInteger(seed) || !Number.isInteger(each) || each < 1) {
        io.err(`error: --seed and --each take whole numbers (got ${flags.seed}, ${flags.each})`);
        return setExit(ExitCode.usage);
      }
      await withStore({ db: flags.collection }, async (store) => {
        const { loadCorpus } = await import('../../jobs/load-corpus.js');
        const { reconcileCollection } = await import('../../jobs/reconcile-collection.js');
        const { auditSample } = await import('../../resolve/audit/audit-sample.js');
        const corpus = await loadCorpus(store);
        const result = (await reconcileCollection(store, corpus)).reconciliation;
        const sample = auditSample(corpus, result, seed, each);
        if (flags.json) return printJson(io, sample);
        io.out(
          `audit of ${corpus.length} documents, seed ${seed}: ${result.conflicts.filter((k) => k.verdict === 'conflict').length} conflicts, ${result.clusters.filter((c) => c.claims.length >= 2).length} clusters of 2+, ${result.entities.filter((e) => e.aliases.length > 0).length} merged entities`,
        );
        printPart(io, 'conflicts', sample.conflicts);
        printPart(io, 'clusters', sample.clusters);
        printPart(io, 'merges', sample.merges);
        printPart(io, 'attributions', sample.attributions);
        printPart(io, 'attitudes', sample.attitudes);
      });
    });
}
