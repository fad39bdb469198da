/**
 * The analytics part of `kb.config.yaml`: where the site's tracker sends
 * events, where the API stores them and for how long, and the privacy and
 * abuse limits it enforces. The deployment-specific keys (database,
 * allowed_origins, trusted_proxies) can be overridden by environment
 * variables (`KB_ANALYTICS_DB`, `KB_ALLOWED_ORIGINS`, `KB_TRUSTED_PROXIES`);
 * the read-API token only ever comes from `KB_ANALYTICS_TOKEN`, never from a
 * file in git.
 */
import { z } from 'zod';

/** A browser origin such as `https://help.example.com` (scheme, host and port; no path). */
export const originSchema = z
  .url({ message: 'use an origin such as https://help.example.com' })
  .refine((value) => URL.canParse(value) && new URL(value).origin === value.replace(/\/$/, ''), {
    message: 'must be an origin only (scheme, host and optional port), such as https://help.example.com, with no path',
  })
  .transform((value) => value.replace(/\/$/, ''));

/** An address or network a reverse proxy connects from, or one of the named ranges proxy-addr knows. */
export const trustedProxySchema = z.union(
  [z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(['loopback', 'linklocal', 'uniquelocal'])],
  { error: 'use an IP address, a CIDR network such as 10.0.0.0/8, or one of loopback, linklocal, uniquelocal' },
);

export const analyticsConfigShape = {
  analytics: z
    .strictObject({
      /** Where the tracker posts events; a path on the same origin, an absolute URL, or false to send nothing. */
      endpoint: z.union([z.literal(false), z.string().min(1).max(300)]).default('/api/events'),
      /** The SQLite file the API writes (relative to the working directory); `KB_ANALYTICS_DB` overrides it. */
      database: z.string().min(1).max(500).default('data/analytics.db'),
      /** Months raw events are kept before `kb analytics prune` rolls them up into daily totals. */
      retention_months: z.int().min(1).max(120).default(13),
      /** Drop events from browsers that send `DNT: 1`. */
      respect_dnt: z.boolean().default(true),
      /** Drop events from browsers that send `Sec-GPC: 1` (Global Privacy Control). */
      respect_gpc: z.boolean().default(true),
      /** Answer requests from bots and crawlers with 202 but store nothing (they are only counted). */
      drop_bots: z.boolean().default(true),
      /**
       * Other origins whose pages may post events and read stats (CORS), e.g.
       * the CDN the site is served from. The site's own URL and same-host
       * requests are always allowed. `KB_ALLOWED_ORIGINS` (comma-separated) overrides it.
       */
      allowed_origins: z.array(originSchema).max(100).default([]),
      /**
       * Reverse proxies whose `X-Forwarded-For` header is believed. Empty means
       * the socket address is the client. `KB_TRUSTED_PROXIES` (comma-separated) overrides it.
       */
      trusted_proxies: z.array(trustedProxySchema).max(100).default([]),
      /**
       * Per-client limits, answered with 429 and Retry-After: requests (a token
       * bucket) and events stored per UTC day (the budget resets at 00:00 UTC).
       */
      rate_limit: z
        .strictObject({
          requests_per_minute: z.int().min(1).max(10_000_000).default(240),
          burst: z.int().min(1).max(10_000_000).default(60),
          events_per_day: z.int().min(1).max(1_000_000_000).default(5000),
        })
        .prefault({}),
      /** How far a client's clock may be from the server's before its events are refused, in hours. */
      max_clock_skew_hours: z.number().positive().max(24 * 30).default(24),
      /**
       * SQLite `synchronous` setting. `normal` (WAL) keeps every acknowledged
       * event through a crash or kill of the process; `full` also through a
       * power cut or OS crash, at the cost of one disk flush per group commit.
       */
      synchronous: z.enum(['normal', 'full']).default('normal'),
    })
    .prefault({}),
};

/** The validated `analytics` section. */
export type AnalyticsConfig = z.infer<(typeof analyticsConfigShape)['analytics']>;
