import { z } from 'zod';
import { loadModel, once } from '../../core/index.js';
import type { Refiner } from './candidate.js';
import { isNation } from './gazetteer.js';

const teamsFile = z.object({
  minCues: z.number(),
  cues: z.array(z.string()),
  locatives: z.array(z.string()),
});
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const teams = once(() => {
  const data = loadModel('mention-teams', teamsFile);
  return {
    minCues: data.minCues,
    CUE: new RegExp(`\\b(?:${data.cues.map(escapeRe).join('|')})\\b`, 'gi'),
    LOCATIVE: new RegExp(`\\b(?:${data.locatives.map(escapeRe).join('|')})\\s+(?:the\\s+)?$`, 'i'),
  };
});

/** Does the text read as a sports report (enough distinct cue words)? One regex pass. */
export function isSportsReport(text: string): boolean {
  const { CUE, minCues } = teams();
  const seen = new Set<string>();
  for (const m of text.matchAll(CUE)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= minCues) return true;
  }
  return false;
}

/**
 * In a sports report, countries and nations not introduced by a locative ("in Sweden") name teams: "Sweden
 * defeated Panama" holds two organisations. Elsewhere nothing changes.
 */
export const sportsTeamRefiner: Refiner = ({ text }, candidates) => {
  if (!isSportsReport(text)) return [...candidates];
  return candidates.map((c) =>
    c.kind === 'place' &&
    isNation(c.canonical ?? c.name) &&
    !teams().LOCATIVE.test(text.slice(Math.max(0, c.start - 24), c.start))
      ? { ...c, kind: 'organisation', rule: 'organisation:team' }
      : c,
  );
};
