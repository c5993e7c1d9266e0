import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionKind } from '../../core/index.js';
import { sharedPath } from '../../core/index.js';
import { compromiseNer } from '../peers/compromise-ner.js';
import { type NerSpan, type NerSystem, sitrepNer } from '../peers/ner-system.js';
import { winkNer } from '../peers/wink-ner.js';
import { type DatasetResult, type EvalDataset, type Score, Tally } from '../prf.js';
import { type GumDoc, type GumMention, readGum } from './gum-news-read.js';

/**
 * GUM type -> our mention kind. GUM's `place` covers countries and cities (GPE) as well as
 * geographic places, like our `place`. The other GUM types (time, event, abstract, object,
 * substance, animal, plant) are not scored; our `equipment` and `demonym` are therefore not scored
 * either (GUM has no demonym type: "Australian" alone is no mention), and our military `unit`
 * counts as an organisation.
 */
const kindOf: Record<string, MentionKind> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
};
const scored: readonly MentionKind[] = ['person', 'organisation', 'place'];
const ours = (kind: MentionKind): MentionKind => (kind === 'unit' ? 'organisation' : kind);

const systems: Record<string, NerSystem> = {
  sitrep: sitrepNer,
  compromise: compromiseNer,
  'wink-nlp': winkNer,
};

interface Scored {
  readonly text: string;
  /** Named gold mentions (syntactic head a proper noun) of the scored types. */
  readonly named: readonly (GumMention & { kind: MentionKind })[];
  /** Nominal and pronominal ones: a prediction on one of them is neither right nor wrong. */
  readonly nominal: readonly (GumMention & { kind: MentionKind })[];
}

const hit = (
  a: { start: number; end: number },
  b: { start: number; end: number },
  exact: boolean,
): boolean => (exact ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end);

/**
 * GUM news (train and dev, 22 Wikinews articles; sitrep learns nothing from them, the official test
 * documents are held out). Named mentions only; nominal and pronominal mentions are excluded (a
 * prediction on one is ignored). Cells: per type, span overlap and type (one-to-many: a prediction
 * is right when it overlaps a gold mention of its type, a gold mention found when one does);
 * `named-exact`, exact span and type over the three types; `grouping`, pairwise coreference F1 over
 * the named gold mentions a system found (two mentions linked when they share our `entity` key /
 * GUM's entity id), so it also drops when mentions are missed.
 */
export const gumNews: EvalDataset = {
  name: 'gum-news',
  needs: 'benchmarks/gum-news',
  run: async () => {
    const root = sharedPath('benchmarks', 'gum-news');
    const docs: GumDoc[] = [];
    for (const split of ['dev', 'train']) {
      for (const file of readdirSync(join(root, split))
        .filter((f) => f.endsWith('.conllu'))
        .sort()) {
        docs.push(...readGum(readFileSync(join(root, split, file), 'utf8')));
      }
    }
    const data = docs.map(toScored);
    const result: DatasetResult = {};
    for (const [name, system] of Object.entries(systems)) {
      const predictions = data.map((d) =>
        system(d.text)
          .map((p) => ({ ...p, kind: ours(p.kind) }))
          .filter((p) => scored.includes(p.kind))
          .filter((p) => onNamed(d, p) || !d.nominal.some((g) => g.kind === p.kind && hit(g, p, false))),
      );
      if (predictions.every((ps) => ps.length === 0)) continue;
      const cells: Record<string, Score> = {};
      for (const kind of scored) cells[kind] = tally(data, predictions, [kind], false);
      cells['named-exact'] = tally(data, predictions, scored, true);
      cells.grouping = grouping(data, predictions);
      result[name] = cells;
    }
    return result;
  },
};

function toScored(d: GumDoc): Scored {
  const typed = d.mentions.flatMap((m) => {
    const kind = kindOf[m.type];
    return kind ? [{ ...m, kind }] : [];
  });
  return { text: d.text, named: typed.filter((m) => m.named), nominal: typed.filter((m) => !m.named) };
}

const onNamed = (d: Scored, p: NerSpan): boolean =>
  d.named.some((g) => g.kind === p.kind && hit(g, p, false));

function tally(
  data: readonly Scored[],
  predictions: readonly (readonly NerSpan[])[],
  kinds: readonly MentionKind[],
  exact: boolean,
): Score {
  const t = new Tally();
  data.forEach((d, i) => {
    const gold = d.named.filter((g) => kinds.includes(g.kind));
    const pred = (predictions[i] ?? []).filter((p) => kinds.includes(p.kind));
    const tp = pred.filter((p) => gold.some((g) => g.kind === p.kind && hit(g, p, exact))).length;
    const found = gold.filter((g) => pred.some((p) => g.kind === p.kind && hit(g, p, exact))).length;
    t.add(tp, pred.length - tp, gold.length - found);
  });
  return t.score();
}

/** Pairwise links among named gold mentions: gold links share GUM's id, predicted ones our entity key. */
function grouping(data: readonly Scored[], predictions: readonly (readonly NerSpan[])[]): Score {
  const t = new Tally();
  data.forEach((d, i) => {
    const keys = d.named.map(
      (g) => (predictions[i] ?? []).find((p) => p.kind === g.kind && hit(g, p, false))?.entity,
    );
    for (let a = 0; a < d.named.length; a++) {
      for (let b = a + 1; b < d.named.length; b++) {
        const gold = d.named[a]?.id === d.named[b]?.id;
        const ka = keys[a];
        const ours = ka !== undefined && ka === keys[b];
        if (gold && ours) t.add(1, 0, 0);
        else if (ours) t.add(0, 1, 0);
        else if (gold) t.add(0, 0, 1);
      }
    }
  });
  return t.score();
}
