/**
 * The site's redirects, read from the `_redirects` file the build writes
 * (`site/lib/static-host-files.ts`): one `from to status` rule per line,
 * `#` comments. `kb serve` answers each old address with its status (301)
 * and the new one in `Location`, as a static host does. The file is read
 * again when a new build replaces it.
 */
import { readFileSync, statSync } from 'node:fs';

export interface RedirectRule {
  to: string;
  status: 301 | 302 | 307 | 308;
}

/** Parses `_redirects` text: exact paths only (what the build writes); other lines are skipped. */
export function parseRedirects(text: string): Map<string, RedirectRule> {
  const rules = new Map<string, RedirectRule>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [from, to, code = '301'] = trimmed.split(/\s+/);
    const status = Number(code);
    if (!from?.startsWith('/') || !to || from.includes('*') || ![301, 302, 307, 308].includes(status)) continue;
    rules.set(from, { to, status: status as RedirectRule['status'] });
  }
  return rules;
}

/** The rules of `file`, followed as it changes; no file, no redirects. */
export function watchedRedirects(file: string, checkEveryMs = 5_000, now: () => number = Date.now): { lookup(path: string): RedirectRule | undefined } {
  let rules = new Map<string, RedirectRule>();
  let stamp = '';
  let checkedAt = -Infinity;
  const refresh = () => {
    if (now() - checkedAt < checkEveryMs) return;
    checkedAt = now();
    try {
      const stats = statSync(file);
      const next = `${stats.mtimeMs}:${stats.size}`;
      if (next !== stamp) {
        rules = parseRedirects(readFileSync(file, 'utf8'));
        stamp = next;
      }
    } catch {
      rules = new Map();
      stamp = '';
    }
  };
  return {
    lookup(path) {
      refresh();
      return rules.get(path);
    },
  };
}
