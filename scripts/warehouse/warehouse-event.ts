/**
 * An analytics event as the analytics service stores and exports it (its
 * `events` table, `GET /api/export`), and as the warehouse keeps it. The
 * schema checks rows at the edge of `kb analytics pull`; columns the
 * service may add later are ignored rather than refused.
 */
import { z } from 'zod';

const text = (max: number) => z.string().max(max).nullable().default(null);

export const warehouseEventSchema = z.object({
  id: z.int().min(1),
  type: z.string().min(1).max(40),
  session: z.string().min(1).max(100),
  visitor: z.string().min(1).max(200),
  ts: z.int().min(0),
  received_at: z.int().min(0),
  article: text(200),
  vote: z.enum(['up', 'down']).nullable().default(null),
  reason: text(100),
  comment: text(2000),
  query: text(500),
  results: z.int().min(0).nullable().default(null),
  position: z.int().min(0).nullable().default(null),
  vote_key: z.string().max(100).nullable().default(null),
  /** The page's locale; services from before locales export none. */
  locale: z.string().max(20).nullable().default(null),
});

/** One stored analytics event; `vote_key` and `locale` may be left out (events read back from the warehouse carry no vote key). */
export type WarehouseEvent = Omit<z.infer<typeof warehouseEventSchema>, 'vote_key' | 'locale'> & { vote_key?: string | null; locale?: string | null };
