import type { Brief, FigureRow, MeasureGroup, Statement } from '../brief-model.js';
import { viewsIn } from '../judgements.js';
import { achHowToRead, bottomLineParts, publishedText } from '../reading.js';
import { type Html, html } from './escape.js';
import { svgFigures } from './svg-figures.js';
import { svgSparkline } from './svg-sparkline.js';

/** Footnote markers: `<sup><a href="#fn-3">3</a></sup>`, one link per note. */
export const refs = (notes: readonly number[]): Html =>
  notes.length === 0
    ? html``
    : html`<sup class="fn">${notes.map((n, i) => html`${i > 0 ? ',' : ''}<a href="#fn-${n}" aria-label="source ${n}">${n}</a>`)}</sup>`;

const said = (s: Statement) => html`${s.text}${refs(s.notes)}`;
export const badge = (label: string) =>
  html`<span class="badge ${label.replace(/\s+/g, '-')}">${label}</span>`;
export const empty = (text: string) => html`<p class="empty">${text}</p>`;
export const pct = (p: number) => `${Math.round(p * 100)}%`;

/** The first screen: the answer and what it rests on, in short titled lists. */
export function bottomLineSection(b: Brief): Html {
  if (!b.bottomLine) return html``;
  const parts = bottomLineParts(b.bottomLine);
  return html`<section id="bottom-line" class="bottom-line"><h2>Bottom line</h2><div class="bl-grid">${parts.map(
    ([title, statements], i) =>
      html`<div class="bl-part${i === 0 ? ' bl-answer' : ''}"><h3>${title}</h3><ul>${statements.map((s) => html`<li>${said(s)}</li>`)}</ul></div>`,
  )}</div></section>`;
}

export const leftOutNote = (text: string | undefined): Html =>
  text ? html`<p class="note left-out">${text}</p>` : html``;

export function judgementsSection(b: Brief): Html {
  const f = b.forecast;
  const gauge = f
    ? html`<div class="forecast"><div class="big">${pct(f.probability)}</div><div><div class="band">${f.band}</div><div class="range">pooled across independent origins from ${viewsIn(f.views, f.documents)}${f.min === f.max ? '' : `; views range ${pct(f.min)}–${pct(f.max)}`}</div></div></div>`
    : html``;
  return html`<section id="judgements"><h2>Key judgements</h2>${gauge}${
    b.judgements.length > 0
      ? html`<ol class="judgements">${b.judgements.map((j) => html`<li>${said(j)}</li>`)}</ol>`
      : empty('No corroborated judgement yet: too few sources agree.')
  }</section>`;
}

export function indicatorsSection(b: Brief): Html {
  if (b.indicators.length === 0 && b.hypotheses.length === 0) return html``;
  const hyps = b.hypotheses;
  const board = html`<div class="table-wrap"><table><thead><tr><th>Indicator</th><th>Status</th><th>Latest</th><th>Trend</th><th class="num">Sources</th></tr></thead><tbody>
${b.indicators.map((i) => html`<tr><td>${i.name}${refs(i.notes)}</td><td>${badge(i.status)}</td><td>${i.latest ?? '–'}</td><td>${i.trend}${i.series ? html`<br>${svgSparkline(i.series, i.name)}` : ''}</td><td class="num">${i.origins}</td></tr>`)}
</tbody></table></div>`;
  const matrix =
    hyps.length > 0
      ? html`<h3>Competing hypotheses</h3><div class="table-wrap"><table><thead><tr><th>Hypothesis</th><th class="num">Weighted inconsistency</th></tr></thead><tbody>${hyps.map((h) => html`<tr><td>${h.label}</td><td class="num">${h.inconsistency.toFixed(1)}</td></tr>`)}</tbody></table></div>
<p class="note">${achHowToRead}</p>`
      : html``;
  return html`<section id="indicators"><h2>Indicators and hypotheses</h2>${board}${matrix}</section>`;
}

const holds = (r: FigureRow) =>
  r.when ?? (r.published ? `reported ${publishedText(r.published, r.publishedInferred)}` : '–');

const columns = (measure: boolean) =>
  html`<colgroup>${measure ? html`<col class="c-measure">` : ''}<col class="c-fig"><col class="c-stated"><col class="c-date"><col class="c-src"></colgroup>
<thead><tr>${measure ? html`<th>Measure</th>` : ''}<th class="num">Figure</th><th>As stated</th><th>Holds for</th><th>Source</th></tr></thead>`;

const figureRow = (r: FigureRow, measure?: string) =>
  html`<tr>${measure !== undefined ? html`<td>${measure}</td>` : ''}<td class="fig num">${r.figure}</td><td class="stated">${r.stated}${refs([r.note])}</td><td class="date">${holds(r)}</td><td>${r.outlet}</td></tr>`;

const summary = (g: MeasureGroup): Html => {
  const c = g.conservative;
  if (!c) return html``;
  const range = g.range ? html`; estimates range ${g.range}` : '';
  const named = g.indicators ? html`; counted by ${g.indicators.join('; ')}` : '';
  return html`<p class="note">Conservative figure <b>${c.figure}</b> (lowest estimate: ${c.outlet}, ${holds(c) === '–' ? 'undated' : holds(c)})${refs([c.note])}${range}${named}.</p>`;
};

const group = (g: MeasureGroup) =>
  html`<h3>${g.label}<span class="meta">${g.documents} sources${g.headline ? ` · conservative figure ${g.headline}` : ''}</span>${g.status ? html` ${badge(g.status)}` : ''}</h3>${summary(g)}
<div class="table-wrap"><table class="figures">${columns(false)}<tbody>${g.rows.map((r) => figureRow(r))}</tbody></table></div>`;

/** Measures that only one source reports share one table. */
const singles = (groups: readonly MeasureGroup[]) =>
  groups.length === 0
    ? html``
    : html`<h3>Reported by one source<span class="meta">${groups.length} measures</span></h3>
<div class="table-wrap"><table class="figures others">${columns(true)}<tbody>${groups.flatMap((g) => g.rows.map((r) => figureRow(r, g.label)))}</tbody></table></div>`;

export const numbersSection = (b: Brief): Html =>
  html`<section id="numbers"><h2>Key numbers</h2>${svgFigures(b.numbers)}${
    b.numbers.length > 0
      ? html`${b.numbers.filter((g) => g.documents > 1).map(group)}${singles(b.numbers.filter((g) => g.documents <= 1))}`
      : empty('No figures found.')
  }${leftOutNote(b.leftOut.numbers)}</section>`;
