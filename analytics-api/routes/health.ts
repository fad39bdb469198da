/**
 * `GET /api/health`, for load balancers and uptime checks: 200
 * `{"status":"ok"}` when the database takes writes and is intact, else 503
 * with the reason — `database_read_only`, `database_disk_full`,
 * `database_corrupt`, `database_locked`, `database_io_error` or
 * `database_cannot_open` — and what to do about it (see `storage-health.ts`).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { StorageHealth } from '../db/storage-health.ts';
import { ApiError } from '../http/api-error.ts';

export function healthRoute(options: { health: StorageHealth }): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    const status = await options.health.check();
    if (!status.ok) throw new ApiError(503, `database_${status.fault}`, status.message, { 'Cache-Control': 'no-store' });
    return c.json({ status: 'ok' });
  });
}
