import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sharedPath } from '../../core/index.js';

const quantity = z.object({
  text: z.string(),
  kind: z.string(),
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  qualifier: z.string().optional(),
  unit: z.string().optional(),
  thing: z.string().optional(),
});
const person = z.object({ canonical: z.string(), surfaces: z.array(z.string()) });
const date = z.object({ text: z.string(), value: z.string() });
const attribution = z.object({
  speaker: z.string(),
  cue: z.string().optional(),
  content: z.string(),
  resolves_to: z.string().optional(),
  vague: z.boolean().optional(),
});
const goldDocument = z.object({
  quantities: z.array(quantity).default([]),
  people: z.array(person).default([]),
  dates: z.array(date).default([]),
  attributions: z.array(attribution).default([]),
});
const goldFile = z.object({ documents: z.record(z.string(), goldDocument) });

export type BelarusGoldDocument = z.infer<typeof goldDocument>;

export interface BelarusGoldEntry {
  readonly file: string;
  /** The article text exactly as in ../shared (gold `text` values are found in it). */
  readonly text: string;
  /** Publication date from sources.json, when stated. */
  readonly published?: string;
  readonly gold: BelarusGoldDocument;
}

/** The hand-made gold for the Belarus corpus, with each document's text, read from ../shared. */
export function loadBelarusGold(): BelarusGoldEntry[] {
  const corpus = sharedPath('corpus', 'belarus-2022-12');
  const gold = goldFile.parse(JSON.parse(readFileSync(sharedPath('gold', 'belarus-2022-12.json'), 'utf8')));
  const sources = JSON.parse(readFileSync(`${corpus}/sources.json`, 'utf8')) as {
    documents: { file: string; published: string | null }[];
  };
  return Object.entries(gold.documents).map(([file, doc]) => {
    const published = sources.documents.find((d) => d.file === file)?.published ?? undefined;
    return {
      file,
      text: readFileSync(`${corpus}/${file}`, 'utf8'),
      ...(published ? { published } : {}),
      gold: doc,
    };
  });
}

/** Every occurrence of `needle` in `text`, as spans (gold gives surfaces, not offsets). */
export function findAll(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    out.push({ start: at, end: at + needle.length });
  }
  return out;
}
