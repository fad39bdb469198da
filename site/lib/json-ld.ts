/**
 * Structured data for search engines: `FAQPage` for FAQ articles (the
 * question is the title, the answer its quick answer), `Article` otherwise.
 */
import type { ArticleFrontmatter } from '../../plugins/article/article-schema.ts';
import { inlineJson } from './inline-json.ts';

export interface JsonLdInput {
  data: ArticleFrontmatter;
  url: string;
  quickAnswer: string;
  siteName: string;
  language: string;
}

/** The JSON-LD object of an article page. */
export function articleJsonLd(input: JsonLdInput): Record<string, unknown> {
  const { data, url } = input;
  if (data.type === 'faq') {
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url,
      inLanguage: input.language,
      dateModified: data.last_updated,
      mainEntity: [
        {
          '@type': 'Question',
          name: data.title,
          acceptedAnswer: { '@type': 'Answer', text: input.quickAnswer || data.summary },
        },
      ],
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: input.language,
    dateModified: data.last_updated,
    keywords: data.keywords.length > 0 ? data.keywords.join(', ') : undefined,
    publisher: { '@type': 'Organization', name: input.siteName },
  };
}

/** Serializes JSON-LD for a `<script type="application/ld+json">`. */
export function jsonLdScript(value: Record<string, unknown>): string {
  return inlineJson(value);
}
