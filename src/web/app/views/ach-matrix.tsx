import type { Assessment, GradeCode } from '../assess-types.js';

const GRADES: readonly GradeCode[] = ['CC', 'C', 'N', 'I', 'II'];

interface Props {
  readonly matrix: Assessment['matrix'];
  readonly onSet: (item: string, hypothesis: string, grade: GradeCode) => void;
}

/** Evidence by hypothesis; each cell a grade the analyst can change (the machine's suggestion shown). */
export function AchMatrix({ matrix, onSet }: Props) {
  return (
    <div class="scroll">
      <table class="matrix" data-testid="ach">
        <thead>
          <tr>
            <th>evidence</th>
            <th class="num" title="credibility weight">
              wt
            </th>
            <th class="num" title="diagnosticity">
              diag
            </th>
            {matrix.hypotheses.map((h) => (
              <th key={h.id} title={h.id}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.items.map((item) => (
            <tr key={item.id} data-item={item.id}>
              <td>
                {item.label}
                {item.polarity === 'negative' ? <span class="tag neg">absent</span> : null}
              </td>
              <td class="num">{item.weight}</td>
              <td class="num">{item.diagnosticity.toFixed(2)}</td>
              {item.cells.map((cell) => (
                <td key={cell.hypothesis} class={`cell g-${cell.grade} ${cell.source}`}>
                  <select
                    aria-label={`${item.id} for ${cell.hypothesis}`}
                    data-cell={`${item.id}:${cell.hypothesis}`}
                    value={cell.grade}
                    title={
                      cell.decision
                        ? `set by ${cell.decision.who} at ${cell.decision.at}; suggested ${cell.suggested}`
                        : `suggested from ${cell.evidence.length} sentences`
                    }
                    onChange={(e) =>
                      onSet(
                        item.id,
                        cell.hypothesis,
                        (e.currentTarget as HTMLSelectElement).value as GradeCode,
                      )
                    }
                  >
                    {GRADES.map((g) => (
                      <option key={g} value={g}>
                        {g}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
