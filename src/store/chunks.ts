/** Items in runs of `size`: one statement each, below the dialects' parameter limits. */
export const chunks = <T>(items: readonly T[], size = 200): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};
