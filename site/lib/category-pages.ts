/**
 * The numbered pages of every category in one locale, with the category's
 * name in that locale: the default locale's at /categories/<id>/, another
 * locale's at /<code>/categories/<id>/.
 */
import type { PaginateFunction } from 'astro';
import { categoryArticles } from './article-list.ts';
import { kbContext } from './kb-context.ts';
import { loadArticlesIn } from './load-articles.ts';
import { pageLocaleFor } from './page-locale.ts';

/** Astro's paginated static paths for the categories of `code`; `locale` joins the params outside the default locale. */
export async function categoryPages(paginate: PaginateFunction, code: string) {
  const { config } = kbContext();
  const { locale, isDefault } = pageLocaleFor(code);
  const articles = await loadArticlesIn(code, isDefault);
  return config.categories.flatMap((c) => {
    const named = locale.categories.get(c.id);
    const category = { id: c.id, title: named?.title ?? c.title, description: named?.description ?? c.description };
    return paginate(categoryArticles(articles, c.id), {
      params: isDefault ? { category: c.id } : { locale: code, category: c.id },
      props: { category },
      pageSize: config.site.category_page_size,
    });
  });
}
