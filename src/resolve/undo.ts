import { DECISION_KINDS } from '../core/api-contract.js';

/** The kind of a decision that cancels an earlier one: its `target` is that decision's id. */
export const UNDO = DECISION_KINDS.undo;

interface Undoable {
  readonly kind: string;
  readonly target: string;
  readonly id?: number;
}

/**
 * The decisions still in force: an undo cancels the decision it names, and an undo of an undo puts
 * the first back. Read from the newest back, so only undos that are themselves in force count.
 * The undos are left out of the result; history itself is never deleted.
 */
export function decisionsInForce<T extends Undoable>(decisions: readonly T[]): T[] {
  const cancelled = new Set<string>();
  const kept: T[] = [];
  for (let i = decisions.length - 1; i >= 0; i--) {
    const d = decisions[i] as T;
    if (d.id !== undefined && cancelled.has(String(d.id))) continue;
    if (d.kind === UNDO) cancelled.add(d.target);
    else kept.push(d);
  }
  return kept.reverse();
}
