import { type Score, score } from '../prf.js';
import {
  type CollapsedText,
  collapse,
  collapsedRange,
  locate,
  overlapEnough,
  overlapOf,
  type Range,
} from './collapsed-text.js';
import { type GoldBand, type GoldStatus, goldBands, type QuestionGold } from './gold-file.js';

export type GoldPolarity = 'for' | 'against';

/** One evidence item a system output: a sentence (offsets into the document text) for an indicator. */
export interface AnswerItem {
  readonly indicator: string;
  readonly start: number;
  readonly end: number;
  readonly polarity: GoldPolarity;
}

/** What a system says about a question, keyed like the gold (url or file name). */
export interface QuestionAnswer {
  readonly evidence: ReadonlyMap<string, readonly AnswerItem[]>;
  readonly views: ReadonlyMap<string, GoldBand>;
  readonly status: Readonly<Record<string, GoldStatus>>;
}

export interface Count {
  readonly right: number;
  readonly of: number;
}

export interface QuestionScore {
  readonly evidence: Score;
  readonly polarity: Count;
  readonly status: Count;
  readonly wrongStatus: readonly string[];
  readonly viewPresence: Count;
  /** Of the gold documents the system gives a view, those whose gold has a view too. */
  readonly viewsGiven: Count;
  readonly bandExact: Count;
  readonly bandWithinOne: Count;
  /** Gold quotes not found in their document's text (they cannot be matched). */
  readonly unlocated: number;
}

interface GoldRange {
  /** Every occurrence of the quote. */
  readonly ranges: readonly Range[];
  readonly indicator: string;
  readonly polarity: GoldPolarity;
  /** Gold items of one document and indicator that overlap share a group: they count once. */
  group: number;
}

/**
 * Scores one system's answer against a question gold by the rule of the gold README: sentence
 * overlap of at least half the shorter, recall over groups of overlapping gold items, polarity on
 * matched items, status per indicator, views per gold document. Documents not in the gold are ignored.
 */
export function scoreQuestion(
  gold: QuestionGold,
  texts: ReadonlyMap<string, string>,
  answer: QuestionAnswer,
): QuestionScore {
  let matched = 0;
  let output = 0;
  let groups = 0;
  let recalled = 0;
  let polarityRight = 0;
  let unlocated = 0;
  for (const doc of gold.documents) {
    const text = texts.get(doc.key);
    const collapsed = collapse(text ?? '');
    const golds = locateAll(collapsed, doc.evidence, () => unlocated++);
    const groupCount = assignGroups(golds);
    groups += groupCount;
    const hit = new Set<number>();
    for (const item of answer.evidence.get(doc.key) ?? []) {
      output++;
      const range = collapsedRange(collapsed, item.start, item.end);
      const same = golds.filter(
        (g) => g.indicator === item.indicator && g.ranges.some((r) => overlapEnough(r, range)),
      );
      if (same.length === 0) continue;
      matched++;
      for (const g of same) hit.add(g.group);
      const best = same.reduce((a, b) => (bestOverlap(b, range) > bestOverlap(a, range) ? b : a));
      if (best.polarity === item.polarity) polarityRight++;
    }
    recalled += hit.size;
  }
  return {
    evidence: recallScore(matched, output, recalled, groups),
    polarity: { right: polarityRight, of: matched },
    ...statusScore(gold, answer),
    ...viewScore(gold, answer),
    unlocated,
  };
}

/** P from output items, R from gold groups: F1 from the two (they count different things). */
function recallScore(matched: number, output: number, recalled: number, groups: number): Score {
  const p = score(matched, output - matched, 0).p;
  const r = score(recalled, 0, groups - recalled).r;
  const f1 = p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 1000) / 1000;
  return { p, r, f1, tp: matched, fp: output - matched, fn: groups - recalled };
}

const bestOverlap = (g: GoldRange, range: Range): number =>
  Math.max(...g.ranges.map((r) => overlapOf(r, range)));

function locateAll(
  collapsed: CollapsedText,
  evidence: QuestionGold['documents'][number]['evidence'],
  missing: () => void,
): GoldRange[] {
  return evidence.flatMap((e): GoldRange[] => {
    const ranges = locate(collapsed, e.quote);
    if (ranges.length === 0) {
      missing();
      return [];
    }
    return [{ ranges, indicator: e.indicator, polarity: e.polarity, group: -1 }];
  });
}

/** Numbers the groups of overlapping items of one indicator (a repeated caption is one group). */
function assignGroups(golds: GoldRange[]): number {
  let next = 0;
  for (const [i, g] of golds.entries()) {
    const earlier = golds
      .slice(0, i)
      .find(
        (e) => e.indicator === g.indicator && e.ranges.some((a) => g.ranges.some((b) => overlapEnough(a, b))),
      );
    g.group = earlier ? earlier.group : next++;
  }
  return next;
}

function statusScore(gold: QuestionGold, answer: QuestionAnswer) {
  const ids = Object.keys(gold.status);
  const wrongStatus = ids.filter((id) => answer.status[id] !== gold.status[id]);
  return { status: { right: ids.length - wrongStatus.length, of: ids.length }, wrongStatus };
}

function viewScore(gold: QuestionGold, answer: QuestionAnswer) {
  let presence = 0;
  let exact = 0;
  let near = 0;
  let withView = 0;
  let given = 0;
  let givenRight = 0;
  for (const doc of gold.documents) {
    const out = answer.views.get(doc.key);
    if ((doc.view === null) === (out === undefined)) presence++;
    if (out !== undefined) {
      given++;
      if (doc.view) givenRight++;
    }
    if (!doc.view) continue;
    withView++;
    if (out === undefined) continue;
    const step = Math.abs(goldBands.indexOf(out) - goldBands.indexOf(doc.view.band));
    if (step === 0) exact++;
    if (step <= 1) near++;
  }
  return {
    viewPresence: { right: presence, of: gold.documents.length },
    viewsGiven: { right: givenRight, of: given },
    bandExact: { right: exact, of: withView },
    bandWithinOne: { right: near, of: withView },
  };
}
