import { parentPort } from 'node:worker_threads';
import type { ToAnnotateWorker } from './annotate-pool.js';
import { annotateAndStore } from './store-in-thread.js';

parentPort?.on('message', (request: ToAnnotateWorker) => {
  void annotateAndStore(request).then((response) => parentPort?.postMessage(response));
});
