/**
 * The HTTP API's wire contract: the JSON shapes the server sends and the workbench reads, and the
 * decision kinds both sides name. Dependency-free (no imports beyond this folder's contract files),
 * so the web build can import it as it is. A response may carry more fields than listed here; these
 * are the ones clients may rely on. The server checks its responses against these types.
 */

/** Decision kinds the server, resolve and assess act on (`POST /api/decisions`). */
export const DECISION_KINDS = {
  /** Takes a wrong claim out of reconcile; the target is `<documentId>:<claim index>`. */
  rejectClaim: 'reject-claim',
  /** An analyst's grade of one ACH cell; the target is `<item>:<hypothesis>`. */
  achCell: 'ach-cell',
  /** Cancels an earlier decision; the target is that decision's id. */
  undo: 'undo',
  /** Merges another entity into the target entity (`after: { with }`). */
  merge: 'merge',
  /** Splits an alias out of the target entity into an entity of its own (`after: { alias }`). */
  split: 'split',
} as const;

export type DecisionKind = (typeof DECISION_KINDS)[keyof typeof DECISION_KINDS];

export const REJECT_CLAIM = DECISION_KINDS.rejectClaim;

export interface PublishedDate {
  readonly value: string;
  readonly source?: string;
  readonly inferred?: boolean;
}

export interface DocumentRow {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly published: PublishedDate | null;
  readonly origin: string;
  readonly format: string;
  readonly length: number;
  readonly ingestedAt: string;
}

export interface DocumentPage extends Page {
  readonly documents: readonly DocumentRow[];
}

export interface FullDocument extends DocumentRow {
  readonly text: string;
}

interface Flat {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
}

export interface MentionJson extends Flat {
  readonly kind: string;
  readonly name: string;
  readonly entity: string;
  readonly role?: string;
  readonly country?: string;
  readonly expansion?: string;
}

export interface QuantityJson extends Flat {
  readonly kind: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly qualifier?: string;
  readonly unit?: string;
  readonly thing?: string;
  readonly measureKey?: string;
  readonly direction?: 'up' | 'down';
}

export interface TimeJson extends Flat {
  readonly value: string;
  readonly granularity: string;
  readonly yearStated: boolean;
}

export interface AttributionJson extends Flat {
  readonly cue: { readonly start: number; readonly end: number; readonly text: string };
  readonly speaker: {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly vague: boolean;
    readonly resolvesTo?: string;
  };
  readonly content: { readonly start: number; readonly end: number; readonly text: string };
}

export interface CertaintyJson extends Flat {
  readonly band: string;
  readonly probability: number;
  readonly polarity: string;
  readonly scope: { readonly start: number; readonly end: number };
}

export interface AnnotationsJson {
  readonly id: string;
  readonly mentions: readonly MentionJson[];
  readonly quantities: readonly QuantityJson[];
  readonly times: readonly TimeJson[];
  readonly attributions: readonly AttributionJson[];
  /** What a source wants, fears, backs or opposes: attributions of an attitude, not of a statement. */
  readonly attitudes: readonly AttributionJson[];
  readonly certainty: readonly CertaintyJson[];
  readonly sentences: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Evidence {
  readonly document: string;
  readonly span: Span;
  readonly text: string;
  readonly sentence: Span;
}

export interface Origin {
  readonly key: string;
  readonly name: string;
  readonly kind: 'cited' | 'outlet';
}

export interface Entity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly documents: readonly string[];
  readonly mentions: readonly Evidence[];
  readonly evidence: readonly { readonly alias: string; readonly rule: string; readonly detail: string }[];
}

export interface ClaimRef extends Evidence {
  /** Index into its document's claims; -1 for a figure outside any claim. */
  readonly claim: number;
  readonly polarity: string;
  readonly probability?: number;
  readonly time?: string;
  readonly origin: Origin;
  readonly outlet?: string;
  readonly published?: string;
}

export interface Cluster {
  readonly id: string;
  readonly label: string;
  readonly claims: readonly ClaimRef[];
  readonly origins: readonly Origin[];
  readonly status: string;
  readonly headline?: { readonly value?: number; readonly low?: number; readonly high?: number };
}

export interface Conflict {
  readonly id: string;
  readonly cluster: string;
  readonly kind: string;
  readonly a: ClaimRef;
  readonly b: ClaimRef;
  readonly verdict: string;
  readonly explanation: string;
}

/** An edge of the citation graph: a document repeats what an origin said. */
export interface Citation {
  readonly document: string;
  readonly origin: Origin;
  readonly cue: string;
}

export interface Decision {
  readonly id: number;
  readonly who: string;
  readonly at: string;
  readonly kind: string;
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly note?: string;
}

/** The common part of every paginated listing. */
export interface Page {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface EntityPage extends Page {
  readonly entities: readonly Entity[];
}

export interface ClusterPage extends Page {
  readonly clusters: readonly Cluster[];
}

export interface ConflictPage extends Page {
  readonly conflicts: readonly Conflict[];
}

export interface CitationPage extends Page {
  readonly citations: readonly Citation[];
}

export interface DecisionPage extends Page {
  readonly decisions: readonly Decision[];
}

export type * from './api-contract-assessment.js';
