import { describe, expect, it } from 'vitest';
import { rewriteArticleLink } from '../../../../site/lib/markdown/article-links.ts';
import { sitePaths } from '../../../../site/lib/site-paths.ts';

const from = '/kb/articles/how-to/export-timesheets.mdx';
const root = sitePaths('/');
const sub = sitePaths('/help/');

describe('rewriteArticleLink', () => {
  it('turns a relative link to another article into its /articles/<slug>/ address', () => {
    expect(rewriteArticleLink('../billing-and-account/update-payment-method.mdx', from, root)).toBe('/articles/update-payment-method/');
    expect(rewriteArticleLink('./invite-teammates.mdx', from, root)).toBe('/articles/invite-teammates/');
    expect(rewriteArticleLink('invite-teammates.mdx', from, root)).toBe('/articles/invite-teammates/');
  });

  it('keeps the heading anchor of an article link', () => {
    expect(rewriteArticleLink('../faq/which-browsers.mdx#quick-answer', from, root)).toBe('/articles/which-browsers/#quick-answer');
  });

  it('uses the slug only, so links survive an article moving to another category folder', () => {
    const a = rewriteArticleLink('../faq/reset-password.mdx', from, root);
    const b = rewriteArticleLink('../getting-started/reset-password.mdx', from, root);
    expect(a).toBe(b);
  });

  it('prefixes the base path when the site lives under a sub-path', () => {
    expect(rewriteArticleLink('./invite-teammates.mdx', from, sub)).toBe('/help/articles/invite-teammates/');
    expect(rewriteArticleLink('/how-to', from, sub)).toBe('/help/how-to/');
  });

  it('sends contact links with the article id, unless one is already there', () => {
    expect(rewriteArticleLink('/contact', from, root)).toBe('/contact/?article=export-timesheets');
    expect(rewriteArticleLink('/contact/', from, sub)).toBe('/help/contact/?article=export-timesheets');
    expect(rewriteArticleLink('/contact/?article=other', from, root)).toBe('/contact/?article=other');
  });

  it('adds the trailing slash to site pages but not to files', () => {
    expect(rewriteArticleLink('/search?q=payroll', from, root)).toBe('/search/?q=payroll');
    expect(rewriteArticleLink('/sitemap.xml', from, root)).toBe('/sitemap.xml');
  });

  it('leaves external links, anchors and non-article files alone', () => {
    expect(rewriteArticleLink('https://example.com/a.mdx', from, root)).toBe('https://example.com/a.mdx');
    expect(rewriteArticleLink('mailto:help@example.com', from, root)).toBe('mailto:help@example.com');
    expect(rewriteArticleLink('#steps', from, root)).toBe('#steps');
    expect(rewriteArticleLink('../images/timesheets.png', from, root)).toBe('../images/timesheets.png');
  });
});
