/**
 * The analytics part of `kb.config.yaml`: where the site's tracker sends
 * events and how long raw events are kept.
 */
import { z } from 'zod';

export const analyticsConfigShape = {
  analytics: z
    .strictObject({
      /** Where the tracker posts events; a path on the same origin, an absolute URL, or false to send nothing. */
      endpoint: z.union([z.literal(false), z.string().min(1).max(300)]).default('/api/events'),
    })
    .prefault({}),
};
