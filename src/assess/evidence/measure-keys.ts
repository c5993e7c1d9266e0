import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';
import { mentionsAny } from './cue-matcher.js';

interface Alias {
  readonly key: string;
  readonly near?: readonly string[];
}

const file = JSON.parse(readFileSync(join(projectRoot, 'model', 'assess-measure-keys.json'), 'utf8')) as {
  readonly aliases: Readonly<Record<string, readonly Alias[]>>;
};

/**
 * Whether a quantity's measure key (as the extractor assigned it) counts for an indicator's key:
 * the same key, a refinement of it (`ammunition-tons` for `ammunition`, `loan-usd` for `loan`), or
 * an alias from model/assess-measure-keys.json whose context words occur in the sentence. Whose
 * troops, what money and which share is a poll are the extractor's to say (measure-key.refiner.ts);
 * the aliases only group kinds of equipment (`mortars` under `artillery`).
 */
export function measureKeyMatches(
  indicatorKey: string,
  quantityKey: string | undefined,
  sentence: string,
): boolean {
  if (!quantityKey) return false;
  if (quantityKey === indicatorKey || quantityKey.startsWith(`${indicatorKey}-`)) return true;
  return (file.aliases[indicatorKey] ?? []).some(
    (a) => a.key === quantityKey && (!a.near || mentionsAny(sentence, a.near)),
  );
}
