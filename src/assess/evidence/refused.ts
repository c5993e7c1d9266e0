import { z } from 'zod';
import { type Annotations, firstStartingAt, loadModel, once, type Span } from '../../core/index.js';
import { clauseAround } from './modality.js';

const evidenceFile = z.object({ refusalVerbs: z.array(z.string().min(1)) });

/** The verbs of declining or preventing an act (a closed class, matched by lemma). */
export const refusalVerbs = once(
  (): ReadonlySet<string> => new Set(loadModel('assess-evidence', evidenceFile).refusalVerbs),
);

/** Whether an indicator's own words refuse ("Kyiv blocks the mission"): its refusals are its evidence. */
export const refuses = (vocabulary: ReadonlySet<string>): boolean =>
  [...refusalVerbs()].some((v) => vocabulary.has(v));

/** What may stand between a verb and the act it governs: "to announce a", "at ordering the", "the idea of a", "partial or". */
const BETWEEN = new Set(['DET', 'ADJ', 'ADP', 'PART', 'VERB', 'NOUN', 'ADV', 'NUM', 'CCONJ']);
/** How far back from the matched words a governing verb is looked for. */
const REACH = 6;

/**
 * The verb of refusal that governs the words at `at` in their clause ("Putin has resisted the idea
 * of a general mobilisation", "balked at ordering a full one"): walking back from the match over
 * the words of its verb phrase, no further than the clause. Undefined when none does.
 */
export function refusalBefore(text: string, ann: Annotations, sentence: Span, at: Span): string | undefined {
  const clause = clauseAround(text, sentence, at);
  const tokens = ann.tokens;
  const first = firstStartingAt(tokens, at.start);
  for (let j = first - 1; j >= 0 && first - j <= REACH; j--) {
    const t = tokens[j];
    if (!t || t.span.start < clause.start || !BETWEEN.has(t.pos)) return undefined;
    if (t.pos !== 'VERB') continue;
    const forms = [text.slice(t.span.start, t.span.end).toLowerCase(), t.lemma?.toLowerCase() ?? ''];
    const verb = forms.find((f) => refusalVerbs().has(f));
    if (verb) return verb;
  }
  return undefined;
}
