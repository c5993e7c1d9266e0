import type { TimeExpr } from '../../core/index.js';
import { applyRules } from '../rules.js';
import type { StageContext } from '../stage.js';
import type { TimeContext } from './candidate.js';
import { timeConfiguration } from './configuration.js';
import { toTimeExpr } from './format.js';

/** The time expressions of `text`: the parsers and refiners of configuration.ts, then each formatted. */
export function extractTimes(text: string, reference?: string, report?: StageContext['report']): TimeExpr[] {
  const ctx: TimeContext = { text, ...(reference ? { reference } : {}), ...(report ? { report } : {}) };
  return applyRules(ctx, timeConfiguration)
    .filter((c) => c.end > c.start)
    .map((c) => toTimeExpr(c, text, reference));
}
