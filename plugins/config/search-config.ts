/**
 * The search part of `kb.config.yaml`. `search.synonyms` lists groups of
 * words and phrases customers use for the same thing (`[mfa, 2fa,
 * two-step verification]`); at build time every article that uses one of
 * them is also indexed under the others, so the customer's word finds the
 * writer's word. A phrase belongs to one group only: two groups sharing a
 * word would be one group.
 */
import { z } from 'zod';
import { tokenize } from '../text/tokenize.ts';

/** A word or phrase as search compares it: "Log-in" and "log in" are the same phrase. */
export function synonymKey(phrase: string): string {
  return tokenize(phrase).join(' ');
}

const phraseSchema = z.string().trim().min(1).max(60);

const synonymsSchema = z
  .array(z.array(phraseSchema).max(30))
  .max(500)
  .superRefine((groups, context) => {
    const firstSeen = new Map<string, string>();
    groups.forEach((group, g) => {
      if (group.length < 2) {
        context.addIssue({
          code: 'custom',
          path: [g],
          message: `${group.length === 0 ? 'is an empty group' : 'has one word only'}: list two or more words customers use for the same thing, like [mfa, 2fa], or remove the group`,
        });
      }
      group.forEach((phrase, p) => {
        const key = synonymKey(phrase);
        const where = `search.synonyms[${g}][${p}]`;
        if (key === '') {
          context.addIssue({ code: 'custom', path: [g, p], message: `has no letters or digits: write a word or phrase, or remove "${phrase}"` });
          return;
        }
        const earlier = firstSeen.get(key);
        if (earlier !== undefined) {
          context.addIssue({
            code: 'custom',
            path: [g, p],
            message: `repeats "${phrase}", already at ${earlier}: keep each word in one group (merge the two groups, or remove one of them)`,
          });
        } else {
          firstSeen.set(key, where);
        }
      });
    });
  });

export const searchConfigShape = {
  search: z
    .strictObject({
      /** Groups of words and phrases that mean the same to customers; each word in one group only. */
      synonyms: synonymsSchema.default([]),
    })
    .prefault({}),
};
