import type { Quantity } from '../core/index.js';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 1500000000 → "1.5 billion", 65000 → "65,000". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${numberFormat.format(n / 1e9)} billion`;
  if (abs >= 1e6) return `${numberFormat.format(n / 1e6)} million`;
  return numberFormat.format(n);
}

const qualifierSign: Record<string, string> = {
  'at least': '≥',
  'more than': '>',
  over: '>',
  'at most': '≤',
  'up to': '≤',
  'less than': '<',
  about: '~',
  almost: '~',
  nearly: '~',
};

const unitOf = (q: Pick<Quantity, 'kind' | 'unit' | 'currency'>): string => {
  if (q.kind === 'percent') return '%';
  if (q.kind === 'money') return q.currency ?? (q.unit === 'dollar' ? 'USD' : (q.unit ?? ''));
  return q.unit ? ` ${q.unit}${q.unit.endsWith('s') ? '' : 's'}` : '';
};

/** The normalized figure of a quantity: "≥ 94", "11,000–12,000", "~ 9,000", "1.5 billion USD". */
export function formatFigure(
  q: Pick<Quantity, 'value' | 'low' | 'high' | 'qualifier' | 'kind' | 'unit' | 'currency'>,
): string {
  const core =
    q.value !== undefined
      ? formatNumber(q.value)
      : q.low !== undefined && q.high !== undefined
        ? `${formatNumber(q.low)}–${formatNumber(q.high)}`
        : '?';
  const sign = q.qualifier ? qualifierSign[q.qualifier] : undefined;
  const unit = unitOf(q);
  const withUnit = q.kind === 'money' && unit ? `${unit} ${core}` : `${core}${unit}`;
  return sign ? `${sign} ${withUnit}` : withUnit;
}

/** "russian-troops" → "Russian troops"; "ammunition-tons" → "Ammunition (tons)". */
export function measureLabel(key: string): string {
  const parts = key.split('-');
  const units = new Set(['tons', 'tonnes', 'percent', 'usd', 'eur', 'rub']);
  const last = parts.at(-1) ?? '';
  const unit = parts.length > 1 && units.has(last) ? parts.pop() : undefined;
  const words = parts.join(' ');
  const proper = words.replace(
    /\b(russian|belarusian|ukrainian|belarus|russia|ukraine)\b/g,
    (w) => w.charAt(0).toUpperCase() + w.slice(1),
  );
  const label = proper.charAt(0).toUpperCase() + proper.slice(1);
  if (!unit) return label === 'Usd' ? 'Money (USD)' : label;
  return `${label} (${unit === 'usd' ? 'USD' : unit === 'percent' ? '%' : unit})`;
}

/** "2022-10-21/2022-10-31" → "2022-10-21"; "2022-06/" → "2022-06". */
export const startOf = (isoValue: string): string => isoValue.split('/')[0] ?? isoValue;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-10-08" → "8 Oct 2022"; "2022-10" → "Oct 2022". */
export function formatDate(iso: string): string {
  const [y, m, d] = startOf(iso).split('-');
  const month = m ? months[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Shortens a sentence at a word boundary. */
export function clip(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** A label that starts with a measure key reads as words: "russian-troops in Belarus" → "Russian troops in Belarus". */
export function humanLabel(label: string): string {
  const fixed = label.replace(/^([a-z0-9]+(?:-[a-z0-9]+)+)\b/, (key) => measureLabel(key));
  return fixed.charAt(0).toUpperCase() + fixed.slice(1);
}

/**
 * A wire dateline at the start of a sentence ("KYIV, Oct 17 (Agency) - ", "LONDON (Agency) — "): a
 * place in capitals, an optional date, an optional agency in brackets, then a dash. Its length, or 0.
 */
export function datelineLength(sentence: string): number {
  const m =
    /^\s*\p{Lu}[\p{Lu}.'’/-]+(?:[ /]\p{Lu}[\p{Lu}.'’/-]+)*(?:,[^()\n–—]{1,30}?)?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]{1,2}\s+/u.exec(
      sentence,
    );
  // A dateline holds a comma (a date) or a bracket (an agency); a bare capitalised word and a dash does not.
  return m && /[,(]/.test(m[0]) ? m[0].length : 0;
}

/** A sentence without its wire dateline, for reading (footnotes keep the sentence as stored). */
export const withoutDateline = (sentence: string): string => sentence.slice(datelineLength(sentence));
