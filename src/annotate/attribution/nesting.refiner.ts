import type { Attribution } from '../../core/index.js';
import { contains } from '../../core/index.js';
import type { Tok } from '../token-view.js';
import type { Candidate } from './context.js';

/** A parent's cue lies within this many reports of its child's (contents are bounded in length). */
const window = 24;

/**
 * Candidates -> attributions in text order: one per cue (the first parser to claim a cue wins), and
 * `parent` set to the innermost other attribution whose content holds this one's cue
 * ("according to ISW, Shoigu probably said ..." -> Shoigu's report has ISW's as parent).
 */
export function refine(text: string, toks: readonly Tok[], candidates: readonly Candidate[]): Attribution[] {
  const seen = new Set<number>();
  const kept: { c: Candidate; cue: { start: number; end: number } }[] = [];
  for (const c of candidates) {
    const a = toks[c.cue.first];
    const b = toks[c.cue.last - 1];
    if (!a || !b || seen.has(c.cue.first)) continue;
    seen.add(c.cue.first);
    kept.push({ c, cue: { start: a.start, end: b.end } });
  }
  kept.sort((x, y) => x.cue.start - y.cue.start);
  return kept.map(({ c, cue }, index) => {
    let parent: number | undefined;
    for (let j = Math.max(0, index - window); j < Math.min(kept.length, index + window); j++) {
      const other = kept[j];
      if (j === index || !other || !contains(other.c.content, cue)) continue;
      const best = parent === undefined ? undefined : kept[parent];
      if (!best || contains(best.c.content, other.c.content)) parent = j;
    }
    const start = Math.min(c.speaker.span.start, cue.start, c.content.start);
    const end = Math.max(c.speaker.span.end, cue.end, c.content.end);
    const attribution: Attribution = {
      span: { start, end },
      text: text.slice(start, end),
      rule: c.rule,
      cue: { span: cue, text: text.slice(cue.start, cue.end) },
      speaker: c.speaker,
      content: c.content,
    };
    return parent === undefined ? attribution : { ...attribution, parent };
  });
}
