/** A problem with one input, carried beside the data rather than thrown (after vfile-message). */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** The input it concerns: a path, a URL, `path#line 3`, `feed.xml#item 2`, or `-` for stdin. */
  readonly source: string;
  readonly reason: string;
  /** A stable id of the check that raised it, e.g. `ingest/empty`. */
  readonly ruleId: string;
  readonly severity: Severity;
}

export const diagnostic = (
  source: string,
  ruleId: string,
  reason: string,
  severity: Severity = 'error',
): Diagnostic => ({ source, ruleId, reason, severity });

export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.severity}: ${d.source}: ${d.reason} [${d.ruleId}]`;
