import type { IndicatorReport } from '../assess-types.js';
import { href } from '../route.js';

/** The indicator board: status, trend and latest figure of each indicator, with its evidence. */
export function Board({ indicators }: { indicators: readonly IndicatorReport[] }) {
  return (
    <table class="list" data-testid="board">
      <thead>
        <tr>
          <th>indicator</th>
          <th>status</th>
          <th>trend</th>
          <th>latest</th>
          <th class="num">origins</th>
          <th>evidence</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.id}>
            <td>{i.name}</td>
            <td>
              <span class={`tag st-${i.status.replace(' ', '-')}`}>{i.status}</span>
            </td>
            <td>{i.trend}</td>
            <td>{i.latest ? `${i.latest.text}${i.latest.date ? ` (${i.latest.date.value})` : ''}` : '—'}</td>
            <td class="num">{i.origins.length}</td>
            <td>
              {i.evidence.length === 0 ? (
                '—'
              ) : (
                <details>
                  <summary>{i.evidence.length} sentences</summary>
                  <ul class="small">
                    {i.evidence.slice(0, 20).map((e) => (
                      <li key={`${e.document}:${e.span.start}`}>
                        <a href={`${href('doc', e.document)}?at=${e.sentence.start}`}>{e.text}</a>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
