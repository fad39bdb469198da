/** `GET /api/health`: 200 when the database answers, for load balancers and uptime checks. */
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../http/api-error.ts';

export function healthRoute(options: { db: Database }): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', (c) => {
    try {
      options.db.prepare('SELECT 1').get();
    } catch {
      throw new ApiError(503, 'database_unavailable', 'The analytics database is not available.');
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
}
