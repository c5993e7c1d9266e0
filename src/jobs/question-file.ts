import { readFileSync } from 'node:fs';
import { parseQuestion, type Question } from '../assess/index.js';
import { SitrepError } from '../core/index.js';

/** Reads a question file from disk; throws E_QUESTION_FILE listing every problem (for the CLI). */
export const readQuestionFile = (path: string): Question => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new SitrepError('E_QUESTION_FILE', `cannot read the question file ${path}`, { cause });
  }
  const result = parseQuestion(text, path);
  if (result.ok) return result.question;
  throw new SitrepError('E_QUESTION_FILE', result.errors.map((e) => e.message).join('\n'));
};
