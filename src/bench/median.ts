/** The middle value (the upper one of an even count); 0 for none. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Each item's median over the rounds, summed: `times[item][round]`. A burst of a neighbour's load
 * lands on a few items of one round and moves no item's median, where it moves a round's sum.
 */
export const sumOfMedians = (times: readonly (readonly number[])[]): number =>
  times.reduce((sum, rounds) => sum + median(rounds), 0);
