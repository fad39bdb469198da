import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, styleHash } from '../../../site/lib/security-policy.ts';
import { sitePaths } from '../../../site/lib/site-paths.ts';
import { headersFile, nginxFile, redirectsFile } from '../../../site/lib/static-host-files.ts';
import { REPORT_STYLE } from '../../../scripts/reports/html.ts';
import { parseRedirects } from '../../../analytics-api/site/redirect-rules.ts';

const config = { site: { url: 'https://help.example.com' }, analytics: { endpoint: 'https://stats.example.com/api/events' }, contact: { form_url: 'https://desk.example.com/new?x=1' } };
const redirects = [{ from: 'add-employees', to: 'invite-your-team' }];

describe('the Content-Security-Policy', () => {
  it('allows the site itself, the analytics host, the helpdesk form and the report style: no eval, no inline script', () => {
    const csp = contentSecurityPolicy(config, { https: true });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain(`style-src 'self' ${styleHash(REPORT_STYLE)};`);
    expect(csp).toContain("connect-src 'self' https://stats.example.com;");
    expect(csp).toContain("form-action 'self' https://desk.example.com mailto:;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/upgrade-insecure-requests$/);
    expect(csp).not.toMatch(/'unsafe-(eval|inline)'/);
    expect(contentSecurityPolicy({ ...config, analytics: { endpoint: '/api/events' } }, { https: false })).toContain("connect-src 'self';");
    expect(securityHeaders(config, { https: false })['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders(config, { https: true })['Strict-Transport-Security']).toBe('max-age=31536000');
  });
});

describe('files for static hosts', () => {
  const paths = sitePaths('/');

  it('_redirects: both spellings of each old address, 301, in the format kb serve reads back', () => {
    const text = redirectsFile(redirects, paths);
    expect(text.split('\n').filter((l) => !l.startsWith('#') && l)).toEqual(['/articles/add-employees/ /articles/invite-your-team/ 301', '/articles/add-employees /articles/invite-your-team/ 301']);
    expect(parseRedirects(text).get('/articles/add-employees')).toEqual({ to: '/articles/invite-your-team/', status: 301 });
    expect(redirectsFile(redirects, sitePaths('/help/'))).toContain('/help/articles/add-employees/ /help/articles/invite-your-team/ 301');
  });

  it('_headers: the security headers for every page and a year of caching for hashed files', () => {
    const text = headersFile(config, paths);
    expect(text).toContain(`/*\n  Content-Security-Policy: ${contentSecurityPolicy(config, { https: true })}\n`);
    expect(text).toContain('  X-Frame-Options: DENY\n');
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(text).toContain('/admin/*\n  X-Robots-Tag: noindex\n');
  });

  it('_nginx.conf: the same headers, caching and redirects for nginx', () => {
    const text = nginxFile(config, redirects, paths);
    expect(text).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy(config, { https: true })}" always;`);
    expect(text).toContain('location = /articles/add-employees/ { return 301 /articles/invite-your-team/; }');
    expect(text).toMatch(/location \^~ \/_astro\/ \{\n(  add_header .*\n)+  add_header Cache-Control "public, max-age=31536000, immutable" always;\n\}/);
  });
});
