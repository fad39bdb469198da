/**
 * The lint cache (`node_modules/.cache/kb-lint/`): each file's own lint
 * result (messages, facts, metrics) keyed by the hash of its content, in
 * one file per KB whose key is the hash of the configuration and of the rule
 * set (the linter's sources and the dependency lockfile). Any change to the
 * configuration or a rule discards it. The cross-file rules are not cached:
 * they rerun from the cached facts on every run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localesOf } from '../locale/load-locales.ts';
import { fileURLToPath } from 'node:url';
import type { KbConfig } from '../config/kb-config-schema.ts';
import type { ArticleLint } from './lint-core.ts';

const CACHE_VERSION = 2;
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

interface CacheFile {
  version: number;
  key: string;
  entries: Record<string, { hash: string; lint: ArticleLint }>;
}

/** Hash of a file's text. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

let ruleSetHash: string | undefined;

/** Hash of everything a lint result depends on besides the file and the config: the linter's code and its dependencies. */
export function ruleSetVersion(): string {
  if (ruleSetHash) return ruleSetHash;
  const hash = createHash('sha1');
  for (const folder of ['plugins/lint', 'plugins/rules', 'plugins/article', 'plugins/config']) {
    const dir = path.join(projectRoot, folder);
    for (const name of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash.update(name).update(readFileSync(path.join(dir, name)));
    }
  }
  const lock = path.join(projectRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  ruleSetHash = hash.digest('hex');
  return ruleSetHash;
}

/** The cache folder: `KB_LINT_CACHE_DIR`, else `node_modules/.cache/kb-lint` of the project. */
export function defaultCacheDir(): string {
  return process.env.KB_LINT_CACHE_DIR || path.join(projectRoot, 'node_modules', '.cache', 'kb-lint');
}

export class LintCache {
  private readonly file: string;
  private readonly key: string;
  private entries: CacheFile['entries'] = {};
  private readonly contentDir: string;
  private changed = false;
  /** How many files were answered from the cache in this run. */
  hits = 0;

  constructor(cacheDir: string, contentDir: string, config: KbConfig) {
    this.contentDir = path.resolve(contentDir);
    this.file = path.join(cacheDir, `${contentHash(this.contentDir).slice(0, 16)}.json`);
    // The day is part of the key: "not in the future" for last_updated depends on it.
    // Section names live in the locale files: a renamed heading changes results like a config change.
    const locales = localesOf(config, this.contentDir).all.map((l) => [l.code, [...l.sections]]);
    this.key = contentHash(`${CACHE_VERSION}\n${ruleSetVersion()}\n${new Date().toISOString().slice(0, 10)}\n${JSON.stringify(config)}\n${JSON.stringify(locales)}`);
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (stored.version === CACHE_VERSION && stored.key === this.key) this.entries = stored.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  private keyOf(file: string): string {
    return path.relative(this.contentDir, file).split(path.sep).join('/');
  }

  /** The stored result for a file with this content hash. */
  get(file: string, hash: string): ArticleLint | undefined {
    const entry = this.entries[this.keyOf(file)];
    if (!entry || entry.hash !== hash) return undefined;
    this.hits++;
    return { ...entry.lint, facts: { ...entry.lint.facts, file: path.resolve(file) } };
  }

  set(file: string, hash: string, lint: ArticleLint): void {
    this.entries[this.keyOf(file)] = { hash, lint };
    this.changed = true;
  }

  /** Drops entries of files that no longer exist in the run's article list. */
  keepOnly(files: readonly string[]): void {
    const keep = new Set(files.map((f) => this.keyOf(f)));
    for (const key of Object.keys(this.entries)) {
      if (!keep.has(key)) {
        delete this.entries[key];
        this.changed = true;
      }
    }
  }

  /** Writes the cache (atomically: a crash never leaves half a file). */
  save(): void {
    if (!this.changed) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify({ version: CACHE_VERSION, key: this.key, entries: this.entries } satisfies CacheFile));
      renameSync(temp, this.file);
    } catch {
      rmSync(temp, { force: true }); // A read-only node_modules only costs speed.
    }
  }
}
