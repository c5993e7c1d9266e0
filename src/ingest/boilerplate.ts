import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp, projectRoot } from '../core/index.js';

interface BoilerplateData {
  readonly removeSelectors: readonly string[];
  readonly classIdCues: readonly string[];
  readonly textCues: readonly string[];
  readonly footerCues: readonly string[];
}

const data = JSON.parse(
  readFileSync(join(projectRoot, 'model', 'ingest-boilerplate.json'), 'utf8'),
) as BoilerplateData;

/** Elements dropped outright, whatever their class. */
export const boilerplateSelector = data.removeSelectors.join(',');

// A cue matches the start of one token of a class or id: "cookie" in "cookieBanner", "js-cookie-box".
const classIdPattern = new RegExp(`(?:^|[\\s_-])(?:${data.classIdCues.map(escapeRegExp).join('|')})`, 'i');
const textPatterns = data.textCues.map((cue) => new RegExp(cue, 'i'));
const footerPatterns = data.footerCues.map((cue) => new RegExp(cue, 'i'));

/** Whether a sentence belongs to a journal's footer (whose views a piece represents). */
export const isFooterSentence = (sentence: string): boolean => footerPatterns.some((p) => p.test(sentence));

/** Whether a class or id attribute value names page furniture. */
export const isBoilerplateName = (classOrId: string): boolean => classIdPattern.test(classOrId);

/** Longest block of text that may still be judged boilerplate by its wording. */
const MAX_BOILERPLATE_BLOCK = 240;

/** Whether a short block of text is page furniture ("Read more: ...", "We use cookies ..."). */
export const isBoilerplateText = (block: string): boolean =>
  block.length <= MAX_BOILERPLATE_BLOCK && textPatterns.some((p) => p.test(block.trim()));
