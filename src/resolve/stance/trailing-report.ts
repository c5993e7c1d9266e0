import { type Annotations, type Claim, firstStartingAt } from '../../core/index.js';
import { stanceCues } from './cues.js';

/**
 * A claim whose own verb comes before a denying report's speaker, and whose report denies something
 * of its own after the cue ("A used drones from B, with B denying its involvement"): the denial
 * trails the claim and is not what the claim is. The claim is then its clause up to the report, with no
 * attribution: the outlet's, not the trailing speaker's, and not denied by it. A report whose
 * content is the claim itself ("A used drones, B said") leads nothing astray and is kept.
 */
export function withoutTrailingReport(text: string, annotations: Annotations, claim: Claim): Claim {
  if (claim.attribution === undefined || claim.fragment || !claim.lemma) return claim;
  const report = annotations.attributions[claim.attribution];
  const own = claim.clause ?? claim.span;
  if (!report || report.content.start < report.cue.span.end) return claim;
  const cue = text.slice(report.cue.span.start, report.cue.span.end).toLowerCase();
  const lemma = annotations.tokens[firstStartingAt(annotations.tokens, report.cue.span.start)]?.lemma;
  const deny = stanceCues().deny;
  if (!deny.has(cue) && !(lemma !== undefined && deny.has(lemma.toLowerCase()))) return claim;
  const speaker = report.speaker.span.start;
  if (speaker <= own.start || speaker > own.end) return claim;
  const head = claim.lemma.split(' ')[0];
  const tokens = annotations.tokens;
  let verbBefore = false;
  for (let i = firstStartingAt(tokens, own.start); i < tokens.length && !verbBefore; i++) {
    const t = tokens[i];
    if (!t || t.span.start >= speaker) break;
    verbBefore = t.pos === 'VERB' && (t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase() === head;
  }
  if (!verbBefore) return claim;
  // The clause ends at the comma that sets the report off ("..., with B denying ..."), else before it.
  const comma = text.lastIndexOf(',', speaker);
  const end = comma > own.start ? comma : speaker;
  const { attribution: _, ...rest } = claim;
  return {
    ...rest,
    clause: { start: own.start, end: own.start + text.slice(own.start, end).trimEnd().length },
  };
}
