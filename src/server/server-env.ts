import type { Store } from '../store/index.js';
import type { EventHub } from './events.js';

/** What handlers share: the store, the event hub, and who made the request (the token's name). */
export interface ServerContext {
  readonly store: Store;
  readonly hub: EventHub;
  readonly publicRead: boolean;
}

export interface ServerEnv {
  Variables: { who: string | undefined };
}
