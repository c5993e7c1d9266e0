import { isBoilerplateText, isFooterSentence } from './boilerplate.js';

/**
 * Page furniture in plain text and Markdown, found by structure rather than by any one site's
 * wording: what HTML readers drop by element, text readers drop by shape.
 * - a line of furniture ("Subscribe to our newsletter…") and the short heading just above it;
 * - a paragraph that speaks to the reader ("you", "our") about something the rest of the text
 *   never mentions (an advertisement dropped into the article);
 * - at the end, the tail of short unpunctuated lines ("Related posts"), bylines of the form
 *   "<Name> is a <role>…", journal footers and disclaimers, up to the last paragraph of prose.
 * The first paragraph (the title, often) is never dropped, and neither is more than a quarter.
 */

const MAX_SHARE = 0.25;
const MAX_HEADING_WORDS = 6;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** A short capitalised line that does not end like a sentence: a heading, a button, a link label. */
const headingLike = (line: string): boolean => {
  const t = line.trim();
  const n = words(t).length;
  return n > 0 && n <= MAX_HEADING_WORDS && /^[\p{Lu}\d©]/u.test(t) && !/[.!?,;:"”)]$/.test(t);
};

const sentencesOf = (block: string) => block.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

/** "<Name Surname> is a fellow at …": a contributor's note. */
const isByline = (block: string): boolean =>
  block.length <= 500 && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} is (?:a|an) /u.test(block.trim());

const contentWords = (s: string): Set<string> =>
  new Set((s.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 6)));

/** A block addressed to the reader whose words the rest of the text hardly shares. */
const isPromo = (block: string, rest: string): boolean => {
  if (!/\b(you|your|our)\b/i.test(block) || words(block).length < 20) return false;
  const own = contentWords(block);
  const other = contentWords(rest);
  const shared = [...own].filter((w) => other.has(w)).length;
  return own.size > 0 && shared / own.size < 0.2;
};

/** Drops furniture lines (and the heading above each) from a block; null when nothing is left. */
const cleanBlock = (block: string): string | null => {
  const lines = block.split('\n');
  const drop = new Set<number>();
  lines.forEach((line, i) => {
    if (line.trim() === '' || !isBoilerplateText(line)) return;
    drop.add(i);
    if (i > 0 && headingLike(lines[i - 1] ?? '')) drop.add(i - 1);
  });
  if (drop.size === 0) return block;
  const kept = lines.filter((_, i) => !drop.has(i));
  return kept.some((l) => l.trim() !== '') ? kept.join('\n') : null;
};

/** Whether a block at the end of the text is footer: short unpunctuated lines, a byline or a disclaimer. */
const isTail = (block: string): boolean => {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return true;
  const headings = lines.filter(headingLike).length;
  if (headings === lines.length || (lines.length >= 2 && headings * 2 >= lines.length)) return true;
  if (lines.every((l) => isBoilerplateText(l))) return true;
  return isByline(block) || sentencesOf(block).some(isFooterSentence);
};

export function stripTextBoilerplate(text: string): string {
  const parts = text.split(/(\n[ \t]*\n\s*)/);
  // parts alternate: block, separator, block, ...
  const blocks = parts.filter((_, i) => i % 2 === 0);
  const kept: (string | null)[] = blocks.map((b, i) => (i === 0 ? b : cleanBlock(b)));
  for (let i = 1; i < blocks.length; i++) {
    const b = kept[i];
    if (b && isPromo(b, blocks.filter((_, j) => j !== i).join('\n'))) kept[i] = null;
  }
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = kept[i];
    if (b === null || b === undefined) continue;
    if (!isTail(b)) break;
    kept[i] = null;
  }
  const total = text.length;
  const dropped = blocks.reduce((n, b, i) => n + (kept[i] === b ? 0 : b.length - (kept[i]?.length ?? 0)), 0);
  if (dropped > total * MAX_SHARE) return text;
  const out: string[] = [];
  blocks.forEach((_, i) => {
    const b = kept[i];
    if (b === null || b === undefined) return;
    if (out.length > 0) out.push(parts[i * 2 - 1] ?? '\n\n');
    out.push(b);
  });
  return out.join('').replace(/\s+$/, text.match(/\s*$/)?.[0] ? '\n' : '');
}
