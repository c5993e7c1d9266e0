import type { Entity } from '../types.js';

interface Props {
  readonly entity: Entity;
  readonly picked: boolean;
  readonly onPick: () => void;
  readonly onSplit: (alias: string) => void;
}

/** One entity: its aliases (each with why it was merged, and a split button) and its reach. */
export function EntityRow({ entity: e, picked, onPick, onSplit }: Props) {
  const why = new Map(e.evidence.map((x) => [x.alias, `${x.rule}: ${x.detail}`]));
  return (
    <tr class={picked ? 'picked' : ''} data-entity={e.name}>
      <td>
        <input type="checkbox" checked={picked} onChange={onPick} aria-label={`select ${e.name}`} />
      </td>
      <td>
        <strong>{e.name}</strong>
      </td>
      <td>
        <span class={`tag t-${e.kind}`}>{e.kind}</span>
      </td>
      <td>
        {e.aliases.map((alias) => (
          <span key={alias} class="alias" title={why.get(alias) ?? 'the name itself'}>
            {alias}
            {e.aliases.length > 0 ? (
              <button
                type="button"
                class="mini"
                title={`split “${alias}” out of ${e.name}`}
                aria-label={`split ${alias}`}
                onClick={() => onSplit(alias)}
              >
                ✂
              </button>
            ) : null}
          </span>
        ))}
      </td>
      <td class="num">{e.documents.length}</td>
      <td class="num">{e.mentions.length}</td>
    </tr>
  );
}
