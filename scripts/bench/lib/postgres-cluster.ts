/**
 * A throwaway PostgreSQL cluster for the tests and `npm run bench:api`: `initdb` as the
 * unprivileged `postgres` user in a temp folder it owns, `pg_ctl` on a free
 * loopback port (no TCP on other interfaces, the socket in the same folder),
 * stopped and removed at the end. Debian's server binaries are used
 * (`/usr/lib/postgresql/<version>/bin`, or `KB_PG_BIN`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running cluster. */
export interface PostgresCluster {
  /** Superuser URL of the `postgres` database, e.g. postgres://postgres@127.0.0.1:54321/postgres. */
  url: string;
  port: number;
  /** The data directory (tests read its files to prove what is not stored). */
  dataDir: string;
  stop(): void;
}

/** The folder holding initdb and pg_ctl, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined {
  if (process.env.KB_PG_BIN) return existsSync(path.join(process.env.KB_PG_BIN, 'initdb')) ? process.env.KB_PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin');
}

/** Why a cluster cannot be started here, or undefined when it can. */
export function clusterUnavailableReason(): string | undefined {
  if (findPostgresBin() === undefined) return "no PostgreSQL server binaries (install Debian's postgresql, or set KB_PG_BIN)";
  const isRoot = process.getuid?.() === 0;
  if (!isRoot && process.env.USER !== 'postgres') return 'starting a throwaway cluster needs root (to run initdb as the postgres user)';
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a new cluster; throws with the server's log when it cannot. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (bin === undefined) throw new Error(clusterUnavailableReason());
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-pg-'));
  // The postgres user must reach the folder: it and its parents up to the temp root (a run's own 0700 folder) become traversable.
  chmodSync(dir, 0o755);
  for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
    const mode = statSync(parent).mode;
    if ((mode & 0o001) === 0) chmodSync(parent, (mode & 0o7777) | 0o011);
  }
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (command: string, args: string[]) => {
    const [exe, ...rest] = [...asPostgres, path.join(bin, command), ...args];
    return execFileSync(exe as string, rest, { stdio: 'pipe', encoding: 'utf8' });
  };
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const log = path.join(dir, 'server.log');
  // fsync stays on: the durability tests kill servers, not the machine, but the settings should be production's.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=64MB`;
  try {
    run('pg_ctl', ['-D', dataDir, '-l', log, '-w', '-t', '60', '-o', options, 'start']);
  } catch (error) {
    const detail = existsSync(log) ? execFileSync('tail', ['-n', '20', log], { encoding: 'utf8' }) : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${detail}`);
  }
  // The postmaster's pid, to stop it even if its folder is gone when the run ends.
  const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // Already gone.
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
