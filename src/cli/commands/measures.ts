import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `sitrep measures`: the measure keys the quantity extractor assigns, each with an example. */
export function measuresCommand(program: Command, io: Io): void {
  program
    .command('measures')
    .description('list the measure keys a question can name (match.measureKeys), each with an example')
    .option('--json', 'print [{ key, figure, sentence }] as JSON')
    .action(async (flags: { json?: boolean }) => {
      const { measureExamples } = await import('../../assess/question/measure-keys-known.js');
      const examples = measureExamples();
      if (flags.json) return io.out(JSON.stringify(examples, null, 2));
      const width = Math.max(...examples.map((e) => e.key.length));
      for (const e of examples) io.out(`${e.key.padEnd(width)}  "${e.figure}" in: ${e.sentence}`);
      io.out('A key may also name another thing counted by its head noun (plural), after a nation or');
      io.out('a modifier (killed, wounded) when the text says so: see README, "Writing a question".');
    });
}
