import { useEffect, useMemo, useState } from 'preact/hooks';
import { marksOf } from '../marks.js';
import { type Mark, segments } from '../segments.js';
import type { AnnotationsJson, FullDocument } from '../types.js';
import { useApi } from '../use-api.js';
import { Failure } from './failure.js';
import { MarkPanel } from './mark-panel.js';

const LAYERS = ['mention', 'quantity', 'time', 'attribution', 'certainty'] as const;

/** One document, its text as text nodes only, with every annotation highlighted. */
export function Reader({ id, at }: { id: string; at: number | undefined }) {
  const doc = useApi<FullDocument>(`/api/documents/${encodeURIComponent(id)}`);
  const ann = useApi<AnnotationsJson>(`/api/documents/${encodeURIComponent(id)}/annotations`);
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set(LAYERS));
  const [selected, setSelected] = useState<Mark | undefined>();
  const marks = useMemo(() => (ann.data ? marksOf(ann.data) : []), [ann.data]);
  const text = doc.data?.text ?? '';
  const runs = useMemo(
    () =>
      segments(
        text,
        marks.filter((m) => shown.has(m.layer)),
      ),
    [text, marks, shown],
  );

  useEffect(() => {
    if (at === undefined || !doc.data) return;
    const target = document.querySelector(`[data-start="${runs.find((r) => r.end > at)?.start ?? 0}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.classList.add('flash');
  }, [at, doc.data, runs]);

  if (doc.error) return <Failure error={doc.error} />;
  if (!doc.data) return <p class="muted">Loading…</p>;
  const d = doc.data;
  const toggle = (layer: string) =>
    setShown((s) => {
      const next = new Set(s);
      if (next.has(layer)) next.delete(layer);
      else next.add(layer);
      return next;
    });
  return (
    <div class="reader">
      <article>
        <h2>{d.title ?? d.origin}</h2>
        <p class="muted">
          {d.outlet ?? 'unknown outlet'} · {d.published?.value ?? 'undated'} · {d.length} characters ·{' '}
          <code>{d.id.slice(0, 12)}</code>
        </p>
        <fieldset class="legend" aria-label="layers">
          {LAYERS.map((layer) => (
            <label key={layer} class={`chip l-${layer}`}>
              <input type="checkbox" checked={shown.has(layer)} onChange={() => toggle(layer)} /> {layer}
              {ann.data ? ` (${marks.filter((m) => m.layer === layer).length})` : ''}
            </label>
          ))}
        </fieldset>
        {ann.error ? <Failure error={ann.error} /> : null}
        <div class="text">
          {runs.map((r) => {
            const inner = r.marks[0];
            if (!inner) return <span data-start={r.start}>{r.text}</span>;
            const sel = selected && r.marks.some((m) => m.id === selected.id) ? ' sel' : '';
            return (
              <mark
                key={r.start}
                data-start={r.start}
                class={`hl t-${inner.tone}${r.marks.length > 1 ? ' multi' : ''}${sel}`}
                title={r.marks.map((m) => m.title).join('\n')}
                onClick={() => setSelected(inner)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') setSelected(inner);
                }}
              >
                {r.text}
              </mark>
            );
          })}
        </div>
      </article>
      <MarkPanel marks={marks} selected={selected} onSelect={setSelected} text={text} />
    </div>
  );
}
