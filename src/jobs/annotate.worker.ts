import { parentPort } from 'node:worker_threads';
import { type AnnotateRequest, annotateRequest } from './annotate-pool.js';

parentPort?.on('message', (request: AnnotateRequest) => {
  parentPort?.postMessage(annotateRequest(request));
});
