import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionKind } from '../../core/index.js';
import { sharedPath } from '../../core/index.js';
import { compromiseNer } from '../peers/compromise-ner.js';
import { type NerSpan, type NerSystem, sitrepNer } from '../peers/ner-system.js';
import { winkNer } from '../peers/wink-ner.js';
import { type DatasetResult, type EvalDataset, type Score, Tally } from '../prf.js';

interface Re3dEntity {
  readonly documentId: string;
  readonly begin: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

const kindOf: Record<string, MentionKind> = {
  Person: 'person',
  Organisation: 'organisation',
  Location: 'place',
  Nationality: 'demonym',
  Weapon: 'equipment',
  MilitaryPlatform: 'equipment',
  Vehicle: 'equipment',
};
const scored: readonly MentionKind[] = ['person', 'organisation', 'place', 'demonym', 'equipment'];
/** re3d files military units ("321st Field Artillery Regiment") under Organisation, as GUM does. */
const ours = (kind: MentionKind): MentionKind => (kind === 'unit' ? 'organisation' : kind);
const PRONOUN = /^(?:I|He|She|It|We|They|You|His|Her|Its|Our|Their|My|The|This|That|These|Those|A|An)\b/;

/** A named mention starts with a capital or a digit and is not a pronoun or a determiner phrase. */
const named = (e: Re3dEntity): boolean => /^[\p{Lu}\p{N}]/u.test(e.value) && !PRONOUN.test(e.value);

const readLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const systems: Record<string, NerSystem> = {
  sitrep: sitrepNer,
  compromise: compromiseNer,
  'wink-nlp': winkNer,
};

/**
 * re3d (development part). Per type: named mentions only (nominal and pronominal ones excluded),
 * span overlap and type (a prediction on a nominal gold mention is ignored); `named-exact`, exact
 * span and type over all scored types; `equipment+nominal`, span overlap over every equipment
 * mention, named or not, as the README counts them (most re3d weapons and platforms are common
 * nouns: "tanks", "aircraft"). A type a system never predicts gets no cell.
 */
export const re3d: EvalDataset = {
  name: 're3d',
  needs: 'benchmarks/re3d',
  run: async () => {
    const root = sharedPath('benchmarks', 're3d');
    const docs: Re3dDoc[] = [];
    for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const entities = readLines<Re3dEntity>(join(root, folder.name, 'entities.json'));
      for (const d of readLines<{ _id: string; text: string }>(join(root, folder.name, 'documents.json'))) {
        const mine = entities.filter((e) => e.documentId === d._id && kindOf[e.type]);
        const span = (e: Re3dEntity): GoldSpan => ({
          start: e.begin,
          end: e.end,
          kind: kindOf[e.type] as MentionKind,
        });
        docs.push({
          text: d.text,
          gold: mine.filter(named).map(span),
          nominal: mine.filter((e) => !named(e)).map(span),
        });
      }
    }
    const result: DatasetResult = {};
    for (const [name, system] of Object.entries(systems)) {
      const predictions = docs.map((d) =>
        system(d.text)
          .map((p) => ({ ...p, kind: ours(p.kind) }))
          .filter((p) => scored.includes(p.kind)),
      );
      const cells: Record<string, Score> = {};
      for (const kind of scored) {
        if (!predictions.some((ps) => ps.some((p) => p.kind === kind))) continue;
        cells[kind] = tally(docs, predictions, [kind], false);
      }
      if (Object.keys(cells).length === 0) continue;
      const covered = scored.filter((k) => cells[k]);
      cells['named-exact'] = tally(docs, predictions, covered, true);
      if (cells.equipment) cells['equipment+nominal'] = tallyAll(docs, predictions, 'equipment');
      result[name] = cells;
    }
    return result;
  },
};

interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
}

interface Re3dDoc {
  readonly text: string;
  readonly gold: readonly GoldSpan[];
  /** Nominal and pronominal gold mentions: a prediction on one of them is neither right nor wrong. */
  readonly nominal: readonly GoldSpan[];
}

function tally(
  docs: readonly Re3dDoc[],
  predictions: readonly (readonly NerSpan[])[],
  kinds: readonly MentionKind[],
  exact: boolean,
): Score {
  const t = new Tally();
  const hit = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    exact ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
  docs.forEach((d, i) => {
    const gold = d.gold.filter((g) => kinds.includes(g.kind));
    const onNamed = (p: NerSpan): boolean => gold.some((g) => g.kind === p.kind && hit(g, p));
    const onNominal = (p: NerSpan): boolean => d.nominal.some((g) => g.kind === p.kind && hit(g, p));
    const pred = (predictions[i] ?? []).filter(
      (p) => kinds.includes(p.kind) && (onNamed(p) || !onNominal(p)),
    );
    const tp = pred.filter((p) => gold.some((g) => g.kind === p.kind && hit(g, p))).length;
    const found = gold.filter((g) => pred.some((p) => g.kind === p.kind && hit(g, p))).length;
    t.add(tp, pred.length - tp, gold.length - found);
  });
  return t.score();
}

/** Every gold mention of one kind, named or nominal, by span overlap. */
function tallyAll(
  docs: readonly Re3dDoc[],
  predictions: readonly (readonly NerSpan[])[],
  kind: MentionKind,
): Score {
  return tally(
    docs.map((d) => ({ text: d.text, gold: [...d.gold, ...d.nominal], nominal: [] })),
    predictions,
    [kind],
    false,
  );
}
