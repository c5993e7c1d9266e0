import type { MentionKind } from '../../core/index.js';

/** A mention before entity keys are assigned; parsers make these, refiners reshape them. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind | 'unknown';
  readonly name: string;
  readonly rule: string;
  readonly role?: string;
  readonly country?: string;
  readonly expansion?: string;
  /** A canonical name from a gazetteer, when the surface is a variant (Kiev -> Kyiv). */
  readonly canonical?: string;
}

export const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
