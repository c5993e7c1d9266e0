import type { Store } from '../store/index.js';
import { assessmentCache } from './assessments.js';
import { collectionCache } from './collection.js';
import type { EventHub } from './events.js';
import type { ServedQuestion } from './questions.js';
import type { ServerContext } from './server-env.js';

/** What the handlers of one app share; the caches live as long as the app. */
export function serverContext(
  options: {
    readonly store: Store;
    readonly publicRead?: boolean;
    readonly questions?: readonly ServedQuestion[];
    readonly allowPrivateUrls?: boolean;
  },
  hub: EventHub,
): ServerContext {
  const questions = options.questions ?? [];
  const collection = collectionCache(options.store);
  return {
    store: options.store,
    hub,
    publicRead: options.publicRead ?? false,
    collection,
    questions,
    assessment: assessmentCache(questions, collection),
    allowPrivateUrls: options.allowPrivateUrls ?? false,
  };
}
