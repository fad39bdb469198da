/**
 * What went wrong talking to PostgreSQL, in the words a person can act on:
 * the driver's network errors and the server's SQLSTATE codes become one of
 * the storage faults (`db/storage-fault.ts`) — unreachable, read-only, disk
 * full, locked, corrupt, cannot open (wrong credentials, no such database)
 * — with a message naming the server (never the password), the cause and
 * the fix.
 */
import { AnalyticsDatabaseError } from '../../db/open-database.ts';
import { describeStorageFault, type StorageFault } from '../../db/storage-fault.ts';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED']);
// Messages of node-postgres for a connection that broke or never came up.
const NETWORK_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended|socket hang up|Client was closed/i;

/** The fault behind a PostgreSQL driver or server error, or undefined when it is something else (a bug, bad SQL). */
export function postgresFaultOf(error: unknown): StorageFault | undefined {
  if (error instanceof AnalyticsDatabaseError) return error.fault;
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return 'unreachable';
    // 08: connection exception; 57P01-57P03: the server is shutting down or starting up.
    if (code.startsWith('08') || /^57P0[1-3]$/.test(code)) return 'unreachable';
    if (code === '25006') return 'read_only';
    if (code === '53100') return 'disk_full';
    if (code === '53300') return 'unreachable';
    if (code.startsWith('28') || code === '3D000' || code === '42501') return 'cannot_open';
    if (code === '55P03' || code === '40P01' || code === '40001' || code === '57014') return 'locked';
    if (code.startsWith('XX0') && code !== 'XX000') return 'corrupt';
    if (code === '58030') return 'io_error';
  }
  return NETWORK_MESSAGES.test(error.message) ? 'unreachable' : undefined;
}

/** A person's message for `error` at `shown` (a URL without its password), or undefined when it is not a storage error. */
export function describePostgresError(error: unknown, shown: string): AnalyticsDatabaseError | undefined {
  if (error instanceof AnalyticsDatabaseError) return error;
  const fault = postgresFaultOf(error);
  if (fault === undefined) return undefined;
  const err = error as Error & { code?: string };
  const detail = err.message || err.code || String(error);
  const url = safeUrl(shown);
  const where = url ? `${url.hostname}:${url.port || 5432}` : shown;
  const user = url?.username ? decodeURIComponent(url.username) : 'the user';
  const database = url ? decodeURIComponent(url.pathname.slice(1)) : 'the database';
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
    return new AnalyticsDatabaseError(`${shown}: the host ${url?.hostname ?? ''} is not known (${detail}). Fix: check the host name in the URL, or the DNS of this machine.`, 'unreachable');
  }
  if (err.code === 'ECONNREFUSED') {
    return new AnalyticsDatabaseError(`${shown}: nothing accepts connections at ${where} (${detail}). Fix: start PostgreSQL, or correct the host and port in the URL; a firewall may be refusing the connection.`, 'unreachable');
  }
  if (err.code === '28P01' || err.code === '28000') {
    return new AnalyticsDatabaseError(
      `${shown}: PostgreSQL refused the login of ${user} (${detail}). Fix: check the user and password in the URL (percent-encode special characters: @ as %40, : as %3A), or the server's pg_hba.conf.`,
      'cannot_open',
    );
  }
  if (err.code === '3D000') {
    return new AnalyticsDatabaseError(`${shown}: the database ${database} does not exist (${detail}). Fix: create it first (createdb -h ${url?.hostname ?? 'HOST'} -U ${user} ${database}), or name an existing one in the URL.`, 'cannot_open');
  }
  if (err.code === '42501') {
    return new AnalyticsDatabaseError(`${shown}: ${user} may not do this in ${database} (${detail}). Fix: grant it the rights to create tables there (GRANT CREATE ON SCHEMA public TO ${user}), or use the database's owner.`, 'cannot_open');
  }
  return new AnalyticsDatabaseError(describeStorageFault(fault, shown, detail), fault);
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
