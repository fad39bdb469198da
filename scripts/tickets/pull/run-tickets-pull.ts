/**
 * `kb tickets pull --source zendesk|freshdesk|helpscout`: credentials from
 * the environment, the vendor's address (or a `KB_*_URL` override), a
 * progress bar over the time span being read, and a summary. Exit codes as
 * `kb tickets import`: 0 pulled, 3 pulled with rows skipped, 1 failed
 * (what was saved stays), 2 bad usage.
 */
import { baseUrlOf } from '../../../analytics-api/contact/contact-settings.ts';
import { SettingsError } from '../../../analytics-api/service-settings.ts';
import { UsageError } from '../../cli/user-error.ts';
import { openWarehouse, warehouseError } from '../../warehouse/open-warehouse.ts';
import { deleteTicketCursor } from '../../warehouse/ticket-pulls.ts';
import { startProgressBar } from '../progress-bar.ts';
import { freshdeskSource } from './freshdesk-source.ts';
import { helpscoutSource } from './helpscout-source.ts';
import type { PullSource } from './pull-source.ts';
import { pullTickets, type PullSummary } from './pull-tickets.ts';
import { zendeskSource } from './zendesk-source.ts';

export const pullSources = ['zendesk', 'freshdesk', 'helpscout'] as const;
export type PullSourceName = (typeof pullSources)[number];

export interface RunPullOptions {
  source: PullSourceName;
  db: string;
  since?: string | undefined;
  restart: boolean;
  output: 'text' | 'json';
  env?: NodeJS.ProcessEnv;
  write?: (text: string) => void;
  warn?: (text: string) => void;
}

const DEFAULT_DAYS = 90;

export async function runTicketsPull(options: RunPullOptions): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const env = options.env ?? process.env;
  const since = parseSince(options.since);
  const source = createSource(options.source, env, warn);
  const db = openWarehouse(options.db);
  const bar = startProgressBar(`Pulling ${options.source}`, Math.max(1, Date.now() - since));
  let start: number | undefined;
  try {
    if (options.restart) deleteTicketCursor(db, source.name);
    const summary = await pullTickets(db, source, {
      since,
      onProgress: ({ records, position }) => {
        if (position === null) return;
        start ??= Math.min(position, since);
        bar.update(position - start, records);
      },
    });
    bar.stop();
    write(options.output === 'json' ? `${JSON.stringify({ ...summary, db: options.db }, null, 2)}\n` : formatPull(summary, options.db));
    if (summary.skipped > 0) {
      warn(`${summary.skipped} of ${summary.records} records could not be read and were skipped (exit code 3); the others were saved.\n`);
      return 3;
    }
    return 0;
  } catch (error) {
    throw warehouseError(error, options.db) ?? error;
  } finally {
    bar.stop();
    db.close();
  }
}

function createSource(name: PullSourceName, env: NodeJS.ProcessEnv, warn: (text: string) => void): PullSource {
  const onWait = (_ms: number, why: string) => warn(`${why}\n`);
  const need = (variables: string[]): Record<string, string> => {
    const missing = variables.filter((v) => !env[v]?.trim());
    if (missing.length > 0) throw new UsageError(`kb tickets pull --source ${name} needs ${missing.join(', ')} in the environment (secrets are never read from files or flags).`);
    return Object.fromEntries(variables.map((v) => [v, env[v]!.trim()]));
  };
  try {
    if (name === 'zendesk') {
      const override = baseUrlOf('KB_ZENDESK_URL', env.KB_ZENDESK_URL);
      const v = need(override ? ['KB_ZENDESK_EMAIL', 'KB_ZENDESK_TOKEN'] : ['KB_ZENDESK_SUBDOMAIN', 'KB_ZENDESK_EMAIL', 'KB_ZENDESK_TOKEN']);
      return zendeskSource({ baseUrl: override ?? `https://${v.KB_ZENDESK_SUBDOMAIN}.zendesk.com`, email: v.KB_ZENDESK_EMAIL!, token: v.KB_ZENDESK_TOKEN!, get: { onWait } });
    }
    if (name === 'freshdesk') {
      const override = baseUrlOf('KB_FRESHDESK_URL', env.KB_FRESHDESK_URL);
      const v = need(override ? ['KB_FRESHDESK_API_KEY'] : ['KB_FRESHDESK_DOMAIN', 'KB_FRESHDESK_API_KEY']);
      const domain = v.KB_FRESHDESK_DOMAIN?.replace(/\.freshdesk\.com$/, '');
      return freshdeskSource({ baseUrl: override ?? `https://${domain}.freshdesk.com`, apiKey: v.KB_FRESHDESK_API_KEY!, get: { onWait } });
    }
    const v = need(['KB_HELPSCOUT_APP_ID', 'KB_HELPSCOUT_APP_SECRET']);
    return helpscoutSource({ baseUrl: baseUrlOf('KB_HELPSCOUT_URL', env.KB_HELPSCOUT_URL) ?? 'https://api.helpscout.net', appId: v.KB_HELPSCOUT_APP_ID!, appSecret: v.KB_HELPSCOUT_APP_SECRET!, get: { onWait } });
  } catch (error) {
    throw error instanceof SettingsError ? new UsageError(error.message) : error;
  }
}

/** `--since`: a date or date-time (UTC), or a number of days back such as `30d`; default 90 days back. */
export function parseSince(value: string | undefined, now = Date.now()): number {
  if (value === undefined) return now - DEFAULT_DAYS * 86_400_000;
  const days = /^(\d{1,4})d$/.exec(value.trim());
  if (days) return now - Number(days[1]) * 86_400_000;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value.trim());
  if (Number.isNaN(ms) || ms > now) throw new UsageError(`--since "${value}" is not a past date: use a date such as 2026-01-01, an ISO date-time, or a number of days such as 30d.`);
  return ms;
}

export function formatPull(summary: PullSummary, db: string): string {
  const lines = [
    `Pulled ${summary.records} ticket${summary.records === 1 ? '' : 's'} from ${summary.source} into ${db} (${summary.pages} page${summary.pages === 1 ? '' : 's'}, from ${summary.started_from})`,
    `  ${summary.inserted} new, ${summary.updated} updated, ${summary.skipped} skipped${summary.older > 0 ? `, ${summary.older} older than the warehouse's copy (kept the newer)` : ''}`,
    summary.cursor ? `  The next pull continues from there (cursor saved in the warehouse; --restart starts again from --since).` : '  Nothing to continue from yet.',
  ];
  if (summary.errors.length > 0) {
    lines.push('', 'Skipped records:');
    for (const e of summary.errors.slice(0, 20)) lines.push(`  record ${e.row}: ${e.reason}`);
    if (summary.skipped > 20) lines.push(`  …and ${summary.skipped - 20} more (--output json lists them)`);
  }
  return `${lines.join('\n')}\n`;
}
