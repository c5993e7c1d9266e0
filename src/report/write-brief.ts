import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from './brief-model.js';
import { renderHtml } from './html/render-html.js';
import { renderMarkdown } from './render-markdown.js';

/** Writes `brief.md` and `brief.html` into `outDir` (created if needed) and returns their paths. */
export function writeBrief(outDir: string, brief: Brief): string[] {
  mkdirSync(outDir, { recursive: true });
  const md = join(outDir, 'brief.md');
  const html = join(outDir, 'brief.html');
  writeFileSync(md, renderMarkdown(brief));
  writeFileSync(html, renderHtml(brief));
  return [md, html];
}
