/** The brand of the KB being built, worked out once per build (`brand.ts`). */
import { brandOf, type Brand } from './brand.ts';
import { kbContext } from './kb-context.ts';

let cached: Brand | undefined;

export function loadBrand(): Brand {
  if (!cached) {
    const { config, contentDir } = kbContext();
    cached = brandOf(config, contentDir);
  }
  return cached;
}
