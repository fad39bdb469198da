/**
 * Freshdesk's ticket list by update time
 * (`GET /api/v2/tickets?updated_since=…&order_by=updated_at&order_type=asc`,
 * `include=requester,stats`, 100 a page), following the `Link: rel="next"`
 * header. The cursor is the latest `updated_at` saved, so the next pull
 * asks for tickets updated since (the edge ticket comes again and is
 * simply updated). API key as the basic-auth user.
 */
import { freshdeskJson } from '../freshdesk-json.ts';
import { latestTime, type PullSource } from './pull-source.ts';
import { vendorGet, type VendorGetOptions } from './vendor-get.ts';

export function freshdeskSource(options: { baseUrl: string; apiKey: string; get?: Partial<VendorGetOptions> }): PullSource {
  const base = options.baseUrl.replace(/\/$/, '');
  const headers = { authorization: `Basic ${Buffer.from(`${options.apiKey}:X`).toString('base64')}` };
  const get: VendorGetOptions = { vendor: 'Freshdesk', credentials: 'KB_FRESHDESK_DOMAIN and KB_FRESHDESK_API_KEY', ...options.get };
  return {
    name: 'freshdesk',
    importer: freshdeskJson,
    async *pages(cursor, since) {
      let latest = cursor ?? new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const query = new URLSearchParams({ updated_since: latest, order_by: 'updated_at', order_type: 'asc', per_page: '100', include: 'requester,stats', page: '1' });
      let url: string | undefined = `${base}/api/v2/tickets?${query}`;
      while (url) {
        const { body, headers: answer } = await vendorGet(url, headers, get);
        const records = Array.isArray(body) ? (body as Array<Record<string, unknown>>) : [];
        const position = latestTime(records.map((r) => r.updated_at));
        if (position !== null && position > Date.parse(latest)) latest = new Date(position).toISOString().replace(/\.\d{3}Z$/, 'Z');
        yield { records, cursor: latest, position };
        url = nextLink(answer.get('link'), base);
      }
    },
  };
}

/** The `rel="next"` URL of a Link header, kept on the configured host. */
export function nextLink(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (!match?.[1]) continue;
    const next = new URL(match[1], base);
    const own = new URL(base);
    // Credentials go only to the host the config named, whatever the header says.
    return `${own.origin}${next.pathname}${next.search}`;
  }
  return undefined;
}
