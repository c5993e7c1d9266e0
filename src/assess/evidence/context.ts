import type { Annotations, Band, Certainty, Claim, Polarity, Span } from '../../core/index.js';
import { overlaps } from '../../core/index.js';
import type { EvidenceDate } from '../types.js';

const hedgeBands: ReadonlySet<Band> = new Set(['unlikely', 'roughly even', 'likely']);

/** An absence marker ("no signs") is a confident negative, not a hedge. */
const isAbsence = (c: Certainty): boolean => c.polarity === 'negative' && c.band === 'unlikely';

/** Polarity and hedging of a span, from the certainty markers whose scope covers it. */
export function stanceAt(annotations: Annotations, span: Span): { polarity: Polarity; hedged: boolean } {
  const governing = annotations.certainty.filter((c) => overlaps(c.scope, span) || overlaps(c.span, span));
  return {
    polarity: governing.some((c) => c.polarity === 'negative') ? 'negative' : 'positive',
    hedged: governing.some((c) => hedgeBands.has(c.band) && !isAbsence(c)),
  };
}

/** The start of an ISO date or interval: `2022-10-21/2022-10-31` -> `2022-10-21`. */
export const dateStart = (value: string): string => value.split('/')[0] ?? value;

/**
 * When the evidence holds: the claim's time, else a time expression in its sentence (finer than a
 * year, since "the 1997 agreement" does not date a report), else the published date.
 */
export function dateAt(
  annotations: Annotations,
  sentence: Span,
  published: string | undefined,
  claim?: Claim,
): EvidenceDate | undefined {
  const claimTime = claim?.time === undefined ? undefined : annotations.times[claim.time];
  const time =
    claimTime ??
    annotations.times.find(
      (t) => overlaps(t.span, sentence) && t.granularity !== 'year' && /^\d{4}/.test(t.value), // not P2W, PRESENT_REF
    );
  if (time && dateStart(time.value)) return { value: dateStart(time.value), stated: true };
  return published ? { value: published, stated: false } : undefined;
}
