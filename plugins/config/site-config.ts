/**
 * The help center's public face in `kb.config.yaml`: its name, address and
 * how its pages look. The contact channel is `contact-config.ts`.
 */
import { z } from 'zod';

export const siteConfigShape = {
  site: z
    .strictObject({
      name: z.string().min(1).max(80).default('Help Center'),
      product: z.string().min(1).max(60).default('our product'),
      url: z.url({ message: 'use an absolute URL such as https://help.example.com' }).default('http://localhost:4321'),
      language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language tag such as "en" or "en-US"').default('en'),
      /**
       * Analytics export read at build time for the home page's "Popular" and
       * "Most helpful" lists; relative to the folder the build runs in. When the
       * file is missing, the lists show the most recently updated articles.
       */
      popular_file: z.string().min(1).max(300).default('data/popular.json'),
      /** How many articles each home-page list shows. */
      popular_count: z.int().min(1).max(20).default(5),
      /** Votes an article needs before it can appear under "Most helpful". */
      helpful_min_votes: z.int().min(0).max(10_000).default(10),
      /** Articles per category page; bigger categories get numbered pages. */
      category_page_size: z.int().min(5).max(500).default(50),
      /** An article gets a table of contents from this many words of body text. */
      toc_min_words: z.int().min(0).max(100_000).default(400),
    })
    .prefault({}),
};
