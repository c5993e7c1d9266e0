import type { Attribution, Span } from '../../core/index.js';
import type { ClaimCluster, ClaimRef, CorpusDocument, Reconciliation } from '../types.js';
import { sampleOf, seededRandom } from './seeded.js';

/** One line a reader judges: who said it, and the sentence it stands on. */
export interface AuditLine {
  readonly note: string;
  readonly document: string;
  readonly sentence: string;
}

/** One sampled item: a headline, and the lines to judge it by. */
export interface AuditItem {
  readonly head: string;
  readonly lines: readonly AuditLine[];
}

export interface AuditSample {
  readonly conflicts: readonly AuditItem[];
  readonly clusters: readonly AuditItem[];
  readonly merges: readonly AuditItem[];
  readonly attributions: readonly AuditItem[];
  /** What sources want, fear, back or oppose (the attitudes layer), judged like attributions. */
  readonly attitudes: readonly AuditItem[];
}

const EACH = 20;
const LINES = 6;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Who stands where on a cluster's proposition ("asserts: A, B; denies: C"), when read. */
const stanceNote = (c: ClaimCluster): string => {
  const by = new Map<string, string[]>();
  for (const s of c.stances ?? []) by.set(s.stance, [...(by.get(s.stance) ?? []), s.origin.name]);
  return by.size > 0 ? ` (${[...by].map(([k, names]) => `${k}: ${names.join(', ')}`).join('; ')})` : '';
};

/**
 * A fixed-seed sample of what a reader sees: contested conflicts, clusters of two or more claims,
 * entities merged from two or more names, and attributions, each with its sentences. Each part has
 * its own generator, so a change to one output leaves the other samples where they were.
 */
export function auditSample(
  corpus: readonly CorpusDocument[],
  result: Reconciliation,
  seed: number,
  each = EACH,
): AuditSample {
  const byId = new Map(corpus.map((cd) => [cd.doc.id as string, cd]));
  const sentence = (document: string, span: Span): string =>
    clean(byId.get(document)?.doc.text.slice(span.start, span.end) ?? '');
  // A stance is what a statement's speaker does with it; figures and judgements are read otherwise.
  const claimLine = (c: ClaimRef, withStance = true): AuditLine => ({
    note: `${c.origin.name}${c.outlet && c.outlet !== c.origin.name ? ` (in ${c.outlet})` : ''}${c.published ? ` ${c.published.slice(0, 10)}` : ''}${withStance && c.stance && c.stance !== 'asserts' ? ` [${c.stance}]` : c.polarity === 'negative' ? ' [negative]' : ''}${c.quantity ? ` «${c.quantity.text}»` : ''}`,
    document: c.document,
    sentence: sentence(c.document, c.sentence),
  });
  const conflicts = sampleOf(
    result.conflicts.filter((k) => k.verdict === 'conflict'),
    each,
    seededRandom(seed),
  ).map((k) => ({
    head: `${k.kind}: ${k.explanation}`,
    lines: [claimLine(k.a, k.kind === 'polarity'), claimLine(k.b, k.kind === 'polarity')],
  }));
  const clusters = sampleOf(
    result.clusters.filter((c) => c.claims.length >= 2),
    each,
    seededRandom(seed + 1),
  ).map((c) => ({
    head: `${c.label} [${c.status}; ${c.claims.length} claims; ${c.origins.length} origins]${stanceNote(c)}`,
    lines: c.claims.slice(0, LINES).map((c) => claimLine(c)),
  }));
  const merges = sampleOf(
    result.entities.filter((e) => e.aliases.length > 0),
    each,
    seededRandom(seed + 2),
  ).map((e) => {
    // One sentence for each distinct name, so every merged spelling can be checked.
    const seen = new Set<string>();
    const lines: AuditLine[] = [];
    for (const m of e.mentions) {
      if (seen.has(m.text) || lines.length >= LINES) continue;
      seen.add(m.text);
      lines.push({ note: `«${m.text}»`, document: m.document, sentence: sentence(m.document, m.sentence) });
    }
    const why = e.evidence.slice(0, 4).map((x) => `${x.alias}: ${x.rule}`);
    return {
      head: `${e.kind} ${e.name} = ${e.aliases.slice(0, 8).join(' | ')} (${e.documents.length} docs; ${why.join('; ')})`,
      lines,
    };
  });
  const attributions = sampleOf(
    corpus.flatMap((cd) => cd.annotations.attributions.map((a) => ({ cd, a }))),
    each,
    seededRandom(seed + 3),
  ).map(({ cd, a }) => attributionItem(cd, a, sentence));
  const attitudes = sampleOf(
    corpus.flatMap((cd) => (cd.annotations.attitudes ?? []).map((a) => ({ cd, a }))),
    each,
    seededRandom(seed + 4),
  ).map(({ cd, a }) => attributionItem(cd, a, sentence));
  return { conflicts, clusters, merges, attributions, attitudes };
}

/** An attribution or attitude: holder, cue and content, and the sentence of its cue. */
function attributionItem(
  cd: CorpusDocument,
  a: Attribution,
  sentence: (document: string, span: Span) => string,
): AuditItem {
  const text = cd.doc.text;
  const sentenceSpan = cd.annotations.sentences.find(
    (s) => s.span.start <= a.cue.span.start && a.cue.span.start < s.span.end,
  )?.span;
  return {
    head: `speaker «${clean(a.speaker.text)}»${a.speaker.vague ? ' (vague)' : ''}${a.speaker.resolvesTo ? ` -> ${a.speaker.resolvesTo}` : ''} · cue «${a.cue.text}» · content «${clean(text.slice(a.content.start, a.content.end)).slice(0, 160)}»`,
    lines: [
      {
        note: cd.doc.meta.outlet?.value ?? '',
        document: cd.doc.id,
        sentence: sentence(cd.doc.id, sentenceSpan ?? a.span),
      },
    ],
  };
}
