import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ServerContext, ServerEnv } from '../server-env.js';

const KEEP_ALIVE_MS = 15_000;

/** Server-sent events: `ready` once, then `document` and `decision` as they happen. */
export function eventRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      const unsubscribe = ctx.hub.subscribe((event) => {
        void stream.writeSSE({ event: event.kind, data: JSON.stringify(event) });
      });
      stream.onAbort(unsubscribe);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(KEEP_ALIVE_MS);
        await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    }),
  );
}
