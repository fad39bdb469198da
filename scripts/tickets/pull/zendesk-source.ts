/**
 * Zendesk's cursor-based incremental ticket export
 * (`GET /api/v2/incremental/tickets/cursor.json`): the first call starts at
 * `start_time` (unix seconds), each later one at the `after_cursor` of the
 * previous page, until `end_of_stream`. The last `after_cursor` is kept,
 * so the next pull asks only for what changed since. `include=metric_sets,users`
 * sideloads reply and resolution times and requester emails, which are
 * joined onto each ticket as the JSON importer expects. Basic auth
 * `{email}/token:{token}`.
 */
import { zendeskJson } from '../zendesk-json.ts';
import { latestTime, type PullSource } from './pull-source.ts';
import { vendorGet, type VendorGetOptions } from './vendor-get.ts';

export interface ZendeskSourceOptions {
  baseUrl: string;
  email: string;
  token: string;
  get?: Partial<VendorGetOptions>;
}

export function zendeskSource(options: ZendeskSourceOptions): PullSource {
  const base = options.baseUrl.replace(/\/$/, '');
  const headers = { authorization: `Basic ${Buffer.from(`${options.email}/token:${options.token}`).toString('base64')}` };
  const get: VendorGetOptions = { vendor: 'Zendesk', credentials: 'KB_ZENDESK_SUBDOMAIN, KB_ZENDESK_EMAIL and KB_ZENDESK_TOKEN (an agent or admin with an API token)', ...options.get };
  return {
    name: 'zendesk',
    importer: zendeskJson,
    async *pages(cursor, since) {
      let next = cursor;
      for (;;) {
        const query = new URLSearchParams({ include: 'metric_sets,users', exclude_deleted: 'true', per_page: '1000' });
        if (next) query.set('cursor', next);
        else query.set('start_time', String(Math.floor(since / 1000)));
        const { body } = await vendorGet(`${base}/api/v2/incremental/tickets/cursor.json?${query}`, headers, get);
        const page = body as { tickets?: Array<Record<string, unknown>>; metric_sets?: Array<Record<string, unknown>>; users?: Array<Record<string, unknown>>; after_cursor?: string | null; end_of_stream?: boolean };
        const metrics = new Map((page.metric_sets ?? []).map((m) => [String(m.ticket_id), m]));
        const users = new Map((page.users ?? []).map((u) => [String(u.id), u]));
        const records: Array<Record<string, unknown>> = (page.tickets ?? []).map((t) => {
          const metric = t.metric_set ?? metrics.get(String(t.id));
          const user = users.get(String(t.requester_id));
          return { ...t, ...(metric ? { metric_set: metric } : {}), ...(user && !t.requester ? { requester: { email: user.email ?? null } } : {}) };
        });
        const after = page.after_cursor ?? next;
        yield { records, cursor: after ?? '', position: latestTime(records.map((r) => r.updated_at)) };
        if (page.end_of_stream !== false || !page.after_cursor || page.after_cursor === next) return;
        next = page.after_cursor;
      }
    },
  };
}
