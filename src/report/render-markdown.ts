import type { BottomLine, Brief, FigureRow, Statement } from './brief-model.js';
import { bothSides } from './dispute-line.js';
import { formatDate } from './format.js';
import { viewsIn } from './judgements.js';
import { achHowToRead, bottomLineParts, noViewText, publishedText } from './reading.js';

/** Article text in Markdown: no raw HTML (a renderer would run it), no table breaks, no stray markup. */
const md = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/([\\`*_[\]|])/g, '\\$1');

const refs = (notes: readonly number[]) => notes.map((n) => `[^${n}]`).join('');
const said = (s: Statement) => `${md(s.text)}${refs(s.notes)}`;
const pct = (p: number) => `${Math.round(p * 100)}%`;
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** The first screen: a heading per part, one sentence a line. */
const bottomLineMd = (line: BottomLine): string[] => {
  const out = ['## Bottom line', ''];
  for (const [title, statements] of bottomLineParts(line)) {
    out.push(`**${title}**`, '');
    for (const s of statements) out.push(`- ${said(s)}`);
    out.push('');
  }
  return out;
};

/** The briefing as Markdown with footnotes (`[^n]`), readable as plain text too. */
export function renderMarkdown(b: Brief): string {
  const out: string[] = [`# ${md(b.title)}`, ''];
  const period = b.period
    ? ` · ${publishedText(b.period.from, b.period.fromInferred)} – ${publishedText(b.period.to, b.period.toInferred)}`
    : '';
  out.push(`*Situation brief from ${b.documents} sources${period}.*`, '');
  if (b.question) out.push(`Watch question, horizon ${formatDate(b.question.horizon)}.`, '');

  if (b.bottomLine) out.push(...bottomLineMd(b.bottomLine));
  out.push('## Key judgements', '');
  if (b.forecast) {
    const f = b.forecast;
    out.push(
      `**Forecast: ${pct(f.probability)} (${f.band})**, from ${viewsIn(f.views, f.documents)}${f.min === f.max ? '' : `; views ranging ${pct(f.min)}–${pct(f.max)}`}.`,
      '',
    );
  }
  b.judgements.forEach((j, i) => {
    out.push(`${i + 1}. ${said(j)}`);
  });
  if (b.judgements.length === 0) out.push('_No corroborated judgement yet._');
  out.push('');

  if (b.indicators.length > 0) {
    out.push(
      '## Indicators',
      '',
      row(['Indicator', 'Status', 'Latest', 'Trend', 'Sources']),
      row(['---', '---', '---', '---', '---:']),
    );
    for (const i of b.indicators) {
      out.push(
        row([`${md(i.name)}${refs(i.notes)}`, i.status, md(i.latest ?? '–'), i.trend, String(i.origins)]),
      );
    }
    out.push('');
  }
  if (b.hypotheses.length > 0) {
    out.push(
      '## Hypotheses (ACH), best fit first',
      '',
      achHowToRead,
      '',
      row(['Hypothesis', 'Weighted inconsistency']),
      row(['---', '---:']),
    );
    for (const h of b.hypotheses) out.push(row([md(h.label), h.inconsistency.toFixed(1)]));
    out.push('');
  }

  out.push('## Key numbers', '');
  const when = (r: FigureRow) =>
    r.when ?? (r.published ? `reported ${publishedText(r.published, r.publishedInferred)}` : '–');
  for (const g of b.numbers.filter((x) => x.documents > 1)) {
    const meta = `${g.documents} sources${g.headline ? `, conservative figure ${g.headline}` : ''}`;
    const c = g.conservative;
    const summary = [
      c
        ? `Conservative figure **${md(c.figure)}** (lowest estimate: ${md(c.outlet)}, ${when(c) === '–' ? 'undated' : when(c)})${refs([c.note])}`
        : '',
      g.range ? `estimates range ${g.range}` : '',
      g.indicators
        ? `counted by the indicator${g.indicators.length > 1 ? 's' : ''} ${g.indicators.map(md).join('; ')}`
        : '',
    ].filter((x) => x !== '');
    out.push(`### ${md(g.label)} (${meta})`, '');
    if (summary.length > 0) out.push(`${summary.join('; ')}.`, '');
    out.push(row(['Figure', 'As stated', 'Holds for', 'Source']), row(['---:', '---', '---', '---']));
    for (const r of g.rows)
      out.push(row([md(r.figure), `${md(r.stated)}${refs([r.note])}`, when(r), md(r.outlet)]));
    out.push('');
  }
  const singles = b.numbers.filter((x) => x.documents <= 1);
  if (singles.length > 0) {
    out.push(
      '### Reported by one source',
      '',
      row(['Measure', 'Figure', 'As stated', 'Holds for', 'Source']),
      row(['---', '---:', '---', '---', '---']),
    );
    for (const g of singles) {
      for (const r of g.rows)
        out.push(row([md(g.label), md(r.figure), `${md(r.stated)}${refs([r.note])}`, when(r), md(r.outlet)]));
    }
    out.push('');
  }
  if (b.leftOut.numbers) out.push(`_${md(b.leftOut.numbers)}_`, '');

  out.push('## What is contested, and why', '');
  for (const c of b.contested) {
    out.push(`### ${md(c.label)} — ${c.verdict} (${c.kind})`, '', md(c.explanation), '');
    if (c.a.length === 0 || c.b.length === 0) out.push(`*${bothSides([...c.a, ...c.b].length)}:*`, '');
    for (const s of [...c.a, '' as const, ...c.b]) {
      if (s === '') {
        if (c.a.length > 0 && c.b.length > 0) out.push('- *against:*');
        continue;
      }
      out.push(
        `- **${md(s.outlet)}**${s.time ? ` (${formatDate(s.time)})` : ''}: ${md(s.text)}${refs([s.note])}`,
      );
    }
    out.push('');
  }
  if (b.contested.length === 0) out.push('_No conflicting reports found._', '');
  if (b.leftOut.contested) out.push(`_${md(b.leftOut.contested)}_`, '');

  out.push('## Timeline', '');
  for (const e of b.timeline)
    out.push(`- **${e.when}**: ${md(e.text)}${refs(e.notes)} (${md(e.outlets.join(', '))})`);
  if (b.leftOut.timeline) out.push('', `_${md(b.leftOut.timeline)}_`);
  out.push(
    '',
    '## Actors',
    '',
    row(['Name', 'Kind', 'Also written', 'Sources']),
    row(['---', '---', '---', '---:']),
  );
  for (const a of b.actors) {
    out.push(
      row([
        `**${md(a.name)}**${refs(a.notes)}`,
        a.kind,
        md(a.aliases.join(', ') || '–'),
        String(a.documents),
      ]),
    );
  }
  if (b.leftOut.actors) out.push('', `_${md(b.leftOut.actors)}_`);
  out.push(
    '',
    '## Sources and their bottom lines',
    '',
    row(['Date', 'Source', 'Title', 'Bottom line']),
    row(['---', '---', '---', '---']),
  );
  for (const s of b.sources) {
    const line = s.bottomLine
      ? `${s.bottomLine.band} (${pct(s.bottomLine.probability)})${refs([s.bottomLine.note])}`
      : noViewText(b.question !== undefined);
    const cites = s.cites.length > 0 ? ` (cites ${md(s.cites.join(', '))})` : '';
    const who = [s.outlet, s.author && s.author !== s.outlet ? `by ${s.author}` : '']
      .filter(Boolean)
      .join(', ');
    out.push(
      row([
        s.published ? publishedText(s.published, s.publishedInferred) : 'undated',
        `${md(who || '–')}${cites}`,
        md(s.title),
        line,
      ]),
    );
  }
  if (b.leftOut.sources) out.push('', `_${md(b.leftOut.sources)}_`);
  out.push('', '## Notes', '');
  for (const f of b.footnotes) {
    const where = [f.outlet, f.published ? publishedText(f.published, f.publishedInferred) : undefined]
      .filter(Boolean)
      .join(', ');
    out.push(
      `[^${f.n}]: “${md(f.sentence)}” — *${md(f.title)}*${where ? `, ${md(where)}` : ''} (${md(f.origin)})`,
    );
  }
  return `${out.join('\n')}\n`;
}
