import type { IndicatorReport } from '../assess/types.js';
import type { SeriesPoint } from './brief-model.js';
import { startOf } from './format.js';

/**
 * The trend of one indicator as dated figures: of its values with a date, those of the measure it
 * reports most often (an indicator may count tanks and guns; one line plots one measure), oldest
 * first; undefined when no figure is dated.
 */
export function indicatorSeries(
  i: Pick<IndicatorReport, 'values'>,
): { measure: string; points: SeriesPoint[] } | undefined {
  const byMeasure = new Map<string, SeriesPoint[]>();
  for (const v of i.values) {
    if (!v.date) continue;
    const key = v.measureKey ?? '';
    const point: SeriesPoint = { date: startOf(v.date.value), value: v.value, text: v.text };
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), point]);
  }
  const [measure, points] = [...byMeasure].sort((x, y) => y[1].length - x[1].length)[0] ?? [];
  if (measure === undefined || !points) return undefined;
  return { measure, points: points.sort((x, y) => x.date.localeCompare(y.date)) };
}
