/**
 * What the API needs to run, resolved once from `kb.config.yaml`, the
 * environment and command-line flags (flags win over environment, which
 * wins over the file). Environment values are validated with the same
 * schemas as the config, so a typo fails at start with the variable's name.
 */
import { z } from 'zod';
import { originSchema, trustedProxySchema, type AnalyticsConfig } from '../plugins/config/analytics-config.ts';
import type { ContactSettings } from './contact/contact-settings.ts';
import { localeCodes } from '../plugins/locale/locales.ts';
import { parseStoreLocation, StoreLocationError } from './store/store-location.ts';

/** Everything `createApp` needs besides the database. */
export interface ServiceSettings {
  /** The help center's URL; part of the visitor hash and always an allowed origin. */
  siteUrl: string;
  /**
   * The help center's locales as ISO 639-1 codes, the default first
   * (`site.language`, then `site.locales`): what events may carry and
   * `?locale=` may ask for. Undefined: any code, English the default.
   */
  locales?: readonly string[] | undefined;
  /** Bearer token of the read API; undefined keeps it closed. */
  token: string | undefined;
  allowedOrigins: string[];
  trustedProxies: string[];
  respectDnt: boolean;
  respectGpc: boolean;
  dropBots: boolean;
  rateLimit: { requestsPerMinute: number; burst: number };
  /** Events one client may have stored per UTC day. */
  eventsPerDay: number;
  maxClockSkewMs: number;
  retentionMonths: number;
  /** Contact requests (`POST /api/contact`): target, limits, retries, triage rules. Undefined: the endpoint answers 503. */
  contact?: ContactSettings | undefined;
}

/** A setting from the environment or the command line that is not valid. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** The environment variables the service reads. */
export interface ServiceEnv {
  KB_ANALYTICS_DB?: string | undefined;
  KB_ANALYTICS_TOKEN?: string | undefined;
  KB_ALLOWED_ORIGINS?: string | undefined;
  KB_TRUSTED_PROXIES?: string | undefined;
}

const MIN_TOKEN_LENGTH = 16;

export function resolveSettings(config: { site: { url: string; language?: string; locales?: readonly string[] }; analytics: AnalyticsConfig }, env: ServiceEnv): ServiceSettings {
  const analytics = config.analytics;
  const token = env.KB_ANALYTICS_TOKEN === undefined || env.KB_ANALYTICS_TOKEN === '' ? undefined : env.KB_ANALYTICS_TOKEN;
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))) {
    throw new SettingsError(
      `KB_ANALYTICS_TOKEN is too weak: use at least ${MIN_TOKEN_LENGTH} characters without spaces, e.g. the output of \`openssl rand -hex 24\`.`,
    );
  }
  const allowedOrigins = listFromEnv('KB_ALLOWED_ORIGINS', env.KB_ALLOWED_ORIGINS, originSchema) ?? analytics.allowed_origins;
  const siteOrigin = new URL(config.site.url).origin;
  return {
    siteUrl: config.site.url,
    locales: config.site.language === undefined ? undefined : localeCodes({ site: { language: config.site.language, locales: config.site.locales } }),
    token,
    allowedOrigins: [...new Set([siteOrigin, ...allowedOrigins])].sort(),
    trustedProxies: listFromEnv('KB_TRUSTED_PROXIES', env.KB_TRUSTED_PROXIES, trustedProxySchema) ?? analytics.trusted_proxies,
    respectDnt: analytics.respect_dnt,
    respectGpc: analytics.respect_gpc,
    dropBots: analytics.drop_bots,
    rateLimit: { requestsPerMinute: analytics.rate_limit.requests_per_minute, burst: analytics.rate_limit.burst },
    eventsPerDay: analytics.rate_limit.events_per_day,
    maxClockSkewMs: analytics.max_clock_skew_hours * 3_600_000,
    retentionMonths: analytics.retention_months,
  };
}

/**
 * The analytics database — a SQLite file path or a `postgres://` URL:
 * `--db`, else `KB_ANALYTICS_DB`, else `analytics.database` from the
 * config. Any other `scheme://` is refused with a `SettingsError`.
 */
export function resolveDatabasePath(flag: string | undefined, env: ServiceEnv, analytics: AnalyticsConfig): string {
  const [value, source] = flag !== undefined ? [flag, '--db'] : env.KB_ANALYTICS_DB ? [env.KB_ANALYTICS_DB, 'KB_ANALYTICS_DB'] : [analytics.database, 'analytics.database in kb.config.yaml'];
  try {
    parseStoreLocation(value, source);
  } catch (error) {
    if (error instanceof StoreLocationError) throw new SettingsError(error.message);
    throw error;
  }
  return value;
}

function listFromEnv(name: string, value: string | undefined, schema: z.ZodType<string, string>): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.map((item) => {
    const result = schema.safeParse(item);
    if (!result.success) throw new SettingsError(`${name}: "${item}" is not valid: ${result.error.issues[0]?.message ?? "check the value"}.`);
    return result.data;
  });
}
