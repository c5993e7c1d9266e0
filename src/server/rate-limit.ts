export interface RateLimit {
  /** Tokens added each second. */
  readonly perSecond: number;
  /** Most tokens a bucket holds: the largest burst allowed. */
  readonly burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 40 };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key (the API token's hash). `take` answers 0 when the request may go ahead,
 * else the seconds to wait. The clock is passed in so tests need not sleep.
 */
export class TokenBuckets {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit: RateLimit = DEFAULT_RATE_LIMIT) {
    this.#limit = limit;
  }

  /** `limit` overrides the default for this key (a token allowed more, such as a benchmark's). */
  take(key: string, nowMs: number, limit: RateLimit = this.#limit): number {
    const { perSecond, burst } = limit;
    const bucket = this.#buckets.get(key) ?? { tokens: burst, at: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    bucket.at = nowMs;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }
}
