/**
 * Words that name no topic in this KB's tickets: the configured stop words,
 * the product's name and the plan names ("pro", "enterprise" say which
 * customer wrote, not what about).
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';

export function reportStopWords(config: KbConfig): string[] {
  const words = new Set<string>();
  for (const word of config.reports.stop_words) words.add(word.toLowerCase());
  for (const word of config.site.product.split(/\s+/)) if (word) words.add(word.toLowerCase());
  for (const plan of config.plans) words.add(plan.toLowerCase());
  return [...words].sort();
}
