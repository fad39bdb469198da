/**
 * Starts one throwaway PostgreSQL cluster for the whole test run (see
 * `helpers/postgres-cluster.ts`) and hands its URL to the test workers in
 * KB_TEST_POSTGRES_URL; each test file makes its own database in it. Where
 * no cluster can be started, the PostgreSQL tests skip with a warning —
 * unless KB_REQUIRE_POSTGRES=1 (CI), where the run fails here. A server
 * already given in KB_TEST_POSTGRES_URL is used as it is.
 */
import { clusterUnavailableReason, startPostgresCluster } from '../scripts/bench/lib/postgres-cluster.ts';

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.KB_TEST_POSTGRES_URL) return undefined;
  const reason = clusterUnavailableReason();
  if (reason !== undefined) {
    if (process.env.KB_REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL tests: ${reason}; KB_REQUIRE_POSTGRES=1 requires them to run.`);
    console.warn(`SKIPPED PostgreSQL tests: ${reason}.`);
    return undefined;
  }
  const cluster = await startPostgresCluster();
  process.env.KB_TEST_POSTGRES_URL = cluster.url;
  process.env.KB_TEST_POSTGRES_DATA = cluster.dataDir;
  return () => cluster.stop();
}
