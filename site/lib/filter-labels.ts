/**
 * The search filters' values by config id: the index tags articles with
 * readable labels ("Billing and account", "Time tracking"), while links a
 * KB owner writes use the ids of `kb.config.yaml` and the frontmatter
 * (`/search/?category=billing-and-account&area=time-tracking`). The search
 * page reads this map to accept both.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { labelOf } from './labels.ts';

export type FilterLabels = Record<'category' | 'area' | 'difficulty' | 'plan', Record<string, string>>;

/** id → label for each filter, from the config and the ids `articles` use. */
export function filterLabels(config: KbConfig, articles: ReadonlyArray<{ product_area: string; difficulty: string }>): FilterLabels {
  const byId = (ids: Iterable<string>) => Object.fromEntries([...new Set(ids)].sort().map((id) => [id, labelOf(id)]));
  return {
    category: Object.fromEntries(config.categories.map((c) => [c.id, c.title])),
    area: byId([...config.product_areas, ...articles.map((a) => a.product_area)]),
    difficulty: byId(['beginner', 'intermediate', 'advanced', ...articles.map((a) => a.difficulty)]),
    plan: byId(config.plans),
  };
}
