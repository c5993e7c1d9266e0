/**
 * An analyst's merge or split as resolve needs it: structurally compatible with the store's
 * `Decision`, so stored decisions can be passed straight in (resolve does not import store).
 * - merge: `target` names one entity (id, name or alias), `after` the other (a string, or
 *   `{ with }` / `{ into }` / `{ entity }`);
 * - split: `target` names the entity, `after` the alias to take out of it (a string or `{ alias }`);
 * - undo: `target` is the id of an earlier decision, which no longer applies (see undo.ts).
 */
export interface AnalystDecision {
  /** The stored decision's id, which an `undo` decision names as its target. */
  readonly id?: number;
  readonly kind: string;
  readonly target: string;
  readonly after: unknown;
  readonly who?: string;
}

/** The other side of a decision, whatever shape `after` was stored in. */
export function decisionOperand(after: unknown): string | undefined {
  if (typeof after === 'string') return after;
  if (typeof after !== 'object' || after === null) return undefined;
  const record = after as Record<string, unknown>;
  for (const field of ['with', 'into', 'entity', 'alias', 'name']) {
    const value = record[field];
    if (typeof value === 'string') return value;
  }
  return undefined;
}
