/**
 * The help center's Content-Security-Policy and security headers, one
 * definition for `kb serve` and for the `_headers` file static hosts read.
 *
 * Every script is a file of the site (`script-src 'self'`: no inline
 * script, no `eval`); `'wasm-unsafe-eval'` lets Pagefind compile its
 * WebAssembly search, which is not JavaScript evaluation. Styles are files
 * too; the one inline stylesheet allowed, by its hash, is the weekly
 * report's, shown in the dashboard's sandboxed frame (a `srcdoc` frame
 * inherits its page's policy). Requests go only to the site itself, the
 * analytics endpoint when it lives on another host, and forms to the
 * helpdesk's form or an email client.
 */
import { createHash } from 'node:crypto';
import { REPORT_STYLE } from '../../scripts/reports/html.ts';

/** What the policy depends on (a `KbConfig` has it all). */
export interface PolicyConfig {
  site: { url: string };
  analytics: { endpoint: string | false };
  contact: { form_url?: string | undefined };
}

export interface PolicyOptions {
  /** Served over HTTPS: ask browsers to keep it that way (HSTS, upgrade-insecure-requests). */
  https: boolean;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined; // A path: the site itself.
  }
}

/** `'sha256-…'` of an inline `<style>` body. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy(config: PolicyConfig, options: PolicyOptions): string {
  const analytics = config.analytics.endpoint === false ? undefined : originOf(config.analytics.endpoint);
  const form = config.contact.form_url ? originOf(config.contact.form_url) : undefined;
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['style-src', "'self'", styleHash(REPORT_STYLE)],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(analytics ? [analytics] : [])],
    ['worker-src', "'self'", 'blob:'],
    ['form-action', "'self'", ...(form ? [form] : []), 'mailto:'],
    ['frame-src', "'self'"],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['object-src', "'none'"],
    ['manifest-src', "'self'"],
  ];
  if (options.https) directives.push(['upgrade-insecure-requests']);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Every security header of a page, CSP included. */
export function securityHeaders(config: PolicyConfig, options: PolicyOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config, options),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}
