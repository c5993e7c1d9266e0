import type { DocumentId } from '../../core/index.js';
import type { Origin } from '../../resolve/types.js';
import type { BottomLine, Forecast, ForecastVote } from '../types.js';
import { bandIndex, bandOf, logit, sigmoid } from './bands.js';

const round = (x: number, places = 3): number => Math.round(x * 10 ** places) / 10 ** places;
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** One vote per independent origin: the bottom lines of one origin are pooled into one. */
function votes(lines: readonly BottomLine[]): ForecastVote[] {
  const byOrigin = new Map<string, { origin: Origin; lines: BottomLine[] }>();
  for (const line of lines) {
    const group = byOrigin.get(line.origin.key) ?? { origin: line.origin, lines: [] };
    group.lines.push(line);
    byOrigin.set(line.origin.key, group);
  }
  return [...byOrigin.values()].map(({ origin, lines: own }) => {
    const probability = round(sigmoid(mean(own.map((l) => logit(l.probability)))));
    return {
      origin,
      documents: [...new Set(own.map((l) => l.document))] as DocumentId[],
      probability,
      band: bandOf(probability),
    };
  });
}

/**
 * The pooled forecast: the mean log-odds of one vote per independent origin, its spread, and the
 * sources that dissent (on the other side of even odds, or more than one band away).
 */
export function forecastOf(lines: readonly BottomLine[], documents = lines.length): Forecast | undefined {
  const all = votes(lines);
  if (all.length === 0) return undefined;
  const logOdds = mean(all.map((v) => logit(v.probability)));
  const probability = round(sigmoid(logOdds));
  const band = bandOf(probability);
  const std = Math.sqrt(mean(all.map((v) => (logit(v.probability) - logOdds) ** 2)));
  const dissenters = all.flatMap((v) => {
    const otherSide = (v.probability - 0.5) * (probability - 0.5) < 0;
    const bandsAway = Math.abs(bandIndex(v.band) - bandIndex(band));
    if (!otherSide && bandsAway <= 1) return [];
    const reason = otherSide
      ? `on the other side of even odds (${v.probability} against ${probability})`
      : `${bandsAway} bands away (${v.band} against ${band})`;
    return [{ ...v, reason }];
  });
  return {
    documents: Math.max(documents, lines.length),
    views: lines.length,
    probability,
    band,
    logOdds: round(logOdds),
    votes: all,
    spread: {
      min: Math.min(...all.map((v) => v.probability)),
      max: Math.max(...all.map((v) => v.probability)),
      stdLogOdds: round(std),
    },
    dissenters,
  };
}
