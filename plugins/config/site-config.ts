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
    })
    .prefault({}),
  contact: z
    .strictObject({
      /** A helpdesk web form; the contact page appends `article`, `search` and `session` as query parameters. */
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
