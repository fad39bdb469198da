/**
 * The help center's public face in `kb.config.yaml`: its name, address and
 * the helpdesk channel the contact page hands customers to.
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
  contact: z
    .strictObject({
      /** A helpdesk web form; the contact page appends `article`, `search`, `session` and `subject` as query parameters. */
      form_url: z.url().optional(),
      /** Used when no form is set: a mailto link whose body carries the same fields. */
      email: z.email().optional(),
      /** Answer-time promise shown on the contact page. */
      response_time: z.string().max(80).default('within one business day'),
    })
    .prefault({})
    .refine((c) => c.form_url !== undefined || c.email !== undefined, {
      message: 'has no channel: set contact.form_url or contact.email so customers can reach support',
    }),
};
