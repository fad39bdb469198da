/**
 * The search filters' values by config id: the index tags articles with
 * readable labels ("Billing and account", "Time tracking"), while links a
 * KB owner writes use the ids of `kb.config.yaml` and the frontmatter
 * (`/search/?category=billing-and-account&area=time-tracking`). The search
 * page reads this map to accept both. Labels are the locale's, as its index
 * is tagged (`search-index-tags.astro`): German pages filter by "Abrechnung
 * und Konto".
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import type { Locale } from '../../plugins/locale/locales.ts';
import { localeLabels } from './labels.ts';

export type FilterLabels = Record<'category' | 'area' | 'difficulty' | 'plan', Record<string, string>>;

/** id → label for each filter in `locale`, from the config and the ids `articles` use. */
export function filterLabels(config: KbConfig, articles: ReadonlyArray<{ product_area: string; difficulty: string }>, locale: Pick<Locale, 'ui' | 'productAreas' | 'categories'>): FilterLabels {
  const labels = localeLabels(locale);
  const byId = (ids: Iterable<string>, label: (id: string) => string) => Object.fromEntries([...new Set(ids)].sort().map((id) => [id, label(id)]));
  return {
    category: Object.fromEntries(config.categories.map((c) => [c.id, locale.categories.get(c.id)?.title ?? c.title])),
    area: byId([...config.product_areas, ...articles.map((a) => a.product_area)], labels.area),
    difficulty: byId(['beginner', 'intermediate', 'advanced', ...articles.map((a) => a.difficulty)], labels.difficulty),
    plan: byId(config.plans, labels.plan),
  };
}
