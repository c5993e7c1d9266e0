import type { Mark } from '../segments.js';

interface Props {
  readonly marks: readonly Mark[];
  readonly selected: Mark | undefined;
  readonly onSelect: (mark: Mark) => void;
  readonly text: string;
}

/** The side panel of the reader: what the selected span resolved to, then every span by layer. */
export function MarkPanel({ marks, selected, onSelect, text }: Props) {
  const byLayer = new Map<string, Mark[]>();
  for (const m of marks) byLayer.set(m.layer, [...(byLayer.get(m.layer) ?? []), m]);
  return (
    <aside class="panel">
      {selected ? (
        <section class="card selected" aria-live="polite">
          <h3>{selected.title}</h3>
          <blockquote>{text.slice(selected.start, selected.end)}</blockquote>
          <dl>
            {selected.details.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : (
        <p class="muted">Select a highlighted span to see what it resolved to.</p>
      )}
      {[...byLayer].map(([layer, list]) => (
        <details key={layer} open={layer === 'mention'}>
          <summary>
            {layer} <span class="count">{list.length}</span>
          </summary>
          <ul class="marks">
            {list.map((m) => (
              <li key={m.id}>
                <button type="button" class={`link t-${m.tone}`} onClick={() => onSelect(m)}>
                  {text.slice(m.start, m.end)}
                </button>{' '}
                <span class="muted">{m.title}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </aside>
  );
}
