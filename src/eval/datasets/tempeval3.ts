import { timeStage } from '../../annotate/stages/time.stage.js';
import { type Span, sharedPath, type TimeExpr } from '../../core/index.js';
import { chronoNaive } from '../peers/chrono-naive.js';
import { recognizersDate } from '../peers/recognizers-date.js';
import type { DatasetResult, EvalDataset } from '../prf.js';
import { TempevalTally, type TimemlPrediction } from './tempeval-score.js';
import { readTimemlFolder } from './tempeval-timeml.js';

type System = (text: string, dct: string | undefined) => readonly TimemlPrediction[];

/**
 * Our values in TimeML form: points are already TimeML (2022-12-03, 2022-W48, 2022-10, 2022-Q3,
 * 2022); an interval becomes the smallest period holding both ends ("early 1990" = 1990-01/1990-04
 * -> 1990, as TimeML writes it with mod="START"), an open one its stated end.
 */
export const timemlValue = (value: string, rule = '', text = ''): string => {
  const part = rule.startsWith('day-part') ? dayPartCode(text) : '';
  if (part) return `${value}T${part}`;
  const [from = '', to = ''] = value.split('/');
  // TimeML marks only "X" in "since X" and "by X": the value is X's.
  if (rule.endsWith('+since')) return from;
  if (rule.endsWith('+by')) return to.slice(0, deadlineWidth(rule, to));
  if (!value.includes('/') || !to) return from;
  if (!from) return to;
  let common = 0;
  while (common < from.length && from[common] === to[common]) common++;
  const prefix = from.slice(0, common);
  if (prefix.length >= 7 && /^\d{4}-\d\d/.test(prefix)) return prefix.slice(0, 7);
  if (prefix.length >= 4) return prefix.slice(0, 4);
  return from;
};

/** TimeML's parts of a day: "Wednesday night" = 2000-01-05TNI. */
const dayPartCode = (text: string): string => {
  const t = text.toLowerCase();
  if (/morning/.test(t)) return 'MO';
  if (/afternoon/.test(t)) return 'AF';
  if (/evening/.test(t)) return 'EV';
  return /night|overnight/.test(t) ? 'NI' : '';
};

/** How much of a "by X" deadline day is X itself: a year, a month or the day. */
const deadlineWidth = (rule: string, to: string): number => {
  if (rule.startsWith('year')) return 4;
  if (rule.startsWith('period-of')) return to.endsWith('-12-31') ? 4 : 7;
  if (rule.startsWith('chrono/ENMonthNameParser')) return 7;
  return to.length;
};

/** TimeML leaves "since" and "by" outside the TIMEX3; our spans include them (the seed gold does). */
const openWord = /^(?:ever\s+since|since|by|no\s+later\s+than)\s+/i;
export const timemlSpan = (t: TimeExpr): Span => {
  if (!/\+(?:since|by)$/.test(t.rule)) return t.span;
  const m = openWord.exec(t.text);
  return m ? { start: t.span.start + m[0].length, end: t.span.end } : t.span;
};

const systems: Record<string, System> = {
  sitrep: (text, dct) =>
    (timeStage.run(text, {}, dct ? { referenceDate: dct } : {}).times ?? []).map((t) => ({
      span: timemlSpan(t),
      value: timemlValue(t.value, t.rule, t.text),
    })),
  'chrono-node': (text, dct) => chronoNaive(text, dct).map((t) => ({ span: t.span, value: t.timeml })),
  'recognizers-text': (text, dct) =>
    recognizersDate(text, dct).map((t) => ({ span: t.span, value: t.timeml })),
};

/** TempEval-3 TBAQ (development part): TIMEX3 strict, relaxed and value F1, each document's DCT as reference. */
export const tempeval3: EvalDataset = {
  name: 'tempeval3-tbaq',
  needs: 'benchmarks/tempeval3-tbaq',
  run: async () => {
    const docs = readTimemlFolder(sharedPath('benchmarks', 'tempeval3-tbaq'));
    const result: DatasetResult = {};
    for (const [name, system] of Object.entries(systems)) {
      const tally = new TempevalTally();
      for (const doc of docs) tally.add(system(doc.text, doc.dct), doc.timexes);
      result[name] = {
        'timex-strict': tally.strict.score(),
        'timex-relaxed': tally.relaxed.score(),
        'timex-value': tally.value.score(),
      };
    }
    return result;
  },
};
