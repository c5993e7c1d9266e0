import type { Origin } from '../core/api-contract.js';
import type {
  Annotations,
  DocumentId,
  EntityId,
  MentionKind,
  Polarity,
  Quantity,
  Span,
  StoredDocument,
} from '../core/index.js';

/** What resolve reads: the stored documents with their annotations. */
export interface CorpusDocument {
  readonly doc: StoredDocument;
  readonly annotations: Annotations;
}

/** A span in one document, with its text: the unit of traceability everywhere. */
export interface Evidence {
  readonly document: DocumentId;
  readonly span: Span;
  readonly text: string;
  /** The sentence the span sits in. */
  readonly sentence: Span;
}

export type MergeRule =
  | 'same-key'
  | 'transliteration'
  | 'edit-distance'
  | 'role'
  | 'acronym'
  | 'cyrillic'
  | 'analyst';

/** Why an alias was merged into an entity: each merge is explainable. */
export interface MergeEvidence {
  readonly alias: string;
  readonly rule: MergeRule;
  readonly detail: string;
}

export interface ResolvedEntity {
  readonly id: EntityId;
  readonly kind: MentionKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly (Evidence & { readonly mention: number })[];
  readonly documents: readonly DocumentId[];
  readonly evidence: readonly MergeEvidence[];
}

/** Who a claim ultimately comes from: a cited origin (ISW, Ukrainian intelligence) or the outlet itself. */
/** Where a claim comes from: a cited source, or the outlet itself (the API's shape, from the contract). */
export type { Origin };

/** Where a speaker stands on a proposition: asserts, denies, reports without taking a side, or questions it. */
export type OriginStanceKind = 'asserts' | 'denies' | 'reports' | 'questions';

/** One origin of a cluster with where it stands on the cluster's proposition. */
export interface OriginStance {
  readonly origin: Origin;
  readonly stance: OriginStanceKind;
  /** How many of the cluster's claims from this origin read this way. */
  readonly claims: number;
}

export interface ClaimRef extends Evidence {
  /** Index into the document's `claims`. */
  readonly claim: number;
  readonly quantity?: Quantity;
  readonly polarity: Polarity;
  /** Where the claim's speaker stands on what it says (statements; figures have none). */
  readonly stance?: OriginStanceKind;
  readonly probability?: number;
  /** ISO value of the claim's time expression, when it has one. */
  readonly time?: string;
  readonly origin: Origin;
  readonly outlet?: string;
  readonly published?: string;
}

export type ClusterStatus = 'corroborated' | 'contested' | 'single source';

export interface ClaimCluster {
  readonly id: string;
  readonly label: string;
  /** The blocking key that grouped it: a measure key, an entity pair or a lexical bucket. */
  readonly key: string;
  readonly measureKey?: string;
  /** For figures, the country a sentence states they are in, going to or from ("... to Russia"). */
  readonly place?: { readonly name: string; readonly relation: string };
  readonly claims: readonly ClaimRef[];
  /** Distinct independent origins backing it; several articles repeating one source count once. */
  readonly origins: readonly Origin[];
  readonly status: ClusterStatus;
  /** For statements: each origin once, with where it stands (asserts, denies, reports, questions). */
  readonly stances?: readonly OriginStance[];
  /** The conservative headline value for a quantity cluster (ACLED convention). */
  readonly headline?: { readonly value?: number; readonly low?: number; readonly high?: number };
}

export type ConflictKind = 'value' | 'polarity' | 'assessment';
/** `change`: one proposition's figures for different periods, shown with both dates; no dispute. */
export type Verdict = 'conflict' | 'compatible' | 'refinement' | 'change';

export interface Conflict {
  readonly id: string;
  readonly cluster: string;
  readonly kind: ConflictKind;
  readonly a: ClaimRef;
  readonly b: ClaimRef;
  readonly verdict: Verdict;
  readonly explanation: string;
}

/** An edge of the citation graph: a document repeats what an origin said. */
export interface Citation {
  readonly document: DocumentId;
  readonly origin: Origin;
  readonly cue: string;
  readonly evidence: Evidence;
}

export interface Reconciliation {
  readonly entities: readonly ResolvedEntity[];
  readonly clusters: readonly ClaimCluster[];
  readonly conflicts: readonly Conflict[];
  readonly citations: readonly Citation[];
}
