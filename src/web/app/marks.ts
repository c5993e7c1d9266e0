import type { Mark } from './segments.js';
import type { AnnotationsJson } from './types.js';

type Detail = readonly [string, string];

const details = (pairs: readonly (readonly [string, string | number | boolean | undefined])[]): Detail[] =>
  pairs
    .filter((p): p is [string, string | number | boolean] => p[1] !== undefined)
    .map(([k, v]) => [k, String(v)]);

const range = (low?: number, high?: number): string | undefined =>
  low === undefined && high === undefined ? undefined : `${low ?? '?'}–${high ?? '?'}`;

/** Every highlight of one document, in one list: mentions, quantities, dates, attributions, certainty. */
export function marksOf(a: AnnotationsJson): Mark[] {
  const marks: Omit<Mark, 'id'>[] = [
    ...a.mentions.map((m) => ({
      layer: 'mention' as const,
      tone: m.kind,
      start: m.start,
      end: m.end,
      title: `${m.kind}: ${m.name}`,
      details: details([
        ['name', m.name],
        ['kind', m.kind],
        ['entity', m.entity],
        ['role', m.role],
        ['country', m.country],
        ['expansion', m.expansion],
        ['rule', m.rule],
      ]),
    })),
    ...a.quantities.map((q) => ({
      layer: 'quantity' as const,
      tone: 'quantity',
      start: q.start,
      end: q.end,
      title: `${q.kind}: ${q.value ?? range(q.low, q.high) ?? q.text}${q.thing ? ` ${q.thing}` : ''}`,
      details: details([
        ['value', q.value],
        ['range', range(q.low, q.high)],
        ['qualifier', q.qualifier],
        ['unit', q.unit],
        ['thing', q.thing],
        ['measure', q.measureKey],
        ['rule', q.rule],
      ]),
    })),
    ...a.times.map((t) => ({
      layer: 'time' as const,
      tone: 'time',
      start: t.start,
      end: t.end,
      title: `date: ${t.value}`,
      details: details([
        ['value', t.value],
        ['granularity', t.granularity],
        ['year stated', t.yearStated ? 'yes' : 'no, from the reference date'],
        ['rule', t.rule],
      ]),
    })),
    ...a.attributions.flatMap((x) => {
      const said = details([
        ['speaker', x.speaker.text],
        ['resolves to', x.speaker.resolvesTo],
        ['vague', x.speaker.vague ? 'yes' : 'no'],
        ['cue', x.cue.text],
        ['says', x.content.text],
        ['rule', x.rule],
      ]);
      const title = `attribution: ${x.speaker.resolvesTo ?? x.speaker.text}`;
      return [
        { layer: 'attribution' as const, tone: 'speaker', ...span(x.speaker), title, details: said },
        { layer: 'attribution' as const, tone: 'cue', ...span(x.cue), title, details: said },
      ];
    }),
    ...a.certainty.map((c) => ({
      layer: 'certainty' as const,
      tone: 'certainty',
      start: c.start,
      end: c.end,
      title: `certainty: ${c.band} (${Math.round(c.probability * 100)}%)`,
      details: details([
        ['band', c.band],
        ['probability', c.probability],
        ['polarity', c.polarity],
        ['rule', c.rule],
      ]),
    })),
  ];
  return marks.map((m, id) => ({ ...m, id }));
}

const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
