import { parentPort } from 'node:worker_threads';
import { collectBytes } from '../ingest/index.js';
import { prepare } from './new-document.js';
import type { FromUploadWorker, ToUploadWorker, UploadItem } from './read-uploads.js';
import { uploadItems } from './upload-items.js';

const post = (message: FromUploadWorker): void => parentPort?.postMessage(message);

/** Reads uploads and posts each outcome as it comes, then `null`. */
async function read(items: readonly UploadItem[]): Promise<void> {
  for await (const outcome of collectBytes(items)) post({ kind: 'outcome', outcome: prepare(outcome) });
  post(null);
}

/** Tells a multipart body's files apart (the platform's own form-data parser), then reads them. */
async function readMultipart(body: ReadableStream<Uint8Array>, type: string): Promise<void> {
  const form = await new Response(body, { headers: { 'content-type': type } })
    .formData()
    .catch(() => undefined);
  if (form === undefined) return post({ kind: 'refused', reason: 'the multipart body cannot be parsed' });
  const files = [...form.values()].filter((v) => typeof v !== 'string');
  if (files.length === 0)
    return post({ kind: 'refused', reason: 'expected at least one file in the upload' });
  const items = uploadItems(
    await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    ),
  );
  post({ kind: 'origins', origins: items.map((i) => i.origin) });
  await read(items);
}

let body: ReadableStreamDefaultController<Uint8Array> | undefined;
parentPort?.on('message', (message: ToUploadWorker) => {
  switch (message.kind) {
    case 'items':
      void read(message.items);
      break;
    case 'multipart':
      void readMultipart(
        new ReadableStream<Uint8Array>({
          start: (controller) => {
            body = controller;
          },
        }),
        message.type,
      );
      break;
    case 'chunk':
      body?.enqueue(message.bytes);
      break;
    case 'end':
      body?.close();
      break;
  }
});
