import type { Brief, Contested, MeasureGroup, Statement } from '../brief-model.js';
import { formatDate } from '../format.js';
import { type Html, html } from './escape.js';
import { svgAgreement } from './svg-agreement.js';
import { svgFigures } from './svg-figures.js';
import { svgTimeline } from './svg-timeline.js';

/** Footnote markers: `<sup><a href="#fn-3">3</a></sup>`, one link per note. */
export const refs = (notes: readonly number[]): Html =>
  notes.length === 0
    ? html``
    : html`<sup class="fn">${notes.map((n, i) => html`${i > 0 ? ',' : ''}<a href="#fn-${n}" aria-label="source ${n}">${n}</a>`)}</sup>`;

const said = (s: Statement) => html`${s.text}${refs(s.notes)}`;
const badge = (label: string) => html`<span class="badge ${label.replace(/\s+/g, '-')}">${label}</span>`;
const empty = (text: string) => html`<p class="empty">${text}</p>`;
const pct = (p: number) => `${Math.round(p * 100)}%`;

export function judgementsSection(b: Brief): Html {
  const f = b.forecast;
  const gauge = f
    ? html`<div class="forecast"><div class="big">${pct(f.probability)}</div><div><div class="band">${f.band}</div><div class="range">pooled across independent origins; views range ${pct(f.min)}–${pct(f.max)}</div></div></div>`
    : html``;
  return html`<section id="judgements"><h2>Key judgements</h2>${gauge}${
    b.judgements.length > 0
      ? html`<ol class="judgements">${b.judgements.map((j) => html`<li>${said(j)}</li>`)}</ol>`
      : empty('No corroborated judgement yet: too few sources agree.')
  }</section>`;
}

export function indicatorsSection(b: Brief): Html {
  if (b.indicators.length === 0 && b.hypotheses.length === 0) return html``;
  const hyps = [...b.hypotheses].sort((x, y) => x.rank - y.rank);
  return html`<section id="indicators"><h2>Indicators and hypotheses</h2>
<div class="table-wrap"><table><thead><tr><th>Indicator</th><th>Status</th><th>Latest</th><th>Trend</th><th class="num">Origins</th></tr></thead><tbody>
${b.indicators.map((i) => html`<tr><td>${i.name}${refs(i.notes)}</td><td>${badge(i.status)}</td><td>${i.latest ?? '–'}</td><td>${i.trend}</td><td class="num">${i.origins}</td></tr>`)}
</tbody></table></div>
${hyps.length > 0 ? html`<div class="table-wrap"><table><thead><tr><th class="num">Rank</th><th>Hypothesis</th><th class="num">Weighted inconsistency</th></tr></thead><tbody>${hyps.map((h) => html`<tr><td class="num">${h.rank}</td><td>${h.label}</td><td class="num">${h.inconsistency.toFixed(1)}</td></tr>`)}</tbody></table></div><p class="dek">Heuer's ACH: the hypothesis with the least inconsistent evidence ranks first.</p>` : ''}
</section>`;
}

const group = (
  g: MeasureGroup,
) => html`<h3>${g.label}<span class="meta">${g.documents} source${g.documents === 1 ? '' : 's'}${g.headline ? ` · headline ${g.headline}` : ''}</span>${g.status ? html` ${badge(g.status)}` : ''}</h3>
<div class="table-wrap"><table><thead><tr><th class="num">Figure</th><th>As stated</th><th>Holds for</th><th>Source</th></tr></thead><tbody>
${g.rows.map((r) => html`<tr><td class="fig num">${r.figure}</td><td class="stated">${r.stated}${refs([r.note])}</td><td class="date">${r.date ? formatDate(r.date) : r.published ? `reported ${formatDate(r.published)}` : '–'}</td><td>${r.outlet}</td></tr>`)}
</tbody></table></div>`;

export const numbersSection = (b: Brief): Html =>
  html`<section id="numbers"><h2>Key numbers</h2>${svgFigures(b.numbers)}${
    b.numbers.length > 0 ? b.numbers.map(group) : empty('No figures found.')
  }</section>`;

const contest = (
  c: Contested,
) => html`<div class="contest"><h3>${c.label} ${badge(c.verdict)} <span class="badge">${c.kind}</span></h3>
<p class="why">${c.explanation}</p><div class="sides">
${[c.a, c.b].map((s) => html`<div class="side"><span class="who">${s.outlet}${s.time ? ` · ${formatDate(s.time)}` : ''}</span>${s.text}${refs([s.note])}</div>`)}
</div></div>`;

export const contestedSection = (b: Brief): Html =>
  html`<section id="contested"><h2>What is contested, and why</h2>${
    b.contested.length > 0 ? b.contested.map(contest) : empty('No conflicting reports found.')
  }</section>`;

export const timelineSection = (b: Brief): Html =>
  html`<section id="timeline"><h2>Timeline</h2>${svgTimeline(b.timeline)}${
    b.timeline.length > 0
      ? html`<ol class="timeline">${b.timeline.map((e) => html`<li><time datetime="${e.date}">${formatDate(e.date)}</time>${e.text}${refs(e.notes)} <span class="src">— ${e.outlets.join(', ')}</span></li>`)}</ol>`
      : empty('No dated events found.')
  }</section>`;

export const actorsSection = (b: Brief): Html =>
  html`<section id="actors"><h2>Actors</h2>${
    b.actors.length > 0
      ? html`<div class="table-wrap"><table><thead><tr><th>Name</th><th>Kind</th><th class="num">Sources</th><th class="num">Mentions</th></tr></thead><tbody>${b.actors.map((a) => html`<tr><td><b>${a.name}</b>${refs(a.notes)}${a.aliases.length > 0 ? html`<br><span class="aliases">also ${a.aliases.join(', ')}</span>` : ''}</td><td>${a.kind}</td><td class="num">${a.documents}</td><td class="num">${a.mentions}</td></tr>`)}</tbody></table></div>`
      : empty('No actors found.')
  }</section>`;

export const sourcesSection = (b: Brief): Html =>
  html`<section id="sources"><h2>Sources and their bottom lines</h2>
<div class="table-wrap"><table><thead><tr><th>Date</th><th>Source</th><th>Bottom line</th></tr></thead><tbody>
${b.sources.map((s) => html`<tr><td class="date">${s.published ? formatDate(s.published) : '–'}</td><td><b>${s.outlet ?? s.title}</b><br>${s.title}${s.author ? html`<br><span class="aliases">by ${s.author}</span>` : ''}${s.cites.length > 0 ? html`<br><span class="aliases">cites ${s.cites.join(', ')}</span>` : ''}</td><td>${s.bottomLine ? html`${badge(s.bottomLine.band)} ${pct(s.bottomLine.probability)}${refs([s.bottomLine.note])}` : '–'}</td></tr>`)}
</tbody></table></div>
<h3>Agreement between sources</h3>${svgAgreement(b.agreement)}</section>`;
