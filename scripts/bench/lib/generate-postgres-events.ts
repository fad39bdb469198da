/**
 * Fills a PostgreSQL analytics database with generated events for the
 * stats-query benchmark, straight in the server (`generate_series`), so ten
 * million rows take minutes rather than an hour of inserts: sessions of
 * about three events, 200 articles, 5,000 distinct queries, the API's mix
 * of event types, spread evenly over the last `days` days up to `now`.
 */
import type pg from 'pg';
import { partitionName } from '../../../analytics-api/store/postgres/postgres-partitions.ts';
import { DAY_MS, utcDayStart } from '../../../analytics-api/db/utc-day.ts';

/** Creates the day partitions and inserts `count` events in chunks; returns the rows inserted. */
export async function generatePostgresEvents(pool: pg.Pool, count: number, days: number, now: number, onChunk?: (done: number) => void): Promise<number> {
  const start = utcDayStart(now) - (days - 1) * DAY_MS;
  for (let day = start; day <= now; day += DAY_MS) {
    await pool.query(`CREATE TABLE IF NOT EXISTS ${partitionName('events', day)} PARTITION OF events FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
  }
  const span = now - start;
  const chunk = 1_000_000;
  let done = 0;
  while (done < count) {
    const size = Math.min(chunk, count - done);
    await pool.query(
      `INSERT INTO events (type, session, visitor, ts, received_at, article, vote, reason, comment, query, results, position, vote_key)
       SELECT
         CASE WHEN r < 0.60 THEN 'view' WHEN r < 0.70 THEN 'vote' WHEN r < 0.85 THEN 'search' WHEN r < 0.93 THEN 'search_click' WHEN r < 0.98 THEN 'contact_open' ELSE 'contact_submit' END,
         'session-' || (g / 3), 'visitor-' || (g / 7), t, t,
         CASE WHEN r < 0.70 OR r >= 0.85 THEN 'article-' || (g % 200) END,
         CASE WHEN r >= 0.60 AND r < 0.70 THEN CASE WHEN g % 4 = 0 THEN 'down' ELSE 'up' END END,
         NULL, NULL,
         CASE WHEN r >= 0.70 AND r < 0.93 THEN 'query ' || (g % 5000) END,
         CASE WHEN r >= 0.70 AND r < 0.85 THEN g % 7 END,
         CASE WHEN r >= 0.85 AND r < 0.93 THEN 1 + g % 5 END,
         CASE WHEN r >= 0.60 AND r < 0.70 THEN 'key-' || (g / 3) || '-' || (g % 200) END
       FROM (SELECT g, random() AS r, ($1::int8 + (g::float8 / $2::float8) * $3::float8)::int8 AS t FROM generate_series($4::int8, $5::int8) AS g) AS s`,
      [start, count, span, done + 1, done + size],
    );
    done += size;
    onChunk?.(done);
  }
  await pool.query('ANALYZE events');
  return done;
}
