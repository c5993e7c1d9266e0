import { parentPort } from 'node:worker_threads';
import { collectBytes } from '../ingest/index.js';
import type { UploadItem } from './read-uploads.js';

/** Reads one request's uploads and posts each outcome as it comes, then `null`. */
parentPort?.on('message', async (items: readonly UploadItem[]) => {
  for await (const outcome of collectBytes(items)) parentPort?.postMessage(outcome);
  parentPort?.postMessage(null);
});
