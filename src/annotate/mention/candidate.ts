import type { MentionKind } from '../../core/index.js';
import type { Parser as RulesParser, Refiner as RulesRefiner } from '../rules.js';
import type { Words } from './word.js';

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

/** What the mention parsers and refiners read besides the candidates. */
export interface MentionContext {
  readonly text: string;
  /** The tokens as the name rules see them (see word.ts). */
  readonly words: Words;
}

export type Parser = RulesParser<MentionContext, Candidate>;
export type Refiner = RulesRefiner<MentionContext, Candidate>;

export const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
