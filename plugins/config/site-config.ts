/**
 * The help center's public face in `kb.config.yaml`: its name, address,
 * brand (logo, colours, font, category icons), announcement banner.
 * The contact channel is `contact-config.ts`. Files the brand
 * names are checked in `site-files.ts`, once the folder is known.
 */
import { z } from 'zod';
import { formatContrast, MIN_CONTRAST, parseColor, readableShade, worstContrast } from './brand-colors.ts';
import { isLanguageCode, languageName } from '../locale/language-codes.ts';

/** A path inside the KB folder: relative, no `..`, no backslashes. */
const kbFile = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\\'), {
    message: 'must be a path inside the folder of kb.config.yaml: write it relative to that folder, like "brand/logo.svg"',
  });

/** A CSS colour that reads in `theme`; the value becomes `#rrggbb`. */
function brandColor(theme: 'light' | 'dark') {
  const where = theme === 'light' ? 'on the white page and on cards' : 'on the dark page and on cards, and behind dark button text';
  return z
    .string()
    .min(1)
    .max(60)
    .transform((value, ctx) => {
      const hex = parseColor(value);
      if (hex === undefined) {
        ctx.addIssue({ code: 'custom', message: `is "${value}", not a CSS colour: write one like "#0a55c4", "rgb(10 85 196)" or "teal"` });
        return z.NEVER;
      }
      const contrast = worstContrast(hex, theme);
      if (contrast < MIN_CONTRAST) {
        const shade = readableShade(hex, theme);
        ctx.addIssue({
          code: 'custom',
          message: `${value} reads at ${formatContrast(contrast)} ${where}, below the ${MIN_CONTRAST}:1 links and buttons need (WCAG AA): ${shade ? `use a ${theme === 'light' ? 'darker' : 'lighter'} shade such as "${shade}"` : 'pick another colour'}`,
        });
        return z.NEVER;
      }
      return hex;
    });
}

/** An ISO day; YAML may hand it over as a date. */
const day = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date({ message: 'use a date such as 2026-12-31' }));

/** Text that would render as markup if it were HTML: tags, comments or character references. */
const looksLikeHtml = /<\/?[a-z!][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

const brandSchema = z
  .strictObject({
    /** Logo shown beside the name in the header: SVG, PNG, WebP or JPEG, relative to this folder. */
    logo: kbFile.optional(),
    colors: z
      .strictObject({
        /** Links, buttons and the search box's focus ring in the light theme. */
        accent: brandColor('light').optional(),
        /** The same in the dark theme; derived from `accent` when left out. */
        accent_dark: brandColor('dark').optional(),
      })
      .prefault({}),
    /** A font for the whole site; system fonts when left out. `file` (WOFF2) is served with the site, never from another host. */
    font: z
      .strictObject({
        family: z
          .string()
          .min(1)
          .max(60)
          .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, 'use the font\'s name in letters, digits, spaces and hyphens, like "Inter" or "Source Sans 3"'),
        file: kbFile
          .refine((p) => p.toLowerCase().endsWith('.woff2'), { message: 'is not a WOFF2 file: convert the font to .woff2 (every current browser reads it)' })
          .optional(),
      })
      .optional(),
    /** Category id → a Lucide icon name ("credit-card") or an SVG file relative to this folder. */
    category_icons: z.record(z.string(), z.string().min(1).max(300)).default({}),
  })
  .prefault({});

const bannerSchema = z.strictObject({
  /** One line of plain text above every page. */
  text: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((t) => !looksLikeHtml.test(t), { message: 'holds HTML, and the banner shows plain text: write the words only, and put an address in site.banner.link' }),
  /** Where the banner leads: an absolute URL or a path of this site ("/articles/…"). */
  link: z
    .string()
    .max(500)
    .refine((l) => /^\/(?!\/)/.test(l) || /^https?:\/\/[^\s]+$/.test(l), { message: 'is not a link: use an absolute URL (https://status.example.com) or a path of this site (/articles/…/)' })
    .optional(),
  /** Last day the banner shows (inclusive); it shows until removed when left out. */
  until: day.optional(),
});

export const siteConfigShape = {
  site: z
    .strictObject({
      name: z.string().min(1).max(80).default('Help Center'),
      product: z.string().min(1).max(60).default('our product'),
      url: z.url({ message: 'use an absolute URL such as https://help.example.com' }).default('http://localhost:4321'),
      language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language tag such as "en" or "en-US"').default('en'),
      /**
       * The other languages the help center is published in, as ISO 639-1
       * codes ("de", "es"); `language` is the default. Each has its UI strings
       * and section names in `locales/<code>.yaml` and its articles under
       * `articles/<code>/`.
       */
      locales: z
        .array(
          z
            .string()
            .regex(/^[a-z]{2}$/, 'use a two-letter ISO 639-1 code such as "de" or "es"')
            .refine(isLanguageCode, { message: 'is not an ISO 639-1 language code: use one such as "de", "es" or "fr"' }),
        )
        .max(30)
        .default([]),
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
      /** An article gets an "On this page" table of contents from this many subheadings (`##` and `###`). */
      toc_min_headings: z.int().min(1).max(50).default(3),
      /** Replaced by `toc_min_headings`; kept only to say so. */
      toc_min_words: z.unknown().optional(),
      brand: brandSchema,
      /** An announcement above every page (maintenance, an outage, a new feature). */
      banner: bannerSchema.optional(),
    })
    .superRefine((site, ctx) => {
      const base = site.language.slice(0, 2);
      site.locales.forEach((code, i) => {
        if (code === base) {
          ctx.addIssue({ code: 'custom', path: ['locales', i], message: `lists "${code}", the default language (site.language): remove it, the default locale needs no entry` });
        } else if (site.locales.indexOf(code) !== i) {
          ctx.addIssue({ code: 'custom', path: ['locales', i], message: `lists ${languageName(code)} ("${code}") twice: keep one entry` });
        }
      });
      if (site.toc_min_words !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['toc_min_words'],
          message: 'was replaced by site.toc_min_headings (the table of contents now follows the number of subheadings): replace it with "toc_min_headings: 3"',
        });
      }
    })
    .prefault({}),
};
