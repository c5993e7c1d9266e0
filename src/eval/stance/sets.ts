import { readFileSync } from 'node:fs';
import { sharedPath } from '../../core/index.js';
import type { StanceTask } from '../../resolve/stance/index.js';
import { csvRecords } from './csv.js';

/** One labelled pair: the claim (or headline), the text judged towards it, its gold label. */
export interface StancePair {
  readonly claim: string;
  readonly text: string;
  readonly label: string;
  /** The unit the split is drawn on (a claim for Emergent, a body for FNC-1), so no unit is in both parts. */
  readonly group: string;
}

export type StancePart = 'train' | 'dev';

/**
 * Both sets ship only their public training part (the test parts are kept aside), so that part is
 * split here: a fixed fifth of its claims (Emergent) or bodies (FNC-1), chosen by a hash of the id,
 * is the dev part every figure is read on; the rest is what the weights are fitted on.
 */
export const partOf = (group: string): StancePart => (fnv1a(group) % 5 === 0 ? 'dev' : 'train');

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const stanceNeeds: Record<StanceTask, string> = {
  emergent: 'benchmarks/emergent/emergent-train.csv',
  fnc1: 'benchmarks/fnc1/train_stances.csv',
};

const records = (path: string): Record<string, string>[] => {
  const { records: rows, malformed } = csvRecords(readFileSync(path, 'utf8'));
  if (malformed > 0) console.error(`stance: ${path}: ${malformed} malformed rows left out`);
  return rows;
};

function emergent(): StancePair[] {
  return records(sharedPath(stanceNeeds.emergent)).map((r) => ({
    claim: r.claimHeadline ?? '',
    text: r.articleHeadline ?? '',
    label: r.articleHeadlineStance ?? '',
    group: r.claimId ?? '',
  }));
}

function fnc1(): StancePair[] {
  const bodies = new Map(
    records(sharedPath('benchmarks', 'fnc1', 'train_bodies.csv')).map((r) => [
      r['Body ID'] ?? '',
      r.articleBody ?? '',
    ]),
  );
  return records(sharedPath(stanceNeeds.fnc1)).flatMap((r) => {
    const body = bodies.get(r['Body ID'] ?? '');
    return body === undefined
      ? []
      : [{ claim: r.Headline ?? '', text: body, label: r.Stance ?? '', group: r['Body ID'] ?? '' }];
  });
}

/** One part of a task's labelled pairs, read from ../shared. */
export function stancePairs(task: StanceTask, part: StancePart): StancePair[] {
  return (task === 'emergent' ? emergent() : fnc1()).filter((p) => partOf(p.group) === part);
}
