/**
 * compromise, loaded on first use (its CommonJS build, so a synchronous
 * caller can load it). The analytics service imports the scrubber on its
 * hot path; a service that only ever sees page views never pays the
 * memory of compromise's model.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

let loaded: typeof nlpType | undefined;

/** compromise's `nlp` function. */
export function compromise(): typeof nlpType {
  loaded ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return loaded;
}
