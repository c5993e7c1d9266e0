import type { Assessment } from '../assess/index.js';
import type { Store } from '../store/index.js';
import type { Collection } from './collection.js';
import type { EventHub } from './events.js';
import type { ServedQuestion } from './questions.js';

/** What handlers share: the store, the event hub, and who made the request (the token's name). */
export interface ServerContext {
  readonly store: Store;
  readonly hub: EventHub;
  readonly publicRead: boolean;
  /** The collection reconciled with the decisions in force, cached until the store changes. */
  readonly collection: () => Promise<Collection>;
  readonly questions: readonly ServedQuestion[];
  /** A question's assessment (board, matrix, bottom lines, forecast), cached like the collection. */
  readonly assessment: (questionId: string) => Promise<Assessment | undefined>;
  /** Whether `POST /api/documents { url }` may fetch from loopback and private addresses. */
  readonly allowPrivateUrls: boolean;
}

export interface ServerEnv {
  Variables: { who: string | undefined };
}
