import type { MeasureGroup } from '../brief-model.js';
import { formatNumber } from '../format.js';
import { type Html, html } from './escape.js';

const W = 720;
const LABEL = 190;
const ROW = 46;
const palette = ['#1f4e79', '#a8321e', '#2d6a3e', '#a86b00', '#6b3fa0', '#0e7c86', '#7a4b2a', '#c2185b'];
const MAX_GROUPS = 8;

/**
 * Figures per measure across sources: one track per measure (its own linear scale from zero), a dot
 * per point figure and a bar per range, coloured by source, so a reader sees at once where sources
 * agree and where one stands apart.
 */
export function svgFigures(groups: readonly MeasureGroup[]): Html {
  const shown = groups.filter((g) => g.documents >= 2 && g.max > 0).slice(0, MAX_GROUPS);
  if (shown.length === 0) return html``;
  const outlets = [...new Set(shown.flatMap((g) => g.rows.map((r) => r.outlet)))];
  const color = (o: string) => palette[outlets.indexOf(o) % palette.length] ?? '#1f4e79';
  const height = shown.length * ROW + 24 + Math.ceil(outlets.length / 3) * 16;
  const rows = shown.map((g, i) => {
    const y = 18 + i * ROW;
    const top = g.max * 1.08;
    const sx = (v: number) => LABEL + (v / top) * (W - LABEL - 20);
    const marks = g.rows.map((r, k) => {
      const jitter = ((k % 3) - 1) * 5;
      const c = color(r.outlet);
      const tip = html`<title>${r.outlet}: ${r.figure} (${r.stated})</title>`;
      if (r.low !== undefined && r.high !== undefined) {
        return html`<rect x="${sx(r.low).toFixed(1)}" y="${y + 12 + jitter}" width="${Math.max(3, sx(r.high) - sx(r.low)).toFixed(1)}" height="6" rx="3" fill="${c}" opacity="0.8">${tip}</rect>`;
      }
      return html`<circle cx="${sx(r.value ?? 0).toFixed(1)}" cy="${y + 15 + jitter}" r="5" fill="${c}" fill-opacity="0.85" stroke="#fff">${tip}</circle>`;
    });
    const placed: number[] = [];
    const labels = g.rows.flatMap((r) => {
      const v = r.value ?? (r.low !== undefined && r.high !== undefined ? (r.low + r.high) / 2 : undefined);
      if (v === undefined) return [];
      const lx = sx(v);
      if (placed.some((p) => Math.abs(p - lx) < 44)) return [];
      placed.push(lx);
      const text =
        r.value !== undefined
          ? formatNumber(r.value)
          : `${formatNumber(r.low ?? 0)}–${formatNumber(r.high ?? 0)}`;
      return [
        html`<text x="${lx.toFixed(1)}" y="${y + 3}" text-anchor="middle" font-family="sans-serif" font-size="10" font-weight="600" fill="#1b1d21">${text}</text>`,
      ];
    });
    return html`<text x="0" y="${y + 12}" font-family="sans-serif" font-size="12" font-weight="600" fill="#1b1d21">${g.label}</text>
<text x="0" y="${y + 27}" font-family="sans-serif" font-size="10.5" fill="#5d6470">${g.documents} sources · ${g.rows.length} figures</text>
<line x1="${LABEL}" x2="${W - 20}" y1="${y + 15}" y2="${y + 15}" stroke="#d9dce1"/>
<text x="${LABEL}" y="${y + 36}" font-family="sans-serif" font-size="10" fill="#5d6470">0</text>

${marks}${labels}`;
  });
  const legendY = shown.length * ROW + 26;
  const legend = outlets.map((o, i) => {
    const lx = (i % 3) * 240;
    const ly = legendY + Math.floor(i / 3) * 16;
    return html`<circle cx="${lx + 5}" cy="${ly - 4}" r="4.5" fill="${color(o)}"/><text x="${lx + 14}" y="${ly}" font-family="sans-serif" font-size="10.5" fill="#1b1d21">${o.length > 36 ? `${o.slice(0, 35)}…` : o}</text>`;
  });
  return html`<figure><svg viewBox="0 0 ${W} ${height}" role="img" aria-label="Figures per measure across sources">${rows}${legend}</svg>
<figcaption>Each track is one measure on its own scale from zero; dots are single figures, bars are ranges, colours are sources.</figcaption></figure>`;
}
