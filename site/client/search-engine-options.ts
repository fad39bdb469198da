/**
 * Pagefind's ranking options for the site's search. Field weights: where
 * a word sits matters more than how often it appears. Pagefind boosts a
 * match in these metadata fields by their weight (the title by default
 * 5); the page text weighs the title as a heading (7), the keywords 10,
 * the summary 5 and the synonyms 4 (`search-index-tags.astro`). Synonyms
 * weigh least: they are derived from the config, not written for the
 * article.
 */
export const rankingOptions = { metaWeights: { title: 10, keywords: 8, summary: 4, synonyms: 2 } } as const;
