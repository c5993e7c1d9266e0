import type { SeriesPoint } from '../brief-model.js';
import { formatDate, formatNumber } from '../format.js';
import { type Html, html } from './escape.js';

const W = 120;
const H = 28;
const PAD = 4;

const dayOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15) / 86_400_000;
};

const scale = (v: number, lo: number, hi: number, from: number, to: number): number =>
  hi === lo ? (from + to) / 2 : from + ((v - lo) / (hi - lo)) * (to - from);

/**
 * An indicator's trend as a sparkline: its dated figures placed by date (x) and value (y, from the
 * lowest to the highest figure), joined by a line, each dot with its figure and date as a tooltip.
 * Plain inline SVG, no script; the figures themselves are in the table beside it.
 */
export function svgSparkline(points: readonly SeriesPoint[], label: string): Html {
  if (points.length === 0) return html``;
  const days = points.map((p) => dayOf(p.date));
  const values = points.map((p) => p.value);
  const [d0, d1] = [Math.min(...days), Math.max(...days)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const xy = points.map((p, k) => ({
    p,
    x: scale(days[k] ?? d0, d0, d1, PAD, W - PAD).toFixed(1),
    y: scale(p.value, v0, v1, H - PAD, PAD).toFixed(1),
  }));
  const first = points[0];
  const last = points.at(-1);
  const at = (p: SeriesPoint) => `${formatNumber(p.value)} (${formatDate(p.date)})`;
  const summary =
    first && last && points.length > 1
      ? `${label}: ${at(first)} to ${at(last)}, ${points.length} dated figures`
      : `${label}: ${first ? at(first) : ''}`;
  return html`<svg class="spark" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${summary}"><title>${summary}</title>${
    xy.length > 1
      ? html`<polyline fill="none" stroke="#1f4e79" stroke-width="1.5" points="${xy.map((q) => `${q.x},${q.y}`).join(' ')}"/>`
      : html``
  }${xy.map((q) => html`<circle cx="${q.x}" cy="${q.y}" r="2.5" fill="#a8321e"><title>${formatDate(q.p.date)}: ${q.p.text}</title></circle>`)}</svg>`;
}
