/** `_redirects`, `_headers` and `_nginx.conf` at the site's root, for static hosts (see `lib/static-host-files.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { kbContext } from '../lib/kb-context.ts';
import { loadArticles } from '../lib/load-articles.ts';
import { redirectsFor } from '../lib/redirects.ts';
import { sitePaths } from '../lib/site-paths.ts';
import { headersFile, nginxFile, redirectsFile } from '../lib/static-host-files.ts';

export const getStaticPaths = (() => ['_redirects', '_headers', '_nginx.conf'].map((hostfile) => ({ params: { hostfile } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { config } = kbContext();
  const paths = sitePaths(import.meta.env.BASE_URL);
  const redirects = redirectsFor(await loadArticles());
  const text = params.hostfile === '_redirects' ? redirectsFile(redirects, paths) : params.hostfile === '_headers' ? headersFile(config, paths) : nginxFile(config, redirects, paths);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
