import type { Command } from 'commander';
import type { CorpusDocument, Reconciliation } from '../../resolve/index.js';
import type { Store } from '../../store/index.js';
import { ExitCode } from '../exit-codes.js';
import { type Io, printJson, table } from '../io.js';
import { DB_HELP, DEFAULT_DB, withStore } from '../store-option.js';

interface Flags {
  readonly db: string;
  readonly json?: boolean;
}

async function reconciled(store: Store): Promise<{ corpus: CorpusDocument[]; result: Reconciliation }> {
  const { loadCorpus } = await import('../../jobs/load-corpus.js');
  const { reconcileCollection } = await import('../../jobs/reconcile-collection.js');
  const corpus = await loadCorpus(store);
  return { corpus, result: (await reconcileCollection(store, corpus)).reconciliation };
}

const sentenceText = (
  corpus: readonly CorpusDocument[],
  ref: { document: string; sentence: { start: number; end: number } },
) =>
  corpus
    .find((c) => c.doc.id === ref.document)
    ?.doc.text.slice(ref.sentence.start, ref.sentence.end)
    .replace(/\s+/g, ' ') ?? '';

const short = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `sitrep entities | claims | conflicts | merge | split`: the reconciled view of the whole store. */
export function reconcileCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('entities')
    .description('one entity per actor across documents, with aliases and why they were merged')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print JSON')
    .action(async (flags: Flags) => {
      await withStore(flags, async (store) => {
        const { result } = await reconciled(store);
        if (flags.json) {
          printJson(
            io,
            result.entities.map((e) => ({
              id: e.id,
              name: e.name,
              kind: e.kind,
              aliases: e.aliases,
              mentions: e.mentions.length,
              documents: e.documents.length,
              evidence: e.evidence,
            })),
          );
          return;
        }
        const rows = result.entities.map((e) => [
          e.id,
          e.kind,
          e.name,
          String(e.mentions.length),
          String(e.documents.length),
          short(e.aliases.join(', '), 60),
        ]);
        for (const line of table([['id', 'kind', 'name', 'mentions', 'docs', 'aliases'], ...rows]))
          io.out(line);
      });
    });

  program
    .command('claims')
    .description('claims clustered by proposition, with independent origins and status')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print JSON')
    .option('--contested', 'only contested clusters')
    .option('--entity <name>', 'only clusters whose claims name this entity')
    .action(async (flags: Flags & { contested?: boolean; entity?: string }) => {
      await withStore(flags, async (store) => {
        const { corpus, result } = await reconciled(store);
        let clusters = result.clusters.filter((c) => !flags.contested || c.status === 'contested');
        if (flags.entity) {
          const wanted = flags.entity.toLowerCase();
          const entity = result.entities.find(
            (e) => e.id === flags.entity || [e.name, ...e.aliases].some((n) => n.toLowerCase() === wanted),
          );
          if (!entity) {
            io.err(`error: no entity named ${flags.entity}`);
            return setExit(ExitCode.usage);
          }
          const spans = new Set(entity.mentions.map((m) => `${m.document}:${m.sentence.start}`));
          clusters = clusters.filter((c) =>
            c.claims.some((x) => spans.has(`${x.document}:${x.sentence.start}`)),
          );
        }
        if (flags.json) {
          printJson(
            io,
            clusters.map((c) => ({
              ...c,
              claims: c.claims.map((x) => ({ ...x, sentenceText: sentenceText(corpus, x) })),
            })),
          );
          return;
        }
        for (const c of clusters) {
          io.out(
            `${c.id}  ${c.status}  ${c.label}  (${c.origins.length} origin${c.origins.length === 1 ? '' : 's'}: ${short(c.origins.map((o) => o.name).join('; '), 80)})`,
          );
          for (const x of c.claims)
            io.out(
              `    ${x.document.slice(0, 8)}  ${short(x.quantity?.text ?? x.text, 50)}  <- ${x.origin.name}`,
            );
        }
      });
    });

  program
    .command('conflicts')
    .description('figures, polarity and assessments that disagree, side by side with a verdict')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print JSON')
    .action(async (flags: Flags) => {
      await withStore(flags, async (store) => {
        const { corpus, result } = await reconciled(store);
        if (flags.json) {
          printJson(
            io,
            result.conflicts.map((k) => ({
              ...k,
              a: { ...k.a, sentenceText: sentenceText(corpus, k.a) },
              b: { ...k.b, sentenceText: sentenceText(corpus, k.b) },
            })),
          );
          return;
        }
        for (const k of result.conflicts) {
          io.out(`${k.verdict.toUpperCase()}  ${k.kind}  ${k.explanation}`);
          io.out(
            `    a ${k.a.document.slice(0, 8)} ${k.a.span.start}-${k.a.span.end}  ${short(sentenceText(corpus, k.a), 100)}  <- ${k.a.origin.name}`,
          );
          io.out(
            `    b ${k.b.document.slice(0, 8)} ${k.b.span.start}-${k.b.span.end}  ${short(sentenceText(corpus, k.b), 100)}  <- ${k.b.origin.name}`,
          );
        }
      });
    });

  for (const kind of ['merge', 'split'] as const) {
    program
      .command(kind)
      .description(
        kind === 'merge'
          ? 'record that two entities are one actor (analyst decision)'
          : 'take an alias out of an entity (analyst decision)',
      )
      .argument('<target>', 'entity id, name or alias')
      .argument(
        kind === 'merge' ? '<other>' : '<alias>',
        kind === 'merge' ? 'the entity to merge in' : 'the alias to split off',
      )
      .option('--db <file>', DB_HELP, DEFAULT_DB)
      .option('--who <name>', 'who decides (default $USER)')
      .option('--note <text>', 'why')
      .action(async (target: string, other: string, flags: Flags & { who?: string; note?: string }) => {
        await withStore(flags, async (store) => {
          const who = flags.who ?? process.env.USER ?? 'analyst';
          const after = kind === 'merge' ? { with: other } : { alias: other };
          const d = await store.addDecision({
            who,
            kind,
            target,
            before: null,
            after,
            ...(flags.note ? { note: flags.note } : {}),
          });
          io.out(`decision ${d.id}: ${kind} ${target} ${other} (by ${who})`);
        });
      });
  }
}
