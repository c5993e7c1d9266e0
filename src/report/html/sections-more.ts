import type { Brief, Contested, ContestSide } from '../brief-model.js';
import { bothSides } from '../dispute-line.js';
import { formatDate } from '../format.js';
import { noViewText, publishedText } from '../reading.js';
import { type Html, html } from './escape.js';
import { badge, empty, leftOutNote, pct, refs } from './sections.js';
import { svgAgreement } from './svg-agreement.js';
import { svgTimeline } from './svg-timeline.js';

const sideBox = (s: ContestSide) =>
  html`<div class="side"><span class="who">${s.outlet}${s.time ? ` · ${formatDate(s.time)}` : ''}</span>${s.text}${refs([s.note])}</div>`;

const contest = (c: Contested) =>
  html`<div class="contest"><h3>${c.label} ${badge(c.verdict)} <span class="badge">${c.kind}</span></h3>
<p class="why">${c.explanation}</p>${
    c.a.length > 0 && c.b.length > 0
      ? html`<div class="sides"><div class="camp">${c.a.map(sideBox)}</div><div class="camp">${c.b.map(sideBox)}</div></div>`
      : html`<p class="why">${bothSides(c.a.length + c.b.length)}:</p>${[...c.a, ...c.b].map(sideBox)}`
  }</div>`;

export const contestedSection = (b: Brief): Html =>
  html`<section id="contested"><h2>What is contested, and why</h2>${
    b.contested.length > 0 ? b.contested.map(contest) : empty('No conflicting reports found.')
  }${leftOutNote(b.leftOut.contested)}</section>`;

export const timelineSection = (b: Brief): Html =>
  html`<section id="timeline"><h2>Timeline</h2>${svgTimeline(b.timeline, b.period)}${
    b.timeline.length > 0
      ? html`<ol class="timeline">${b.timeline.map((e) => html`<li><time datetime="${e.date}">${e.when}</time>${e.text}${refs(e.notes)} <span class="src">— ${e.outlets.join(', ')}</span></li>`)}</ol>`
      : empty('No dated events found.')
  }${leftOutNote(b.leftOut.timeline)}</section>`;

export const actorsSection = (b: Brief): Html =>
  html`<section id="actors"><h2>Actors</h2>${
    b.actors.length > 0
      ? html`<div class="table-wrap"><table><thead><tr><th>Name</th><th>Kind</th><th class="num">Sources</th><th class="num">Mentions</th></tr></thead><tbody>${b.actors.map((a) => html`<tr><td><b>${a.name}</b>${refs(a.notes)}${a.aliases.length > 0 ? html`<br><span class="aliases">also ${a.aliases.join(', ')}</span>` : ''}</td><td>${a.kind}</td><td class="num">${a.documents}</td><td class="num">${a.mentions}</td></tr>`)}</tbody></table></div>`
      : empty('No actors found.')
  }${leftOutNote(b.leftOut.actors)}</section>`;

export const sourcesSection = (b: Brief): Html =>
  html`<section id="sources"><h2>Sources and their bottom lines</h2>
<div class="table-wrap"><table><thead><tr><th>Date</th><th>Source</th><th>Bottom line</th></tr></thead><tbody>
${b.sources.map((s) => html`<tr><td class="date">${s.published ? publishedText(s.published, s.publishedInferred) : 'undated'}</td><td><b>${s.outlet ?? s.author ?? s.title}</b><br>${s.title}${s.author && s.author !== s.outlet ? html`<br><span class="aliases">by ${s.author}</span>` : ''}${s.cites.length > 0 ? html`<br><span class="aliases">cites ${s.cites.join(', ')}</span>` : ''}</td><td>${s.bottomLine ? html`${badge(s.bottomLine.band)} ${pct(s.bottomLine.probability)}${refs([s.bottomLine.note])}` : noViewText(b.question !== undefined)}</td></tr>`)}
</tbody></table></div>${leftOutNote(b.leftOut.sources)}
<h3>Agreement between sources</h3>${svgAgreement(b.agreement)}</section>`;
