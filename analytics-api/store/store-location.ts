/**
 * What `--db` and `KB_ANALYTICS_DB` name: a SQLite file path, or a
 * PostgreSQL URL (`postgres://` or `postgresql://`). Any other `scheme://`
 * is refused rather than taken for a folder named after the scheme.
 */

/** A parsed database location. */
export type StoreLocation =
  | { engine: 'sqlite'; file: string }
  | {
      engine: 'postgres';
      /** The URL as given, password included: only for the driver. */
      url: string;
      /** The URL with its password replaced by `***`, for messages and logs. */
      shown: string;
    };

/** A `--db` value that is neither a file path nor a PostgreSQL URL; the message says what to pass. */
export class StoreLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreLocationError';
  }
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

/** Parses `value`; `source` names where it came from in messages (`--db`, `KB_ANALYTICS_DB`). */
export function parseStoreLocation(value: string, source = '--db'): StoreLocation {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return { engine: 'sqlite', file: value };
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new StoreLocationError(
      `${source}: "${redactUrl(value)}" is a ${scheme}:// URL; the analytics database is a SQLite file path or a PostgreSQL URL. Fix: pass a file (data/analytics.db) or postgres://user:password@host:5432/database.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StoreLocationError(`${source}: "${redactUrl(value)}" is not a valid PostgreSQL URL. Fix: write it as postgres://user:password@host:5432/database, with special characters in the password percent-encoded (@ as %40).`);
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    throw new StoreLocationError(`${source}: "${redactUrl(value)}" names no host. Fix: write it as postgres://user:password@host:5432/database.`);
  }
  if (url.pathname === '' || url.pathname === '/') {
    throw new StoreLocationError(`${source}: "${redactUrl(value)}" names no database. Fix: add it after the host, e.g. postgres://user:password@${url.host || 'host'}/kb_analytics.`);
  }
  return { engine: 'postgres', url: value, shown: redactUrl(value) };
}

/** `value` with the password of its URL (if any) replaced by `***`. */
export function redactUrl(value: string): string {
  return value.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/?#@]*):[^@/?#]*@/, '$1:***@');
}
