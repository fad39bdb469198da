import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adaptArticle, ArticleAdaptError } from '../../../../scripts/bench/starlight/adapt-article.ts';

const article = `---
title: "Update your card: step by step"
summary: "Change the card we charge, in two minutes."
type: how-to
category: billing
product_area: billing
applies_to: [pro, enterprise]
difficulty: beginner
last_updated: 2025-03-04
owner: maria
---

## Quick answer

Open **Billing** and click **Update**.

## Related articles

- [Find an invoice](./find-an-invoice.mdx)
- [Reset your password](../account/reset-your-password.mdx#steps)
- [Pricing](https://tidyshift.example/pricing)
- [Contact](/contact)
`;

function frontmatterOf(source: string): unknown {
  const match = /^---\n([\s\S]*?)---\n/.exec(source);
  return match ? parse(match[1] ?? '') : undefined;
}

describe('adaptArticle', () => {
  it('keeps only title and description (from summary) in the frontmatter', () => {
    const adapted = adaptArticle(article, 'articles/billing/update-your-card.mdx');
    expect(frontmatterOf(adapted.source)).toEqual({ title: 'Update your card: step by step', description: 'Change the card we charge, in two minutes.' });
    expect(adapted.title).toBe('Update your card: step by step');
    expect(adapted.description).toBe('Change the card we charge, in two minutes.');
  });

  it('keeps the body and points links to other articles at their Starlight pages', () => {
    const { source } = adaptArticle(article, 'articles/billing/update-your-card.mdx');
    expect(source).toContain('## Quick answer\n\nOpen **Billing** and click **Update**.');
    expect(source).toContain('- [Find an invoice](/billing/find-an-invoice/)');
    expect(source).toContain('- [Reset your password](/account/reset-your-password/#steps)');
    expect(source).toContain('- [Pricing](https://tidyshift.example/pricing)');
    expect(source).toContain('- [Contact](/contact)');
    expect(source).not.toContain('.mdx');
  });

  it('makes a plain Markdown page of an article without MDX features, and keeps MDX for one with JSX', () => {
    const waiver = article.replace('## Quick answer', '{/* kb-disable reading-grade */}\n\n## Quick answer');
    const plain = adaptArticle(waiver, 'articles/billing/update-your-card.mdx');
    expect(plain.extension).toBe('md');
    expect(plain.source).not.toContain('kb-disable');
    const jsx = adaptArticle(article.replace('## Quick answer', '<Note>Read this first.</Note>\n\n## Quick answer'), 'articles/billing/update-your-card.mdx');
    expect(jsx.extension).toBe('mdx');
    expect(jsx.source).toContain('<Note>Read this first.</Note>');
  });

  it('says which article lacks a title or summary', () => {
    const noSummary = article.replace(/^summary: .*\n/m, '');
    expect(() => adaptArticle(noSummary, 'articles/billing/x.mdx')).toThrow(ArticleAdaptError);
    expect(() => adaptArticle(noSummary, 'articles/billing/x.mdx')).toThrow('articles/billing/x.mdx: frontmatter has no "summary"');
    expect(() => adaptArticle(article.replace(/^title: .*\n/m, ''), 'articles/billing/y.mdx')).toThrow('articles/billing/y.mdx: frontmatter has no "title"');
  });
});
