/**
 * The customers file (`support.files.customers`, `--customers`): one row per
 * customer account, as CSV with a header row or a JSON array. Only `id` is
 * required; every other column makes more rules and churn signals possible.
 *
 * | column | meaning |
 * |---|---|
 * | `id` | account id; tickets match it, or `name`, through their `organization` |
 * | `name` | account name |
 * | `domains` | email domains of its people, separated by `;` (tickets match by requester email) |
 * | `plan` | plan id (`free`, `pro`, `enterprise`) |
 * | `mrr` | monthly recurring revenue in dollars |
 * | `ltv` | lifetime value in dollars; when empty, MRR × months since `customer_since` |
 * | `customer_since` | date the account started (`YYYY-MM-DD`) |
 * | `renewal_date` | next renewal date |
 * | `last_login_at` | last login of anyone on the account (date or ISO timestamp) |
 * | `failed_payment` | `true` when the last charge failed |
 * | `cancellation_requested`, `downgrade_requested` | `true` when the billing system recorded such a request |
 */
import { z } from 'zod';

const empty = (value: unknown) => (value === '' ? undefined : value);
const truthy: Record<string, boolean> = { true: true, yes: true, y: true, '1': true, false: false, no: false, n: false, '0': false };

/** `true`/`false`, `yes`/`no`, `1`/`0` or empty (false). */
export const flagColumn = z
  .preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (truthy[v.trim().toLowerCase()] ?? v)) : v), z.boolean({ error: 'use true or false' }).optional())
  .transform((v) => v ?? false);

/** A number column; empty means absent. */
export const numberColumn = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.replace(/[$,\s]/g, ''))) : v),
  z.number({ error: 'use a number, like 250 or 1200.50' }).min(0).optional(),
);

/** A date or timestamp column, kept as ms since the epoch; empty means absent. */
export const dateColumn = z.preprocess(
  empty,
  z
    .string()
    .max(40)
    .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'is not a date: use YYYY-MM-DD or an ISO timestamp' })
    .transform((s) => Date.parse(s))
    .optional(),
);

const text = (max: number) => z.preprocess(empty, z.string().max(max).optional());

export const customerSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    name: text(200),
    domains: text(1000).transform((v) => (v ?? '').split(/[;\s]+/).map((d) => d.trim().toLowerCase()).filter(Boolean)),
    plan: text(60),
    mrr: numberColumn.transform((v) => v ?? 0),
    ltv: numberColumn,
    customer_since: dateColumn,
    renewal_date: dateColumn,
    last_login_at: dateColumn,
    failed_payment: flagColumn,
    cancellation_requested: flagColumn,
    downgrade_requested: flagColumn,
  });

/** One customer account, validated. Dates are ms since the epoch. */
export type Customer = z.infer<typeof customerSchema>;

/**
 * The usage file (`support.files.usage`, `--usage`): one row per customer
 * and month, `customer_id,month,usage`, where usage is any steady measure
 * of activity (active users, shifts scheduled, sessions).
 */
export const usageSchema = z.object({
  customer_id: z.string().trim().min(1).max(200),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month such as 2026-11'),
  usage: numberColumn.refine((v) => v !== undefined, { message: 'is empty: write a number' }).transform((v) => v ?? 0),
});
export type UsageRow = z.infer<typeof usageSchema>;
