/** What the server tells listeners of `/api/events`. */
export type ServerEvent =
  | { readonly kind: 'document'; readonly id: string; readonly title: string | null }
  | {
      readonly kind: 'decision';
      readonly id: number;
      readonly decisionKind: string;
      readonly target: string;
    };

type Listener = (event: ServerEvent) => void;

/** Fan-out of server events to open event streams; one per app, never global. */
export class EventHub {
  readonly #listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(event: ServerEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  get size(): number {
    return this.#listeners.size;
  }
}
