import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Question, questionSchema } from './question.schema.js';
import { checkQuestion } from './question-checks.js';
import { formatYamlPath, lineOfPath, type YamlPath } from './yaml-position.js';

/** One problem in a question file; `message` reads `question.yaml:14: indicators[2].id: ...`. */
export interface QuestionFileError {
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** Where in the document, e.g. `indicators[2].direction.h5`; empty for the file as a whole. */
  readonly path: string;
  readonly reason: string;
  readonly message: string;
}

export type ParseQuestionResult =
  | { readonly ok: true; readonly question: Question }
  | { readonly ok: false; readonly errors: readonly QuestionFileError[] };

const fileError = (file: string, line: number, path: string, reason: string): QuestionFileError => ({
  file,
  line,
  path,
  reason,
  message: path === '' ? `${file}:${line}: ${reason}` : `${file}:${line}: ${path}: ${reason}`,
});

const hasPath = (value: unknown, path: YamlPath): boolean => {
  let here: unknown = value;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null || !(segment in here)) return false;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return here !== undefined;
};

/** Zod issues as path + reason; an unknown key becomes a problem at that key. */
const schemaProblems = (issues: readonly z.core.$ZodIssue[], value: unknown) =>
  issues.flatMap((issue): { path: YamlPath; reason: string }[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key], reason: 'unknown field' }));
    }
    if (issue.code === 'invalid_type' && !hasPath(value, issue.path)) {
      return [{ path: issue.path, reason: `missing required field (expected ${issue.expected})` }];
    }
    return [{ path: issue.path, reason: issue.message }];
  });

/**
 * Parses and validates a watch question file. Never throws on content: YAML syntax errors, wrong
 * shapes and failed cross-checks come back as errors naming the line, sorted by line.
 */
export const parseQuestion = (yamlText: string, fileName: string): ParseQuestionResult => {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => fileError(fileName, lines.linePos(e.pos[0]).line, '', e.message)),
    };
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    return {
      ok: false,
      errors: [fileError(fileName, 1, '', 'the file is empty: expected a watch question')],
    };
  }
  const parsed = questionSchema.safeParse(value);
  const problems = parsed.success ? checkQuestion(parsed.data) : schemaProblems(parsed.error.issues, value);
  if (parsed.success && problems.length === 0) return { ok: true, question: parsed.data };
  const errors = problems
    .map((p) => fileError(fileName, lineOfPath(doc, p.path, lines), formatYamlPath(p.path), p.reason))
    .sort((a, b) => a.line - b.line);
  return { ok: false, errors };
};
