import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../../plugins/article/article-schema.ts';
import type { ArticleRecord } from '../../../site/lib/article-list.ts';
import { redirectsFor } from '../../../site/lib/redirects.ts';

function article(slug: string, aliases: string[], status: ArticleFrontmatter['status'] = 'published'): ArticleRecord {
  return { slug, words: 100, data: { aliases, status } as ArticleFrontmatter };
}

describe('redirectsFor', () => {
  it('maps every alias to its article, sorted by alias', () => {
    const list = [article('invite-your-team', ['add-employees', 'add-staff']), article('update-card', ['change-card'])];
    expect(redirectsFor(list)).toEqual([
      { from: 'add-employees', to: 'invite-your-team' },
      { from: 'add-staff', to: 'invite-your-team' },
      { from: 'change-card', to: 'update-card' },
    ]);
  });

  it('keeps archived articles reachable under their old slugs, but not drafts', () => {
    const list = [article('old-way', ['older-way'], 'archived'), article('next-thing', ['soon'], 'draft')];
    expect(redirectsFor(list)).toEqual([{ from: 'older-way', to: 'old-way' }]);
  });

  it('never shadows a live article and skips an alias two articles claim', () => {
    const list = [article('a', ['b', 'shared']), article('b', ['shared', 'a-old'])];
    expect(redirectsFor(list)).toEqual([{ from: 'a-old', to: 'b' }]);
  });
});
