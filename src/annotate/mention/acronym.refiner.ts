import { memoized } from '../../core/index.js';
import type { Candidate, Refiner } from './candidate.js';
import { fold } from './fold.js';
import { lexicon } from './lexicon.js';

const ACRONYM = /^[A-Z][A-Za-z]{0,2}[A-Z]{1,5}$/;
const ROMAN = /^[IVXLCDM]+$/;

/** An acronym in capitals, two to nine letters (or two joined by a hyphen: CJTF-OIR), that no list calls something else: an organisation (KPA, FTU). */
const unlistedOrg = (name: string): boolean =>
  /^[A-Z]{2,9}(?:-[A-Z]{2,5})?$/.test(name) &&
  !ROMAN.test(name) &&
  !lexicon().notAcronyms.has(name) &&
  !lexicon().equipmentAcronyms.has(name);

/**
 * Initials of the capitalised words of a name, joiners skipped: Institute for the Study of War -> ISW.
 * Memoized: organisations recur through a document.
 */
const initials = memoized((name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => w && !lexicon().orgJoiners.has(fold(w)))
    .map((w) => w.charAt(0).toUpperCase())
    .join(''),
);

/**
 * Links acronyms to their expansions: "Institute for the Study of War (ISW)", or the same initials
 * elsewhere in the document. Linked acronyms become organisations carrying the expansion; unknown
 * acronyms that are neither linked nor known become organisations when in capitals and not listed
 * as something else (TV, CEO), and are dropped otherwise.
 */
export const acronymRefiner: Refiner = ({ text }, candidates) => {
  const expansions = new Map<string, string>();
  // The first organisation (in text order) for each set of initials: one pass, not one per acronym.
  const orgByInitials = new Map<string, string>();
  for (const o of candidates) {
    if (o.kind !== 'organisation' || ACRONYM.test(o.name)) continue;
    const key = initials(o.name);
    if (!orgByInitials.has(key)) orgByInitials.set(key, o.name);
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c || !ACRONYM.test(c.name) || expansions.has(c.name)) continue;
    const previous = candidates[i - 1];
    if (previous?.kind === 'organisation' && /^\s*\(\s*$/.test(text.slice(previous.end, c.start))) {
      if (initials(previous.name).charAt(0) === c.name.charAt(0)) expansions.set(c.name, previous.name);
      continue;
    }
    const match = orgByInitials.get(c.name.toUpperCase());
    if (match !== undefined) expansions.set(c.name, match);
  }
  const expanded = new Map([...expansions].map(([acr, exp]) => [exp, acr]));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const expansion = expansions.get(c.name);
    if (expansion && (c.kind === 'unknown' || c.kind === 'organisation')) {
      out.push({ ...c, kind: 'organisation', expansion, canonical: c.name, rule: `${c.rule}+acronym` });
    } else if (c.kind === 'organisation' && expanded.has(c.name)) {
      out.push({ ...c, canonical: expanded.get(c.name) ?? c.name });
    } else if (c.kind === 'unknown' && c.rule === 'unknown:acronym') {
      if (lexicon().orgAcronyms.has(c.name))
        out.push({ ...c, kind: 'organisation', rule: 'organisation:known' });
      else if (unlistedOrg(c.name)) out.push({ ...c, kind: 'organisation', rule: 'organisation:acronym' });
    } else out.push(c);
  }
  return out;
};
