import type { Agreement } from '../brief-model.js';
import { type Html, html } from './escape.js';

const CELL = 34;
const LEFT = 210;
const TOP = 20;

const shade = (agree: number, differ: number): string => {
  if (agree + differ === 0) return '#f5f6f8';
  const share = agree / (agree + differ);
  if (share >= 0.67) return '#8fc39f';
  if (share > 0.34) return '#f2d48f';
  return '#e79a8c';
};

const short = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

/**
 * Agreement between sources as a matrix: each cell counts the shared measures on which two sources
 * agree / differ; green where they mostly agree, red where they mostly differ, grey where they
 * share nothing.
 */
export function svgAgreement(a: Agreement): Html {
  const n = a.sources.length;
  if (n < 2) return html``;
  const size = LEFT + n * CELL + 10;
  const height = TOP + n * CELL + 10;
  const cells = a.cells.flatMap((row, i) =>
    row.map((c, j) => {
      const x = LEFT + j * CELL;
      const y = TOP + i * CELL;
      const label = i === j ? '' : c.agree + c.differ === 0 ? '' : `${c.agree}/${c.differ}`;
      return html`<rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" rx="3" fill="${i === j ? '#1b1d21' : shade(c.agree, c.differ)}"><title>${a.sources[i]} · ${a.sources[j]}: agree on ${c.agree}, differ on ${c.differ}</title></rect>${label ? html`<text x="${x + CELL / 2 - 1}" y="${y + CELL / 2 + 3}" text-anchor="middle" font-family="sans-serif" font-size="10" fill="#1b1d21">${label}</text>` : ''}`;
    }),
  );
  const rowLabels = a.sources.map(
    (s, i) =>
      html`<text x="${LEFT - 8}" y="${TOP + i * CELL + CELL / 2 + 3}" text-anchor="end" font-family="sans-serif" font-size="11" fill="#1b1d21">${short(s)}</text>`,
  );
  const colLabels = a.sources.map(
    (_, j) =>
      html`<text x="${LEFT + j * CELL + CELL / 2 - 1}" y="${TOP - 6}" text-anchor="middle" font-family="sans-serif" font-size="10" fill="#5d6470">${j + 1}</text>`,
  );
  const rowNumbers = a.sources.map(
    (_, i) =>
      html`<text x="4" y="${TOP + i * CELL + CELL / 2 + 3}" font-family="sans-serif" font-size="10" fill="#5d6470">${i + 1}</text>`,
  );
  return html`<figure class="matrix"><svg viewBox="0 0 ${size} ${height}" role="img" aria-label="Agreement between sources">${rowNumbers}${rowLabels}${colLabels}${cells}</svg>
<figcaption>Cells read “agree/differ”: on how many shared measures two sources give compatible figures, and on how many they differ (each dispute reconcile found between them counts once). Columns follow the numbered rows.</figcaption></figure>`;
}
