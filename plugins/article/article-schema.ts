/**
 * The article frontmatter model (PLAYBOOK.md §1.2). Built from the config so
 * categories, types and plans are the configured ones; the linter and the
 * Astro content collection both call this, so they cannot disagree.
 */
import { z } from 'zod';
import type { KbConfig } from '../config/kb-config-schema.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, 'use lowercase words joined by hyphens, like "update-payment-method"');

/** Formats a Date as its UTC calendar day, `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the year, month (1-12) and day name a day that exists. By arithmetic: every imported ticket's timestamps pass here. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1]! + (leap ? 1 : 0);
}

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 2026-02-30). */
export function isRealDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

export interface ArticleSchemaOptions {
  /** "Today" for the not-in-the-future check; defaults to now. */
  today?: Date;
}

/** Creates the frontmatter schema for the given configuration. */
export function createArticleSchema(config: KbConfig, options: ArticleSchemaOptions = {}) {
  const categoryIds = config.categories.map((c) => c.id) as [string, ...string[]];
  const typeIds = Object.keys(config.article_types) as [string, ...string[]];
  // One day of slack: a writer east of UTC may date an article "today" before UTC midnight.
  const latest = isoDay(new Date((options.today ?? new Date()).getTime() + 86_400_000));
  const productArea =
    config.product_areas.length > 0 ? z.enum(config.product_areas as [string, ...string[]]) : slug;

  const day = z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? isoDay(value) : value.trim()))
    .refine(isRealDay, { message: 'is not a real date: write it as YYYY-MM-DD, like 2026-03-14' })
    .refine((value) => value <= latest, { message: `is in the future: use the day you last checked the article (on or before ${latest})` });

  return z.strictObject({
    title: z.string().trim().min(5).max(100),
    summary: z
      .string()
      .trim()
      .min(20)
      .max(200)
      .refine((s) => !/[.!?]\s+[A-Z]/.test(s), { message: 'has more than one sentence: keep the summary to one sentence' }),
    type: z.enum(typeIds).default(config.default_type),
    category: z.enum(categoryIds),
    product_area: productArea,
    applies_to: z.array(z.enum(config.plans as [string, ...string[]])).min(1),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
    last_updated: day,
    owner: z.string().trim().min(1).max(80),
    aliases: z.array(slug).default([]),
    status: z.enum(['draft', 'published', 'archived']).default('published'),
    // YAML reads `429` as a number; a status code is a fine search keyword.
    keywords: z.array(z.union([z.string(), z.number().transform(String)]).pipe(z.string().trim().min(2).max(60))).max(30).default([]),
  });
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
/** Validated frontmatter of one article. */
export type ArticleFrontmatter = z.infer<ArticleSchema>;
