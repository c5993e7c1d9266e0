import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';
import { warmIngest } from './ingest-request.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4000;

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Binds the app to a socket: loopback unless a host is given; port 0 picks a free one. What the
 * first upload needs is made ready first, so that it does not stall the request loop.
 */
export async function startServer(
  options: AppOptions & { readonly host?: string; readonly port?: number },
): Promise<RunningServer> {
  const { app } = createApp(options);
  warmIngest();
  const hostname = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname, port: options.port ?? DEFAULT_PORT },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
