/** The JSON the workbench reads from the API: only the fields it shows. */

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

export interface DocumentPage {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
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
