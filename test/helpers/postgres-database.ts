/**
 * A fresh PostgreSQL database per test file, in the run's throwaway cluster
 * (`test/postgres-setup.ts`). Without a cluster the tests that need one
 * skip with a visible warning, unless KB_REQUIRE_POSTGRES=1 (CI), where
 * they fail.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Counts and ids come back as numbers, as the service's own pool reads them.
pg.types.setTypeParser(20, Number);
pg.types.setTypeParser(1700, Number);

/** True when the tests can run; warns (or throws under KB_REQUIRE_POSTGRES=1) when they cannot. */
export function postgresAvailable(suite: string): boolean {
  if (process.env.KB_TEST_POSTGRES_URL) return true;
  const why = `${suite}: no PostgreSQL cluster for the tests (install Debian's postgresql and run as root, or set KB_TEST_POSTGRES_URL)`;
  if (process.env.KB_REQUIRE_POSTGRES === '1') throw new Error(`${why}; KB_REQUIRE_POSTGRES=1 requires the PostgreSQL tests to run.`);
  console.warn(`SKIPPED ${why}.`);
  return false;
}

/** A database of its own, with its URL and the cluster's data folder. */
export interface TestPostgresDatabase {
  url: string;
  name: string;
  /** The cluster's data directory (only for the run's own cluster). */
  dataDir: string | undefined;
  /** Runs SQL on the database as the superuser. */
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.KB_TEST_POSTGRES_URL;
  if (!url) throw new Error('KB_TEST_POSTGRES_URL is not set: check postgresAvailable() first');
  return url;
}

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.href;
}

export async function createTestPostgresDatabase(prefix = 'kb_test'): Promise<TestPostgresDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const client = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    name,
    dataDir: process.env.KB_TEST_POSTGRES_DATA,
    async query(sql, values) {
      return (await client.query(sql, values)).rows;
    },
    async drop() {
      await client.end();
      const dropper = new pg.Client({ connectionString: adminUrl() });
      await dropper.connect();
      try {
        // A closed pool's connections hang up a moment after its end() resolves: terminating them
        // then (FORCE) makes the driver raise an error no one listens to. Let them go first.
        for (let i = 0; i < 50; i++) {
          const [row] = (await dropper.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name])).rows;
          if ((row?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
