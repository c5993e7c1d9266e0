import { createRequire } from 'node:module';
import type { Document, ItsFunction } from 'wink-nlp';

/** The parts of a wink-nlp document's raw data that its token functions read (wink's own layout). */
export interface RawDoc {
  readonly tokens: readonly number[];
  readonly cache: {
    property(index: number, name: string): unknown;
    mappedSpelling(index: number): number;
    value(index: number): string;
    intrinsicSize(): number;
  };
}

/** A wink token function as wink calls it: token index, raw document data, the model's addons. */
export type RawIts<T> = (index: number, rdd: RawDoc, addons: unknown) => T;

/** wink's set of the token functions `out` may call (any other it replaces by its.value). */
export const allowedTokenFunctions = (
  createRequire(import.meta.url)('wink-nlp/src/allowed.js') as { its4tokens: Set<unknown> }
).its4tokens;

/** A token function that hands back what wink passes it, so the caller can read every token itself. */
const rawAccess: RawIts<{ rdd: RawDoc; addons: unknown }> = (_index, rdd, addons) => ({ rdd, addons });
allowedTokenFunctions.add(rawAccess);

/** wink's token function `f` as it is called inside wink. */
export const raw = <T>(f: ItsFunction<T>): RawIts<T> => f as unknown as RawIts<T>;

/**
 * `read(i)` for each token of `doc` in turn, where `read` gets wink's raw data: token by token,
 * instead of one array per property (`doc.tokens().out(its.x)`), which on a long document are
 * arrays of hundreds of thousands of strings that the collector then moves and scans.
 */
export function eachRawToken(
  doc: Document,
  read: (index: number, rdd: RawDoc, addons: unknown) => void,
): void {
  const tokens = doc.tokens();
  const count = tokens.length();
  if (count === 0) return;
  const { rdd, addons } = tokens.itemAt(0).out(rawAccess as unknown as ItsFunction<unknown>) as {
    rdd: RawDoc;
    addons: unknown;
  };
  for (let i = 0; i < count; i++) read(i, rdd, addons);
}
