import { authHeaders } from './api.js';

export interface LiveEvent {
  readonly event: string;
  readonly data: unknown;
}

/** Splits a server-sent-events text stream into events; returns what is left of an unfinished one. */
export function parseSse(buffer: string, emit: (e: LiveEvent) => void): string {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length === 0) continue;
    try {
      emit({ event, data: JSON.parse(data.join('\n')) });
    } catch {
      // A malformed event is skipped; the stream goes on.
    }
  }
  return rest;
}

/**
 * Listens to `/api/events` with fetch rather than EventSource, so the token travels in the
 * Authorization header and never in a URL. Reconnects after a drop; the returned function stops it.
 */
export function listen(onEvent: (e: LiveEvent) => void, onState: (open: boolean) => void): () => void {
  const abort = new AbortController();
  let retry = 1000;
  const run = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      try {
        const res = await fetch('/api/events', { headers: authHeaders(), signal: abort.signal });
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        onState(true);
        retry = 1000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer = parseSse(buffer + value, onEvent);
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      onState(false);
      await new Promise((done) => setTimeout(done, retry));
      retry = Math.min(retry * 2, 30_000);
    }
  };
  void run();
  return () => abort.abort();
}
