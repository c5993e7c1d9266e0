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

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters (a file name may hold newlines) written as escapes, so that one diagnostic is
 * always one line and a name cannot forge a line of its own.
 */
export const escapeControls = (text: string): string =>
  text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

export const formatDiagnostic = (d: Diagnostic): string =>
  `${d.severity}: ${escapeControls(d.source)}: ${escapeControls(d.reason)} [${d.ruleId}]`;
