/**
 * The outbox worker: delivers committed contact requests in the
 * background, at most `concurrency` at once. It claims due rows (a claim is
 * an attempt and lasts the attempt's timeout plus a margin, so a killed
 * process's rows come back), sends each with its request id as the
 * idempotency key, and records the outcome:
 * - delivered: the text is deleted, and every waiting retry is brought
 *   forward (the target is back);
 * - retryable (network, timeout, 408, 429, 5xx): tried again after an
 *   exponential backoff with jitter, or after the target's `Retry-After`,
 *   during which nothing is sent to it; dead-lettered after `maxAttempts`;
 * - refused (any other 4xx): dead-lettered at once with the target's
 *   message.
 * It wakes when a request is accepted, when the next retry falls due, and
 * every few seconds anyway (so `kb contact retry` from another process,
 * and on PostgreSQL requests accepted by other instances, are picked up).
 * On PostgreSQL every instance runs a worker on the one outbox; claims keep
 * them from sending a request twice at once.
 */
import type { OutboxStore } from '../outbox/outbox-store.ts';
import { bringRetriesForward, scheduleRetry } from '../outbox/schedule-retry.ts';
import { claimDueDeliveries, nextDueTime } from '../outbox/claim-due-deliveries.ts';
import type { ContactPayload, ContactRequestRow } from '../outbox/contact-request-row.ts';
import { markDead } from '../outbox/mark-dead.ts';
import { markDelivered } from '../outbox/mark-delivered.ts';
import { releaseClaims } from '../outbox/release-claims.ts';
import type { ContactDelivery, ContactTarget, DeliveryOutcome } from './contact-delivery.ts';
import { retryDelay } from './retry-delay.ts';

export interface DeliveryWorkerOptions {
  target: ContactTarget;
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
  concurrency: number;
  /** The longest the worker sleeps without looking at the outbox (default 2 s). */
  pollMs?: number;
  now?: () => number;
  log?: (line: string) => void;
  logError?: (error: unknown) => void;
}

/** A running worker. */
export interface DeliveryWorker {
  /** Looks for due requests now (a request was just accepted). */
  wake(): void;
  /** Deliveries under way. */
  readonly inFlight: number;
  /** Stops claiming; waits up to `graceMs` for attempts under way, then abandons them (their rows are claimed again at the next start). */
  close(graceMs?: number): Promise<void>;
}

const CLAIM_MARGIN_MS = 5000;

