import {
  Culture,
  recognizeAge,
  recognizeCurrency,
  recognizeDimension,
  recognizeNumber,
  recognizePercentage,
  recognizeTemperature,
} from '@microsoft/recognizers-text-suite';
import type { Figure, FigureSystem } from '../datasets/quantity-figures.js';

type ModelResult = ReturnType<typeof recognizeNumber>[number];

const withUnit: [(text: string, culture: string) => ModelResult[], string][] = [
  [recognizeCurrency, 'money'],
  [recognizePercentage, 'percent'],
  [recognizeDimension, 'measure'],
  [recognizeAge, 'age'],
  [recognizeTemperature, 'measure'],
];

/**
 * Microsoft Recognizers-Text (English): NumberWithUnit models (currency, percentage, dimension, age,
 * temperature) first, then plain numbers where no unit model found anything. Units are its own names,
 * lower-cased ("Mile per hour" -> "mile per hour"; ages "year of age").
 */
export const recognizersFigures: FigureSystem = (text) => {
  const out: Figure[] = [];
  const taken = (start: number, end: number) => out.some((f) => f.start < end && start < f.end);
  for (const [recognize, kind] of withUnit) {
    for (const r of recognize(text, Culture.English)) add(out, r, kind, taken);
  }
  for (const r of recognizeNumber(text, Culture.English)) add(out, r, 'count', taken);
  return out;
};

function add(out: Figure[], r: ModelResult, kind: string, taken: (s: number, e: number) => boolean): void {
  const resolution = (r.resolution ?? {}) as { value?: unknown; unit?: unknown };
  const value = Number.parseFloat(String(resolution.value ?? '').replace('%', ''));
  const start = r.start;
  const end = r.end + 1;
  if (!Number.isFinite(value) || taken(start, end)) return;
  const raw = typeof resolution.unit === 'string' ? resolution.unit.toLowerCase() : '';
  const unit =
    kind === 'percent'
      ? 'percentage'
      : kind === 'age'
        ? `${raw || 'year'} of age`
        : raw === 'united states dollar'
          ? 'dollar'
          : raw || '-';
  out.push({ start, end, value, kind, unit });
}
