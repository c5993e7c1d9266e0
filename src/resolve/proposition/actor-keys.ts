import { countryOfPlace, isCountry, lookupPlace } from '../../annotate/mention/index.js';
import { contains, firstStartingAt, type Mention, type Span } from '../../core/index.js';
import type { CorpusDocument, ResolvedEntity } from '../types.js';

/**
 * The country a mention stands for when it stands for one: a country ("Ukraine"), its capital
 * ("Kyiv" for its government), a demonym ("the Ukrainian military", "the Russians") or an
 * organisation of one country ("Russia's Defence Ministry").
 */
function countryOf(m: Mention): string | undefined {
  if (m.kind === 'demonym') return m.country || undefined;
  if (m.kind === 'organisation') return m.country || countryNamedIn(m.name);
  return m.kind === 'place' ? countryOfPlace(m.name) : undefined;
}

/** "Armed Forces of Ukraine", "Ministry of Defence of Russia": the country an organisation's name ends on. */
function countryNamedIn(name: string): string | undefined {
  const tail = /\bof\s+(?:the\s+)?([\p{Lu}][\p{L}\s.]*)$/u.exec(name)?.[1];
  const place = tail ? lookupPlace(tail.trim()) : undefined;
  return place && isCountry(place) ? place : undefined;
}

/**
 * Keys of who a span names: each resolved entity in it, and the country each stands for, so "the
 * Ukrainian military", "Kyiv" and "Ukraine" meet as one actor.
 */
export function actorKeys(
  cd: CorpusDocument,
  d: number,
  span: Span,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Set<string> {
  const out = new Set<string>();
  const mentions = cd.annotations.mentions;
  for (let i = firstStartingAt(mentions, span.start); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.span.start >= span.end) break;
    if (!contains(span, m.span) || m.kind === 'equipment') continue;
    const e = resolved.get(`${d}:${m.entity}`);
    if (e) out.add(`e:${e.id}`);
    const country = countryOf(m);
    if (country) out.add(`c:${country}`);
  }
  return out;
}
