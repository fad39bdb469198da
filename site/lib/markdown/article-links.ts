/**
 * Turns a link as written in an article into the address it has on the
 * site. Writers link articles by relative file path so links also work on
 * GitHub and in editors; readers need `/articles/<slug>/`.
 */
import { slugOf } from '../../../plugins/article/slug.ts';
import { resolveLink } from '../../../plugins/lint/resolve-link.ts';
import type { SitePaths } from '../site-paths.ts';

const contactPath = /^\/contact\/?(?:[?#].*)?$/;

/** Adds the trailing slash static hosts expect on page addresses (`/contact` → `/contact/`). */
function withTrailingSlash(pathname: string): string {
  const last = pathname.split('/').at(-1) ?? '';
  return last === '' || last.includes('.') ? pathname : `${pathname}/`;
}

/**
 * The site address of `url`, written in the article file `fromFile`.
 * Links to other articles (`../billing/update-card.mdx#steps`) become
 * `/articles/update-card/#steps`; links to the contact page carry the
 * article's id so the ticket joins back to it; external links, anchors and
 * links to other files are kept as written.
 */
export function rewriteArticleLink(url: string, fromFile: string, paths: SitePaths): string {
  const link = resolveLink(url, fromFile);
  if (link.kind === 'file') return link.isArticle ? paths.article(slugOf(link.file), link.anchor) : url;
  if (link.kind !== 'site') return url;
  if (contactPath.test(url) && !/[?&]article=/.test(url)) return paths.contact(slugOf(fromFile));
  const match = /^([^?#]*)(.*)$/.exec(url);
  const pathname = match?.[1] ?? url;
  const rest = match?.[2] ?? '';
  return `${paths.base}${withTrailingSlash(pathname).replace(/^\//, '')}${rest}`;
}