export function startDeliveryWorker(outbox: OutboxStore, options: DeliveryWorkerOptions): DeliveryWorker {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const logError = options.logError ?? ((error: unknown) => console.error('contact delivery:', error));
  const pollMs = options.pollMs ?? 2000;
  const leaseMs = options.timeoutMs + CLAIM_MARGIN_MS;
  const controllers = new Set<AbortController>();
  const running = new Set<Promise<void>>();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let pausedUntil = 0;
  let ticking: Promise<void> | undefined;
  let again = false;
  let woken = false;

  const started = releaseClaims(outbox, now()).then(
    (released) => {
      if (released > 0) log(`Contact delivery: ${released} request(s) were being sent when the service last stopped; sending them again (same idempotency keys).`);
    },
    (error: unknown) => logError(error),
  );

  function schedule(at: number): void {
    if (closed || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timerAt = Number.POSITIVE_INFINITY;
      tick();
    }, Math.max(0, at - now()));
    timer.unref();
  }

  // One look at the outbox at a time; a wake-up during one asks for another right after it.
  function tick(): void {
    if (closed) return;
    if (ticking !== undefined) {
      again = true;
      return;
    }
    ticking = look().finally(() => {
      ticking = undefined;
      if (again) {
        again = false;
        tick();
      }
    });
  }

  async function look(): Promise<void> {
    try {
      await started;
      const at = now();
      if (at < pausedUntil) {
        schedule(pausedUntil);
        return;
      }
      const free = options.concurrency - running.size;
      if (free > 0) {
        const claimed = await claimDueDeliveries(outbox, { now: at, limit: free, leaseMs });
        // Closed while claiming: the rows keep their claim and go out again (at the next start, or once it runs out).
        if (closed) return;
        for (const row of claimed) start(row);
        // Every slot is busy: the next finished attempt looks again, no need to work out when.
        if (claimed.length === free) return;
      } else return;
      const due = await nextDueTime(outbox);
      schedule(Math.min(at + pollMs, due === undefined ? Number.POSITIVE_INFINITY : Math.max(due, at + 10)));
    } catch (error) {
      logError(error);
      schedule(now() + pollMs);
    }
  }

  function start(row: ContactRequestRow): void {
    const controller = new AbortController();
    controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(), options.timeoutMs);
    const task = attempt(row, controller.signal)
      .catch((error: unknown) => logError(error))
      .finally(() => {
        clearTimeout(timeout);
        controllers.delete(controller);
        running.delete(task);
        if (!closed) setImmediate(tick);
      });
    running.add(task);
  }

  async function attempt(row: ContactRequestRow, signal: AbortSignal): Promise<void> {
    const delivery = toDelivery(row);
    let outcome: DeliveryOutcome;
    if (delivery === undefined) {
      outcome = { ok: false, retry: false, status: null, message: 'the stored request has no text left to send' };
    } else {
      try {
        outcome = await options.target.send(delivery, signal);
      } catch (error) {
        outcome = { ok: false, retry: true, status: null, message: `the ${options.target.type} target failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    // After close the database may be gone: the row keeps its claim and goes out again at the next start.
    if (closed && signal.aborted) return;
    await record(row, outcome);
  }

  async function record(row: ContactRequestRow, outcome: DeliveryOutcome): Promise<void> {
    const at = now();
    if (outcome.ok) {
      await markDelivered(outbox, row.id, { now: at, remoteId: outcome.remoteId, status: outcome.status });
      if ((await bringRetriesForward(outbox, at)) > 0) setImmediate(tick);
      return;
    }
    if (!outcome.retry) {
      await markDead(outbox, row.id, { status: outcome.status, error: outcome.message });
      log(`Contact request ${row.id} dead-lettered: ${outcome.message}. See \`kb contact status\`; \`kb contact retry ${row.id}\` sends it again.`);
      return;
    }
    if (row.attempts >= options.maxAttempts) {
      await markDead(outbox, row.id, { status: outcome.status, error: `gave up after ${row.attempts} attempts; last: ${outcome.message}` });
      log(`Contact request ${row.id} dead-lettered after ${row.attempts} attempts: ${outcome.message}.`);
      return;
    }
    const delay = retryDelay(row.attempts, options, outcome.retryAfterMs);
    // A target that asks for a pause (429 with Retry-After) gets nothing until then, whichever request it is.
    if (outcome.status === 429 && outcome.retryAfterMs !== undefined) pausedUntil = Math.max(pausedUntil, at + Math.min(outcome.retryAfterMs, 3_600_000));
    await scheduleRetry(outbox, row.id, { at: at + delay, status: outcome.status, error: outcome.message });
  }

  setImmediate(tick);

  return {
    wake() {
      // Many requests accepted in one turn need one look at the outbox, not one each.
      if (closed || woken) return;
      woken = true;
      setImmediate(() => {
        woken = false;
        tick();
      });
    },
    get inFlight() {
      return running.size;
    },
    async close(graceMs = 5000) {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      await ticking;
      if (running.size > 0) {
        let force: NodeJS.Timeout | undefined;
        await Promise.race([Promise.allSettled([...running]), new Promise<void>((resolve) => (force = setTimeout(resolve, graceMs)))]);
        clearTimeout(force);
        for (const controller of controllers) controller.abort();
        await Promise.allSettled([...running]);
      }
      options.target.close?.();
    },
  };
}

function toDelivery(row: ContactRequestRow): ContactDelivery | undefined {
  if (row.payload === null) return undefined;
  return {
    id: row.id,
    createdAt: row.created_at,
    payload: JSON.parse(row.payload) as ContactPayload,
    triage: { priority: row.priority, category: row.category, first_response_due: row.first_response_due },
  };
}
