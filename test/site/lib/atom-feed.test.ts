import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../../plugins/article/article-schema.ts';
import { atomFeed } from '../../../site/lib/atom-feed.ts';

describe('atomFeed', () => {
  it('writes an Atom feed of the articles, newest first, with text escaped', () => {
    const xml = atomFeed(
      [
        { slug: 'export-timesheets', words: 1, data: { title: 'Export <timesheets> & pay', summary: 'Send "hours" to payroll.', category: 'how-to', last_updated: '2026-03-10' } as ArticleFrontmatter },
        { slug: 'invite-your-team', words: 1, data: { title: 'Invite your team', summary: 'Add people.', category: 'getting-started', last_updated: '2026-02-01' } as ArticleFrontmatter },
      ],
      {
        title: 'Shiftly Help Center',
        siteUrl: 'https://help.example/',
        feedUrl: 'https://help.example/feed.xml',
        language: 'en',
        articleUrl: (slug) => `https://help.example/articles/${slug}/`,
        categoryTitle: (id) => (id === 'how-to' ? 'How-to guides' : id),
      },
    );
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(xml).toContain('<updated>2026-03-10T00:00:00Z</updated>\n  <author>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://help.example/feed.xml"/>');
    expect(xml).toContain('<title>Export &lt;timesheets&gt; &amp; pay</title>');
    expect(xml).toContain('<summary>Send &quot;hours&quot; to payroll.</summary>');
    expect(xml).toContain('<category term="how-to" label="How-to guides"/>');
    expect(xml.indexOf('export-timesheets')).toBeLessThan(xml.indexOf('invite-your-team'));
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});
