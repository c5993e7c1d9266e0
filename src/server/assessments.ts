import { ACH_CELL, type Assessment, assess } from '../assess/index.js';
import type { Collection } from './collection.js';
import type { ServedQuestion } from './questions.js';

/**
 * Each question's assessment against the collection, with the ACH cells analysts set; kept until a
 * document or a decision is added.
 */
export function assessmentCache(
  questions: readonly ServedQuestion[],
  collection: () => Promise<Collection>,
): (id: string) => Promise<Assessment | undefined> {
  const cached = new Map<string, { key: string; value: Assessment }>();
  return async (id) => {
    const served = questions.find((q) => q.id === id);
    if (!served) return undefined;
    const { key, corpus, reconciliation, decisions } = await collection();
    const hit = cached.get(id);
    if (hit?.key === key) return hit.value;
    const cells = decisions.filter((d) => d.kind === ACH_CELL);
    const value = assess(served.question, corpus, reconciliation, cells);
    cached.set(id, { key, value });
    return value;
  };
}
