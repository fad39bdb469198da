/**
 * Help Scout's Mailbox API 2.0 conversation list
 * (`GET /v2/conversations?status=all&modifiedSince=…&sortField=modifiedAt&sortOrder=asc&embed=threads`),
 * page by page (`page.totalPages`), with an OAuth2 token from the
 * client-credentials flow (`POST /v2/oauth2/token`). The cursor is the
 * latest `userUpdatedAt` saved.
 */
import { UserError } from '../../cli/user-error.ts';
import { helpscoutJson } from '../helpscout-json.ts';
import { latestTime, type PullSource } from './pull-source.ts';
import { vendorGet, type VendorGetOptions } from './vendor-get.ts';

export function helpscoutSource(options: { baseUrl: string; appId: string; appSecret: string; get?: Partial<VendorGetOptions> }): PullSource {
  const base = options.baseUrl.replace(/\/$/, '');
  const get: VendorGetOptions = { vendor: 'Help Scout', credentials: 'KB_HELPSCOUT_APP_ID and KB_HELPSCOUT_APP_SECRET', ...options.get };

  async function token(): Promise<string> {
    let response: Response;
    try {
      response = await fetch(`${base}/v2/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: options.appId, client_secret: options.appSecret }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new UserError(`Help Scout did not answer the token request (${error instanceof Error ? error.message : String(error)}): check the network and KB_HELPSCOUT_URL if set.`);
    }
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; error_description?: string; error?: string };
    if (!response.ok || !body.access_token) {
      throw new UserError(`Help Scout refused the app credentials (HTTP ${response.status}${body.error ? `: ${body.error_description ?? body.error}` : ''}). Fix: check KB_HELPSCOUT_APP_ID and KB_HELPSCOUT_APP_SECRET (Your Profile → My Apps).`);
    }
    return body.access_token;
  }

  return {
    name: 'helpscout',
    importer: helpscoutJson,
    async *pages(cursor, since) {
      const headers = { authorization: `Bearer ${await token()}` };
      let latest = cursor ?? new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const from = latest;
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({ status: 'all', modifiedSince: from, sortField: 'modifiedAt', sortOrder: 'asc', embed: 'threads', page: String(page) });
        const { body } = await vendorGet(`${base}/v2/conversations?${query}`, headers, get);
        const data = body as { _embedded?: { conversations?: Array<Record<string, unknown>> }; page?: { totalPages?: number; number?: number } };
        const records = data._embedded?.conversations ?? [];
        const position = latestTime(records.map((r) => r.userUpdatedAt ?? r.modifiedAt ?? r.createdAt));
        if (position !== null && position > Date.parse(latest)) latest = new Date(position).toISOString().replace(/\.\d{3}Z$/, 'Z');
        yield { records, cursor: latest, position };
        if (records.length === 0 || page >= (data.page?.totalPages ?? page)) return;
      }
    },
  };
}
