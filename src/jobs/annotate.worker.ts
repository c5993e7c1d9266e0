import { parentPort } from 'node:worker_threads';
import { annotate } from '../annotate/index.js';
import type { AnnotateRequest, AnnotateResponse } from './annotate-pool.js';

parentPort?.on('message', (request: AnnotateRequest) => {
  let response: AnnotateResponse;
  try {
    const ctx = request.referenceDate ? { referenceDate: request.referenceDate } : {};
    response = { id: request.id, ok: true, annotations: annotate(request.text, ctx) };
  } catch (error) {
    response = { id: request.id, ok: false, reason: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
