/**
 * Who reports the outcome done, as the brief and the workbench say it: one origin alone is a claim
 * nobody else has confirmed.
 */
export const outcomeSources = (origins: number): string =>
  origins === 1 ? 'one source only, not corroborated' : `${origins} independent sources`;
