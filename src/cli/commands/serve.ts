import type { Command } from 'commander';
import { SitrepError } from '../../core/index.js';
import { openStore } from '../../store/index.js';
import type { Io } from '../io.js';
import { DB_HELP, DEFAULT_DB } from '../store-option.js';

interface ServeFlags {
  readonly db: string;
  readonly port: string;
  readonly host: string;
  readonly publicRead?: boolean;
  readonly cors?: string;
  readonly question: string[];
  readonly allowPrivateUrls?: boolean;
}

/** `sitrep serve`: the HTTP API and page, on loopback unless `--host` says otherwise. */
export function serveCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API (and a small page) on 127.0.0.1; writes need a token (sitrep token create)',
    )
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--port <n>', 'the port (0 picks a free one)', '4000')
    .option('--host <address>', 'the address to bind; anything but loopback exposes the API', '127.0.0.1')
    .option('--public-read', 'allow reads without a token (writes still need one)')
    .option('--cors <origin>', 'allow cross-origin requests from this one origin')
    .option(
      '--question <file>',
      'a watch question (YAML) to serve at /api/questions; repeatable',
      (file: string, all: string[]) => [...all, file],
      [] as string[],
    )
    .option('--allow-private-urls', 'let ingest by URL fetch from loopback and private addresses')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port > 65535) {
        throw new SitrepError('E_USAGE', `--port must be a number from 0 to 65535, found "${flags.port}"`);
      }
      if (flags.cors !== undefined && !/^https?:\/\/[^/\s]+$/.test(flags.cors)) {
        throw new SitrepError(
          'E_USAGE',
          `--cors must be an origin like https://example.org, found "${flags.cors}"`,
        );
      }
      const { startServer } = await import('../../jobs/serve-job.js');
      const { readServedQuestions } = await import('../../jobs/serve-job.js');
      const questions = readServedQuestions(flags.question);
      const store = await openStore(flags.db);
      const server = await startServer({
        store,
        host: flags.host,
        port,
        publicRead: flags.publicRead ?? false,
        questions,
        allowPrivateUrls: flags.allowPrivateUrls ?? false,
        ...(flags.cors === undefined ? {} : { cors: flags.cors }),
      });
      io.out(`sitrep serving ${server.url}/ (API ${server.url}/api/, OpenAPI ${server.url}/openapi.json)`);
      if (!['127.0.0.1', '::1', 'localhost'].includes(flags.host))
        io.err(`warning: listening on ${flags.host}, not loopback`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}
