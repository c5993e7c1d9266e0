import { DECISION_KINDS } from '../core/api-contract.js';
import { type AnalystDecision, decisionOperand } from './analyst-decision.js';
import type { EntityGroup } from './entity-group.js';
import { fullestName } from './local-entities.js';
import { decisionsInForce } from './undo.js';

const names = (g: EntityGroup): string[] =>
  g.members.flatMap((m) => [...m.names.keys()]).map((n) => n.toLowerCase());

/** The group an analyst named: by entity id (the caller maps ids to keys), canonical name or alias. */
function findGroup(
  groups: readonly EntityGroup[],
  ref: string,
  idOf: (g: EntityGroup) => string,
): EntityGroup | undefined {
  const lower = ref.toLowerCase();
  return groups.find((g) => idOf(g) === ref || g.key === ref) ?? groups.find((g) => names(g).includes(lower));
}

/**
 * Applies analyst merges and splits in order, after the machine's grouping, so they always win:
 * a merge joins two groups whatever their names say; a split takes the members known by an alias out
 * into a group of their own. A decision an analyst undid does not apply.
 */
export function applyDecisions(
  groups: readonly EntityGroup[],
  decisions: readonly AnalystDecision[],
  idOf: (g: EntityGroup) => string,
): EntityGroup[] {
  let out = [...groups];
  for (const decision of decisionsInForce(decisions)) {
    const operand = decisionOperand(decision.after);
    const target = findGroup(out, decision.target, idOf);
    if (!operand || !target) continue;
    const who = decision.who ? ` by ${decision.who}` : '';
    if (decision.kind === DECISION_KINDS.merge) {
      const other = findGroup(out, operand, idOf);
      if (!other || other === target) continue;
      const aliases = [...new Set(other.members.map(fullestName))];
      const merged: EntityGroup = {
        ...target,
        members: [...target.members, ...other.members],
        evidence: [
          ...target.evidence,
          ...other.evidence,
          ...aliases.map((alias) => ({ alias, rule: 'analyst' as const, detail: `merged${who}` })),
        ],
      };
      out = out.filter((g) => g !== target && g !== other).concat(merged);
    } else if (decision.kind === DECISION_KINDS.split) {
      const lower = operand.toLowerCase();
      const moved = target.members.filter((m) => [...m.names.keys()].some((n) => n.toLowerCase() === lower));
      if (moved.length === 0 || moved.length === target.members.length) continue;
      const kept = target.members.filter((m) => !moved.includes(m));
      const rest: EntityGroup = {
        ...target,
        members: kept,
        evidence: target.evidence.filter((e) => e.alias.toLowerCase() !== lower),
      };
      const split: EntityGroup = {
        kind: target.kind,
        key: `${target.key}/split:${lower}`,
        members: moved,
        evidence: [
          {
            alias: operand,
            rule: 'analyst',
            detail: `split from ${fullestName(kept[0] ?? moved[0] ?? (target.members[0] as never))}${who}`,
          },
        ],
      };
      out = out.filter((g) => g !== target).concat(rest, split);
    }
  }
  return out;
}
