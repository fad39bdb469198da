/** `kb synonyms`: synonym suggestions from zero-result searches followed by an article view. */
import path from 'node:path';
import { loadArticles } from '../kb-search/load-articles.ts';
import { loadKbConfig } from '../lib/load-kb-config.ts';
import { resolvePeriod } from '../reports/report-period.ts';
import { toJson } from '../reports/write-report.ts';
import { listZeroResultFollowUps } from '../warehouse/list-zero-result-follow-ups.ts';
import { openWarehouse, type Warehouse } from '../warehouse/open-warehouse.ts';
import { describeSuggestion, FOLLOW_UP_MINUTES, MIN_SESSIONS, suggestSynonyms, type SynonymSuggestion } from './suggest-synonyms.ts';

/** Days looked at without --from / --to. */
export const DEFAULT_DAYS = 30;

export interface RunSynonymsOptions {
  db: string;
  from?: string;
  to?: string;
  content: string;
  format: 'text' | 'json';
  now?: Date;
  write?: (text: string) => void;
}

export interface SynonymReport {
  period: { from: string; to: string };
  follow_up_minutes: number;
  min_sessions: number;
  suggestions: SynonymSuggestion[];
}

/** The suggestions for [from, to) from an open warehouse and the KB at `contentDir`. */
export function synonymReport(db: Warehouse, contentDir: string, period: { from: Date; to: Date }): SynonymReport {
  const config = loadKbConfig(contentDir);
  const articles = loadArticles(contentDir).filter((a) => a.status !== 'draft');
  const followUps = listZeroResultFollowUps(db, period, FOLLOW_UP_MINUTES * 60_000);
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    follow_up_minutes: FOLLOW_UP_MINUTES,
    min_sessions: MIN_SESSIONS,
    suggestions: suggestSynonyms(followUps, { articles, synonyms: config.search.synonyms, language: config.site.language }),
  };
}

/** Runs the command; returns the exit code. */
export async function runSynonyms(options: RunSynonymsOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const contentDir = path.resolve(options.content);
  const config = loadKbConfig(contentDir);
  const period = resolvePeriod({ from: options.from, to: options.to, defaultDays: DEFAULT_DAYS, timezone: config.reports.timezone, now: options.now });
  const db = openWarehouse(options.db);
  let report: SynonymReport;
  try {
    report = synonymReport(db, contentDir, period);
  } finally {
    db.close();
  }
  if (options.format === 'json') {
    write(toJson(report));
    return 0;
  }
  const lines = [
    `Synonym suggestions from ${report.period.from.slice(0, 10)} to ${report.period.to.slice(0, 10)}: searches that found nothing, followed in the same session within ${FOLLOW_UP_MINUTES} minutes by opening an article, in at least ${MIN_SESSIONS} sessions.`,
    '',
    ...(report.suggestions.length === 0
      ? [`No suggestions: no search that found nothing was followed by the same article in ${MIN_SESSIONS} or more sessions. Pull the latest events with "kb analytics pull".`]
      : report.suggestions.map((s) => `  ${describeSuggestion(s)}`)),
  ];
  write(`${lines.join('\n')}\n`);
  return 0;
}
