/**
 * Due times and SLA state of a ticket (PLAYBOOK §2.1). Each target (first
 * response, resolution) is met in time (ok), met late or overdue
 * (breached), or still running: then the share of its time already used
 * names a warning (`warning-50`, `warning-80` by default). The ticket's
 * state is the worst of its two targets. A target on the business clock
 * only counts business minutes, for the due time and for the share used.
 */
import type { PriorityId, SupportSettings } from '../../plugins/config/support-config.ts';
import type { BusinessClock } from './business-clock.ts';
import { isoUtc } from './ticket-times.ts';

const MINUTE = 60_000;

/** `ok`, `warning-<percent>` or `breached`. */
export type SlaState = string;

/** Due times (ISO UTC), the state, and why. */
export interface SlaResult {
  firstResponseDue: string;
  resolutionDue: string;
  state: SlaState;
  reasons: { first_response_due: string; resolution_due: string; sla_state: string };
}

/** Ordered states for one config: ok, each warning, breached. */
export function slaStates(support: SupportSettings): SlaState[] {
  return ['ok', ...support.sla.warnings_percent.map((p) => `warning-${p}`), 'breached'];
}

interface TargetState {
  rank: number;
  text: string;
}

function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h < 48) return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
  const d = Math.floor(h / 24);
  const hh = h % 24;
  return hh === 0 ? `${d} d` : `${d} d ${hh} h`;
}

// One string per priority and target: 100,000 tickets share four reasons instead of holding 100,000 copies.
const reasonCache = new WeakMap<object, { first_response_due: string; resolution_due: string }>();

function targetReasons(priority: PriorityId, target: SupportSettings['sla']['targets'][PriorityId], clockWord: string): { first_response_due: string; resolution_due: string } {
  let reasons = reasonCache.get(target);
  if (!reasons) {
    reasons = {
      first_response_due: `${priority} first-response target ${duration(target.first_response_minutes)} (${clockWord} clock)`,
      resolution_due: `${priority} resolution target ${duration(target.resolution_minutes)} (${clockWord} clock)`,
    };
    reasonCache.set(target, reasons);
  }
  return reasons;
}

/**
 * Computes due times and state at `now` for a ticket of `priority`.
 * `firstReplyUnknown` says why a missing first reply is not a late one (the
 * export gives no reply time on this clock, or the ticket was solved
 * without a reply): the target then counts as neither met nor missed.
 */
export function computeSla(
  priority: PriorityId,
  times: { created: number; firstReply: number | null; firstReplyUnknown?: string; resolved: number | null; now: number },
  support: SupportSettings,
  clock: BusinessClock,
): SlaResult {
  const target = support.sla.targets[priority];
  const business = target.clock === 'business';
  const add = (from: number, minutes: number) => (business ? clock.addMinutes(from, minutes) : from + minutes * MINUTE);
  const between = (from: number, to: number) => (business ? clock.minutesBetween(from, to) : Math.max(0, to - from) / MINUTE);
  const clockWord = business ? 'business' : 'calendar';
  const responseDue = add(times.created, target.first_response_minutes);
  const resolutionDue = add(times.created, target.resolution_minutes);
  const warnings = support.sla.warnings_percent;

  function stateOf(name: string, due: number, done: number | null, minutes: number): TargetState {
    if (done !== null) {
      return done <= due
        ? { rank: 0, text: `${name} met after ${duration(between(times.created, done))}` }
        : { rank: warnings.length + 1, text: `${name} missed: took ${duration(between(times.created, done))}, target ${duration(minutes)}` };
    }
    if (times.now >= due) return { rank: warnings.length + 1, text: `${name} overdue since ${isoUtc(due)}` };
    const used = (between(times.created, times.now) / minutes) * 100;
    let rank = 0;
    warnings.forEach((w, i) => {
      if (used >= w) rank = i + 1;
    });
    const left = duration(between(times.now, due));
    return {
      rank,
      text: rank === 0 ? `${name} due in ${left} (${Math.floor(used)}% used)` : `${name} due in ${left}: ${Math.floor(used)}% used, past the ${warnings[rank - 1]}% warning`,
    };
  }

  const response: TargetState =
    times.firstReply === null && times.firstReplyUnknown !== undefined
      ? { rank: 0, text: `first response ${times.firstReplyUnknown}` }
      : stateOf('first response', responseDue, times.firstReply, target.first_response_minutes);
  const resolution = stateOf('resolution', resolutionDue, times.resolved, target.resolution_minutes);
  const worst = Math.max(response.rank, resolution.rank);
  return {
    firstResponseDue: isoUtc(responseDue),
    resolutionDue: isoUtc(resolutionDue),
    state: slaStates(support)[worst]!,
    reasons: {
      ...targetReasons(priority, target, clockWord),
      sla_state: `${response.text}; ${resolution.text}`,
    },
  };
}
