import type { Contested, Statement } from './brief-model.js';
import { clip, withoutDateline } from './format.js';

const side = (s: { outlet: string; text: string }) => `${s.outlet}: “${clip(withoutDateline(s.text), 200)}”`;

/** What a dispute whose reports each state both sides says of them. */
export const bothSides = (reports: number): string =>
  reports > 1 ? 'Each report holds both sides' : 'One report holds both sides';

/**
 * One dispute in one line for the first screen: what it is about and one report from each side.
 * When one sentence holds both sides ("A and B blamed each other for X"), it is quoted once and
 * said to hold both; a dispute about the watch question itself is named as such.
 */
export function disputeLine(d: Contested, question?: string): Statement {
  const a = d.a[0];
  const b = d.b[0];
  const about = d.label === question ? 'On the question itself' : d.label;
  const one = a ?? b;
  const text =
    a && b
      ? `${about} (${d.kind}): ${side(a)} against ${side(b)}.`
      : one
        ? `One report holds both sides (${d.kind}): ${side(one)}.`
        : `${about} (${d.kind}).`;
  return { text, notes: [a?.note, b?.note].filter((n): n is number => n !== undefined) };
}
