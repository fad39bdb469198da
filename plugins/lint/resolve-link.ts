/**
 * Classifies a link written in an article. Writers link other articles and
 * images by relative file path (`../billing/update-payment-method.mdx`), so
 * links work on GitHub and in editors; the site rewrites them to URLs.
 * Percent-escapes are decoded when they are valid; a stray `%` ("100%
 * done.png") is taken literally instead of failing.
 */
import path from 'node:path';

export type ResolvedLink =
  | { kind: 'external'; url: string }
  | { kind: 'site'; url: string }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'file'; file: string; anchor?: string; isArticle: boolean };

/** Decodes percent-escapes, keeping the text as written when they are malformed. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%[0-9a-f]{2}/gi, (escape) => {
      try {
        return decodeURIComponent(escape);
      } catch {
        return escape;
      }
    });
  }
}

/** Resolves `url` as written in the article at `fromFile`. */
export function resolveLink(url: string, fromFile: string): ResolvedLink {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external', url };
  if (url.startsWith('#')) return { kind: 'anchor', anchor: safeDecode(url.slice(1)) };
  if (url.startsWith('/')) return { kind: 'site', url };
  const hash = url.indexOf('#');
  const rawPath = hash < 0 ? url : url.slice(0, hash);
  const rawAnchor = hash < 0 ? undefined : url.slice(hash + 1);
  const clean = safeDecode(rawPath.split('?')[0] ?? '');
  const file = path.resolve(path.dirname(path.isAbsolute(fromFile) ? fromFile : path.resolve(fromFile)), clean);
  return {
    kind: 'file',
    file,
    anchor: rawAnchor ? safeDecode(rawAnchor) : undefined,
    isArticle: /\.mdx?$/i.test(clean),
  };
}
