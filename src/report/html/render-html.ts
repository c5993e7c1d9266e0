import type { Brief, Footnote } from '../brief-model.js';
import { formatDate } from '../format.js';
import { publishedText } from '../reading.js';
import { briefCss } from './brief-css.js';
import { html, raw } from './escape.js';
import { bottomLineSection, indicatorsSection, judgementsSection, numbersSection } from './sections.js';
import { actorsSection, contestedSection, sourcesSection, timelineSection } from './sections-more.js';

/** Scripts and remote loads are refused outright: the page needs neither, and article text is untrusted. */
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const note = (f: Footnote) =>
  html`<li id="fn-${f.n}"><blockquote>“${f.sentence}”</blockquote><cite>${f.title}</cite>${f.outlet ? ` — ${f.outlet}` : ''}${f.published ? `, ${publishedText(f.published, f.publishedInferred)}` : ''}. <span class="aliases">${f.origin}, characters ${f.sentenceSpan.start}–${f.sentenceSpan.end}</span></li>`;

const toc = [
  ['bottom-line', 'Bottom line'],
  ['judgements', 'Key judgements'],
  ['indicators', 'Indicators'],
  ['numbers', 'Key numbers'],
  ['contested', 'Contested'],
  ['timeline', 'Timeline'],
  ['actors', 'Actors'],
  ['sources', 'Sources'],
  ['notes', 'Notes'],
] as const;

/** The briefing as one self-contained HTML file: inline CSS and SVG, no script, no remote resource. */
export function renderHtml(b: Brief): string {
  const hasIndicators = b.indicators.length > 0 || b.hypotheses.length > 0;
  const period = b.period
    ? `${publishedText(b.period.from, b.period.fromInferred)} – ${publishedText(b.period.to, b.period.toInferred)}`
    : undefined;
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${b.title}</title><style>${raw(briefCss)}</style></head>
<body><div class="page">
<header class="masthead"><p class="kicker">Situation brief · ${b.documents} sources${period ? ` · ${period}` : ''}</p>
<h1>${b.title}</h1>
<p class="dek">${b.question ? html`Watch question, horizon <b>${formatDate(b.question.horizon)}</b>. ` : ''}Every statement links to the sentence it rests on; numbers in superscript open the source.</p></header>
<nav class="toc" aria-label="Contents">${toc.filter(([id]) => (id !== 'indicators' || hasIndicators) && (id !== 'bottom-line' || b.bottomLine)).map(([id, label]) => html`<a href="#${id}">${label}</a>`)}</nav>
<main>
${bottomLineSection(b)}${judgementsSection(b)}${indicatorsSection(b)}${numbersSection(b)}${contestedSection(b)}${timelineSection(b)}${actorsSection(b)}${sourcesSection(b)}
<section id="notes"><h2>Notes: the sentences behind each statement</h2><ol class="footnotes">${b.footnotes.map(note)}</ol></section>
</main>
<footer>Made by sitrep from ${b.documents} documents. Figures are quoted as the sources state them; the normalized figure and date are machine readings of the quoted sentence.</footer>
</div></body></html>
`;
  return page.html;
}
