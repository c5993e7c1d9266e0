import type { Command } from 'commander';
import { SitrepError } from '../../core/index.js';
import type { Io } from '../io.js';
import { DB_HELP, DEFAULT_DB, withStore } from '../store-option.js';

/** `sitrep token create --name <n>`: a new API token, printed once; only its hash is stored. */
export function tokenCommands(program: Command, io: Io): void {
  const token = program.command('token').description('API tokens for `sitrep serve`');
  token
    .command('create')
    .description('create an API token and print it once (only its SHA-256 hash is stored)')
    .requiredOption('--name <name>', 'who the token belongs to; decisions made with it are recorded under it')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .action(async (flags: { db: string; name: string }) => {
      const name = flags.name.trim();
      if (!/^[\w.@-]{1,64}$/.test(name)) {
        throw new SitrepError(
          'E_USAGE',
          `--name must be 1-64 letters, digits or . _ @ -, found "${flags.name}"`,
        );
      }
      const { newToken, tokenHash } = await import('../../jobs/serve-job.js');
      const secret = newToken();
      await withStore(flags, (store) => store.addToken({ hash: tokenHash(secret), name }));
      io.out(secret);
      io.err(
        `token for ${name} created; it is shown only this once. Send it as Authorization: Bearer <token>`,
      );
    });
}
