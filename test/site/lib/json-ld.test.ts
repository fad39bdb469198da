import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../../plugins/article/article-schema.ts';
import { articleJsonLd, jsonLdScript } from '../../../site/lib/json-ld.ts';

const base = { title: 'Which browsers can I use?', summary: 'All major ones.', last_updated: '2026-03-01', keywords: [] } as unknown as ArticleFrontmatter;
const input = { url: 'https://help.example/articles/x/', quickAnswer: 'Chrome, Edge, Firefox and Safari.', siteName: 'Help', language: 'en' };

describe('articleJsonLd', () => {
  it('describes FAQ articles as a FAQPage whose answer is the quick answer', () => {
    const ld = articleJsonLd({ ...input, data: { ...base, type: 'faq' } });
    expect(ld['@type']).toBe('FAQPage');
    expect(ld.mainEntity).toEqual([
      { '@type': 'Question', name: base.title, acceptedAnswer: { '@type': 'Answer', text: input.quickAnswer } },
    ]);
  });

  it('describes other articles as an Article with headline, description and date', () => {
    const ld = articleJsonLd({ ...input, data: { ...base, type: 'how-to' } });
    expect(ld).toMatchObject({ '@type': 'Article', headline: base.title, description: base.summary, dateModified: '2026-03-01' });
  });

  it('cannot close its script tag', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
