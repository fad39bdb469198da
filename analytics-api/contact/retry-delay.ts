/**
 * How long to wait before attempt `attempt + 1`: exponential backoff
 * (`initial × 2^(attempt-1)`, capped at `max`) with equal jitter (half
 * fixed, half random), so requests that failed together do not come back
 * together. A `Retry-After` from the target wins whenever it asks for
 * longer, up to an hour.
 */
const MAX_RETRY_AFTER_MS = 3_600_000;

export interface RetryPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
}

export function retryDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  if (retryAfterMs === undefined) return Math.round(jittered);
  return Math.round(Math.max(Math.min(retryAfterMs, MAX_RETRY_AFTER_MS), jittered));
}
