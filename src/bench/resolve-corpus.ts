import type { Annotations, Claim, Mention, Quantity, Span, TimeExpr } from '../core/index.js';
import { documentIdOf } from '../core/index.js';
import type { CorpusDocument } from '../resolve/index.js';
import { rng } from './generate.js';

/** Invented country names and their demonyms: enough of them that blocks stay realistically small. */
const syllables = ['ka', 'lo', 'ver', 'mi', 'sta', 'ru', 'ne', 'dor', 'pa', 'zel'];
const countries = Array.from({ length: 60 }, (_, i) => {
  const stem = `${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}`;
  return {
    name: `${stem.charAt(0).toUpperCase()}${stem.slice(1)}ia`,
    demonym: `${stem.charAt(0).toUpperCase()}${stem.slice(1)}ian`,
  };
});
const things = ['troops', 'tanks', 'aircraft', 'drones', 'shells', 'trains', 'missiles', 'volunteers'];
const words = (
  'border brigade exercise convoy railway ammunition drills capital region village statement agency ' +
  'ministry council opposition protest election sanctions energy winter spring summer autumn northern ' +
  'southern eastern western defence strike group forming readiness mobilisation reserve depot bridge'
).split(' ');
const agencies = ['Vesna Monitor', 'Harbour Institute', 'Delta Analytics', 'North Desk', 'Orbit Agency'];

/** One synthetic document of `claims` claims, half with figures: annotations built with their spans. */
export function syntheticCorpusDocument(index: number, claims = 10): CorpusDocument {
  const next = rng(index * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let text = '';
  const add = (s: string): Span => {
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  const a: {
    sentences: { span: Span }[];
    mentions: Mention[];
    quantities: Quantity[];
    times: TimeExpr[];
    claims: Claim[];
  } = { sentences: [], mentions: [], quantities: [], times: [], claims: [] };
  const mention = (kind: Mention['kind'], name: string, extra: Partial<Mention> = {}): number => {
    const span = add(name);
    a.mentions.push({
      span,
      text: name,
      rule: 'bench',
      kind,
      name,
      entity: `${kind}:${name.toLowerCase()}`,
      ...extra,
    });
    return a.mentions.length - 1;
  };
  for (let c = 0; c < claims; c++) {
    const start = text.length;
    const country = pick(countries);
    const own: number[] = [];
    if (c % 2 === 0) {
      own.push(mention('demonym', country.demonym, { country: country.name }));
      add(' forces moved ');
      const n = 100 * (1 + Math.floor(next() * 120));
      const thing = pick(things);
      const q = add(`${n.toLocaleString('en-US')} ${thing}`);
      a.quantities.push({
        span: q,
        text: text.slice(q.start, q.end),
        rule: 'bench',
        kind: 'count',
        value: n,
        measureKey: thing,
        thing,
      });
      add(' into ');
      own.push(mention('place', country.name));
      add(' in ');
      const month = `2022-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
      const t = add(month);
      a.times.push({
        span: t,
        text: month,
        rule: 'bench',
        value: month,
        granularity: 'month',
        yearStated: true,
      });
      add('. ');
      a.claims.push({
        span: { start, end: text.length - 1 },
        text: text.slice(start, text.length - 1),
        predicate: thing,
        quantity: a.quantities.length - 1,
        polarity: 'positive',
        time: a.times.length - 1,
        mentions: own,
        rule: 'bench',
      });
    } else {
      own.push(mention('organisation', pick(agencies)));
      add(' reported ');
      const body = Array.from({ length: 8 }, () => pick(words)).join(' ');
      add(`${next() < 0.2 ? 'no ' : ''}${body} near `);
      own.push(mention('place', country.name));
      add('. ');
      a.claims.push({
        span: { start, end: text.length - 1 },
        text: text.slice(start, text.length - 1),
        predicate: 'report',
        polarity: body.startsWith('no ') ? 'negative' : 'positive',
        mentions: own,
        rule: 'bench',
      });
    }
    a.sentences.push({ span: { start, end: text.length - 1 } });
  }
  const annotations: Annotations = { ...a, tokens: [], attributions: [], attitudes: [], certainty: [] };
  const doc = {
    id: documentIdOf(`${index}\u0000${text}`),
    origin: `bench/${index}`,
    format: 'text',
    text,
    meta: { outlet: { value: `Outlet ${index % 40}`, source: 'sidecar' as const } },
    ingestedAt: '',
  };
  return { doc, annotations };
}
