import type { TimelineEvent } from '../brief-model.js';
import { formatDate } from '../format.js';
import { type Html, html } from './escape.js';

const W = 720;
const PAD = 28;
const LANE = 14;
const WINDOW_BEFORE = 45;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dayOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 15) / 86_400_000;
};

/**
 * The timeline as a strip: one dot per event at its date (events of a month without a day sit
 * mid-month, drawn hollow), stacked in lanes when they crowd, with month ticks below.
 */
export function svgTimeline(all: readonly TimelineEvent[], period?: { from: string; to: string }): Html {
  // The chart shows the reporting period and the weeks before it; older background events stay in the list.
  const since = period ? dayOf(period.from) - WINDOW_BEFORE : Number.NEGATIVE_INFINITY;
  const events = all.filter((e) => dayOf(e.date) >= since);
  const earlier = all.length - events.length;
  if (events.length === 0) return html``;
  const days = events.map((e) => dayOf(e.date));
  const first = Math.min(...days) - 3;
  const last = Math.max(...days) + 3;
  const x = (d: number) => PAD + ((d - first) / Math.max(1, last - first)) * (W - 2 * PAD);
  const laneEnds: number[] = [];
  const dots = events.map((e, i) => {
    const cx = x(days[i] ?? first);
    let lane = laneEnds.findIndex((end) => cx - end >= 9);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = cx;
    return { e, cx, lane };
  });
  const lanes = Math.max(1, laneEnds.length);
  const axisY = 16 + lanes * LANE;
  const height = axisY + 30;
  const ticks: { x: number; label: string }[] = [];
  const start = new Date(first * 86_400_000);
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const d = Date.UTC(y, m, 1) / 86_400_000;
    if (d > last) break;
    ticks.push({ x: x(d), label: `${months[m]}${m === 0 ? ` ${y}` : ''}` });
  }
  return html`<figure><svg viewBox="0 0 ${W} ${height}" role="img" aria-label="Timeline of ${events.length} dated events">
<line x1="${PAD}" x2="${W - PAD}" y1="${axisY}" y2="${axisY}" stroke="#1b1d21" stroke-width="1"/>
${ticks.map((t) => html`<line x1="${t.x.toFixed(1)}" x2="${t.x.toFixed(1)}" y1="${axisY}" y2="${axisY + 5}" stroke="#1b1d21"/><text x="${(t.x + 3).toFixed(1)}" y="${axisY + 17}" font-family="sans-serif" font-size="11" fill="#5d6470">${t.label}</text>`)}
${dots.map(
  ({ e, cx, lane }) =>
    html`<circle cx="${cx.toFixed(1)}" cy="${axisY - 8 - lane * LANE}" r="4.5" fill="${e.granularity === 'day' ? '#1f4e79' : '#fff'}" stroke="#1f4e79" stroke-width="1.5"><title>${formatDate(e.date)}: ${e.text}</title></circle>`,
)}
</svg><figcaption>${events.length} dated events${earlier > 0 ? ` (and ${earlier} earlier ones, in the list below)` : ''}; filled dots have a day, hollow ones only a month or a span. Hover a dot for its event.</figcaption></figure>`;
}
