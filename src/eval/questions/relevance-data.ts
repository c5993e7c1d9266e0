import { indicatorCandidates, type MatchContext } from '../../assess/evidence/match-indicator.js';
import { originFinder } from '../../assess/evidence/origins.js';
import { relevanceContexts, relevanceFeatures } from '../../assess/evidence/relevance/index.js';
import { scopeNames, scopeReader } from '../../assess/evidence/scope.js';
import { hasTarget, targetWords } from '../../assess/evidence/target.js';
import { readQuestionFile } from '../../jobs/question-file.js';
import { goldKeyOf } from './answers.js';
import { collapse, collapsedRange, locate, overlapEnough } from './collapsed-text.js';
import type { GoldFolder } from './gold-file.js';
import { collectionOf } from './run-question.js';

/** One candidate sentence for one indicator, with its features and the gold items it matches. */
export interface RelevanceExample {
  readonly indicator: string;
  readonly document: string;
  readonly features: readonly string[];
  /** The gold groups (overlapping items of one document and indicator count once) it matches. */
  readonly groups: readonly number[];
  /** Whether the rules take it (no veto), and whether it is a report (only reports are evidence). */
  readonly rules: boolean;
  readonly report: boolean;
  /** Whether the grep baseline takes the sentence (one of the cues as a substring). */
  readonly grep: boolean;
  /** Same sentence text and figure in one document: one piece of evidence. */
  readonly once: string;
}

export interface RelevanceData {
  readonly gold: string;
  readonly examples: readonly RelevanceExample[];
  /** Gold groups in all (the denominator of recall). */
  readonly groups: number;
}

/** Every candidate of every indicator on a gold's documents, featurized and labelled by the gold's rule. */
export async function relevanceData(folder: GoldFolder): Promise<RelevanceData> {
  const question = readQuestionFile(folder.questionPath);
  const { corpus, reconciliation } = await collectionOf(folder);
  const originOf = originFinder(reconciliation);
  const golds = new Map(folder.gold.documents.map((d) => [d.key, d]));
  const examples: RelevanceExample[] = [];
  let groups = 0;
  const contexts = question.indicators.map(
    (i): MatchContext => ({
      originOf,
      scopeOf: scopeReader(scopeNames(question, i), reconciliation),
      ...(hasTarget(i) ? { target: targetWords(question, i) } : {}),
    }),
  );
  const onGold = corpus.filter((cd) => golds.has(goldKeyOf(cd)));
  const relevance = relevanceContexts(
    question,
    onGold.map((cd) => cd.doc.text),
  );
  const all = onGold.map((cd) =>
    question.indicators.map((indicator, k) => {
      const ctx = contexts[k];
      return ctx ? indicatorCandidates(indicator, cd, ctx, { loose: true }) : [];
    }),
  );
  onGold.forEach((cd, d) => {
    const key = goldKeyOf(cd);
    const doc = golds.get(key);
    if (!doc) return;
    const collapsed = collapse(cd.doc.text);
    // Gold groups of this document: overlapping items of one indicator are one group.
    const items: { indicator: string; ranges: ReturnType<typeof locate>; group: number }[] = [];
    for (const e of doc.evidence) {
      const ranges = locate(collapsed, e.quote);
      if (ranges.length === 0) continue;
      const same = items.find(
        (o) => o.indicator === e.indicator && o.ranges.some((a) => ranges.some((b) => overlapEnough(a, b))),
      );
      items.push({ indicator: e.indicator, ranges, group: same ? same.group : groups++ });
    }
    question.indicators.forEach((indicator, k) => {
      const context = relevance[k];
      if (!context) return;
      const candidates = all[d]?.[k] ?? [];
      const cues = (indicator.match.cues ?? []).map((q) => q.toLowerCase());
      for (const c of candidates) {
        const range = collapsedRange(collapsed, c.piece.sentence.start, c.piece.sentence.end);
        const hit = items.filter(
          (g) => g.indicator === indicator.id && g.ranges.some((r) => overlapEnough(r, range)),
        );
        examples.push({
          indicator: indicator.id,
          document: key,
          features: relevanceFeatures(c, cd, indicator, context, candidates),
          groups: [...new Set(hit.map((g) => g.group))],
          rules: c.vetoes.length === 0,
          report: c.piece.modality === 'report',
          once: c.once,
          grep: cues.some((q) => c.piece.sentenceText.toLowerCase().includes(q)),
        });
      }
    });
  });
  return { gold: folder.name, examples, groups };
}
