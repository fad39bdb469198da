/**
 * Classifies a link written in an article. Writers link other articles and
 * images by relative file path (`../billing/update-payment-method.mdx`), so
 * links work on GitHub and in editors; the site rewrites them to URLs.
 */
import path from 'node:path';

export type ResolvedLink =
  | { kind: 'external'; url: string }
  | { kind: 'site'; url: string }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'file'; file: string; anchor?: string; isArticle: boolean };

/** Resolves `url` as written in the article at `fromFile`. */
export function resolveLink(url: string, fromFile: string): ResolvedLink {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external', url };
  if (url.startsWith('#')) return { kind: 'anchor', anchor: decodeURIComponent(url.slice(1)) };
  if (url.startsWith('/')) return { kind: 'site', url };
  const [rawPath = '', rawAnchor] = url.split('#', 2);
  const clean = decodeURIComponent(rawPath.split('?')[0] ?? '');
  const file = path.resolve(path.dirname(path.resolve(fromFile)), clean);
  return {
    kind: 'file',
    file,
    anchor: rawAnchor ? decodeURIComponent(rawAnchor) : undefined,
    isArticle: /\.mdx$/i.test(clean),
  };
}
