/**
 * Per-client rate limit: a token bucket per address (per /64 network for
 * IPv6, where one client owns the whole block). Over the limit, the answer
 * is 429 with `Retry-After`. Buckets live in memory only and are swept once
 * they are full again, so memory stays bounded by the active clients.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiError, errorResponse } from '../http/api-error.ts';
import { clientKey } from '../privacy/client-key.ts';

export interface RateLimitOptions {
  requestsPerMinute: number;
  burst: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const SWEEP_EVERY_MS = 60_000;

export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const now = options.now ?? Date.now;
  const perMs = options.requestsPerMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  function refill(bucket: Bucket, at: number): void {
    bucket.tokens = Math.min(options.burst, bucket.tokens + (at - bucket.at) * perMs);
    bucket.at = at;
  }

  return async function rateLimit(c, next) {
    const at = now();
    if (at - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = at;
      for (const [key, bucket] of buckets) {
        refill(bucket, at);
        if (bucket.tokens >= options.burst) buckets.delete(key);
      }
    }
    const key = clientKey(c.get('clientIp'));
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: options.burst, at };
      buckets.set(key, bucket);
    } else {
      refill(bucket, at);
    }
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      return errorResponse(
        c,
        new ApiError(429, 'too_many_requests', `Too many requests from this client: the limit is ${options.requestsPerMinute} per minute. Retry after ${seconds} s.`, {
          'Retry-After': String(seconds),
        }),
      );
    }
    bucket.tokens -= 1;
    await next();
  };
}
