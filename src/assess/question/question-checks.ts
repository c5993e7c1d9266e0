import { isKnownMeasureKey, measureExamples } from './measure-keys-known.js';
import type { Indicator, Question, Threshold } from './question.schema.js';
import type { YamlPath } from './yaml-position.js';

/** A problem found after the shapes are valid: it names where (a path) and why. */
export interface QuestionProblem {
  readonly path: YamlPath;
  readonly reason: string;
}

const duplicateIds = (items: readonly { id: string }[], field: string, kind: string): QuestionProblem[] => {
  const seen = new Map<string, number>();
  return items.flatMap((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
      return [];
    }
    return [
      { path: [field, i, 'id'], reason: `duplicate ${kind} id "${item.id}" (also ${field}[${first}])` },
    ];
  });
};

const unknownDirections = (indicator: Indicator, at: number, known: ReadonlySet<string>): QuestionProblem[] =>
  Object.keys(indicator.direction)
    .filter((h) => !known.has(h))
    .map((h) => ({
      path: ['indicators', at, 'direction', h],
      reason: `unknown hypothesis id "${h}" (expected one of ${[...known].join(', ')})`,
    }));

const emptyMatch = (indicator: Indicator, at: number): QuestionProblem[] => {
  const { measureKeys = [], entities = [], cues = [] } = indicator.match;
  return measureKeys.length + entities.length + cues.length === 0
    ? [{ path: ['indicators', at, 'match'], reason: 'matches nothing: give measureKeys, entities or cues' }]
    : [];
};

const unknownMeasureKeys = (indicator: Indicator, at: number): QuestionProblem[] =>
  (indicator.match.measureKeys ?? []).flatMap((key, k) => {
    if (isKnownMeasureKey(key)) return [];
    const known = [...new Set(measureExamples().map((e) => e.key))].join(', ');
    return [
      {
        path: ['indicators', at, 'match', 'measureKeys', k],
        reason: `unknown measure key "${key}": each part must be a word or a nation; keys the extractor assigns include ${known} (sitrep measures lists them with an example)`,
      },
    ];
  });

const rising = (t: Threshold): boolean => t.op === '>' || t.op === '>=';

type Placed = { readonly t: Threshold; readonly i: number };

/** A warning level lies beyond its watch level, in the same direction. */
const levelProblems = (watch: Placed, warning: Placed, base: YamlPath): QuestionProblem[] => {
  const path = [...base, warning.i];
  if (rising(watch.t) !== rising(warning.t)) {
    return [{ path, reason: 'the warning and watch thresholds point in opposite directions' }];
  }
  const beyond = rising(watch.t) ? warning.t.value >= watch.t.value : warning.t.value <= watch.t.value;
  return beyond
    ? []
    : [
        {
          path: [...path, 'value'],
          reason: `the warning level (${warning.t.value}) must lie beyond the watch level (${watch.t.value})`,
        },
      ];
};

/** Each threshold names one of the indicator's measure keys (implied when it has exactly one). */
const thresholdProblems = (indicator: Indicator, at: number): QuestionProblem[] => {
  const thresholds = indicator.thresholds ?? [];
  const keys = indicator.match.measureKeys ?? [];
  const base: YamlPath = ['indicators', at, 'thresholds'];
  if (thresholds.length > 0 && keys.length === 0) {
    return [{ path: base, reason: 'thresholds need match.measureKeys to compare against' }];
  }
  const problems: QuestionProblem[] = [];
  const levels = new Map<string, Partial<Record<Threshold['level'], Placed>>>();
  thresholds.forEach((t, i) => {
    const key = t.measureKey ?? (keys.length === 1 ? keys[0] : undefined);
    if (key === undefined) {
      problems.push({
        path: [...base, i],
        reason: `name a measureKey: this indicator has ${keys.join(', ')}`,
      });
    } else if (!keys.includes(key)) {
      problems.push({
        path: [...base, i, 'measureKey'],
        reason: `"${key}" is not one of this indicator's measure keys (${keys.join(', ')})`,
      });
    } else {
      const slot = levels.get(key) ?? {};
      if (slot[t.level])
        problems.push({ path: [...base, i], reason: `a second ${t.level} threshold for "${key}"` });
      else levels.set(key, { ...slot, [t.level]: { t, i } });
    }
  });
  for (const { watch, warning } of levels.values()) {
    if (watch && warning) problems.push(...levelProblems(watch, warning, base));
  }
  return problems;
};

/** Cross-field checks over a question whose shape is already valid. */
export const checkQuestion = (question: Question): QuestionProblem[] => {
  const known = new Set(question.hypotheses.map((h) => h.id));
  return [
    ...duplicateIds(question.hypotheses, 'hypotheses', 'hypothesis'),
    ...duplicateIds(question.indicators, 'indicators', 'indicator'),
    ...question.indicators.flatMap((indicator, i) => [
      ...emptyMatch(indicator, i),
      ...unknownMeasureKeys(indicator, i),
      ...unknownDirections(indicator, i, known),
      ...thresholdProblems(indicator, i),
    ]),
  ];
};
