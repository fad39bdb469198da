/** Reads the `--now` option shared by the support commands: the moment SLA states and ages are computed for. */
import { UsageError } from '../cli/user-error.ts';

/** ms since the epoch of `--now` (an ISO date or timestamp), or the current time. */
export function parseNow(value: string | undefined): number {
  if (value === undefined) return Date.now();
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new UsageError(`--now "${value}" is not a date: use an ISO timestamp such as 2026-11-20T17:00:00Z.`);
  }
  return ms;
}
