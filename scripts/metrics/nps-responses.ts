/**
 * The NPS survey file (`support.files.nps`, `--nps`): one row per answer,
 * CSV with a header row or a JSON array.
 *
 * | column | meaning |
 * |---|---|
 * | `responded_at` | when the customer answered (date or ISO timestamp) |
 * | `score` | 0-10 |
 * | `customer` | optional: who answered (account id or email), for follow-up |
 * | `comment` | optional: what they wrote |
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { dateColumn } from '../churn/customer-schema.ts';
import { readTableFile } from '../churn/read-table-file.ts';

export const npsResponseSchema = z.object({
  responded_at: dateColumn.refine((v) => v !== undefined, { message: 'is empty: write the date the customer answered' }).transform((v) => v ?? 0),
  score: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.int({ error: 'use a whole number from 0 to 10' }).min(0).max(10)),
  customer: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(320).optional()),
  comment: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(5000).optional()),
});

/** One NPS answer; `responded_at` in ms since the epoch. */
export type NpsResponse = z.infer<typeof npsResponseSchema>;

/** Reads the NPS file; an absent optional file gives no answers. */
export function loadNpsResponses(file: string, required: boolean): NpsResponse[] | null {
  if (!required && !existsSync(file)) return null;
  return readTableFile(file, npsResponseSchema, 'NPS');
}
