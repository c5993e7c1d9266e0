import { z } from 'zod';
import { loadModel } from '../../core/index.js';
import { mentionsAny } from './cue-matcher.js';

const measureKeysFile = z.object({
  aliases: z.record(z.string(), z.array(z.object({ key: z.string(), near: z.array(z.string()).optional() }))),
});

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
  const { aliases } = loadModel('assess-measure-keys', measureKeysFile);
  return (aliases[indicatorKey] ?? []).some(
    (a) => a.key === quantityKey && (!a.near || mentionsAny(sentence, a.near)),
  );
}
