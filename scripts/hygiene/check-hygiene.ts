/**
 * The hygiene checks of PLAYBOOK §1.3 over the KB, pure: each check returns
 * findings with the article, its owner, the evidence and the action; the
 * report adds a count per owner. Checks that need analytics are skipped,
 * with a note, when the warehouse holds no events for their window.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import type { FileResult } from '../../plugins/lint/lint-message.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import type { ArticleVotes } from '../warehouse/count-article-votes.ts';
import type { DownVoteComment } from '../warehouse/list-down-vote-comments.ts';
import { findBrokenLinks } from './find-broken-links.ts';
import { findDuplicates } from './find-duplicates.ts';
import { findReleaseUpdates } from './find-release-updates.ts';
import { findStale } from './find-stale.ts';
import { findTagGaps } from './find-tag-gaps.ts';
import { findMissingTranslations, findStaleTranslations } from './find-translation-gaps.ts';
import { findUnhelpful } from './find-unhelpful.ts';
import { findUnseen } from './find-unseen.ts';
import { countByOwner, sortFindings, type HygieneFinding, type HygieneReport } from './hygiene-report.ts';
import type { ReleaseNote } from './read-release-notes.ts';

/** What the checks need; the CLI collects it. */
export interface HygieneInputs {
  now: Date;
  config: KbConfig;
  articles: readonly KbArticle[];
  /** The translations of the other locales (none for a one-language KB). */
  translations?: readonly KbArticle[];
  /** Views per article over `unseen_days`. */
  views: ReadonlyMap<string, number>;
  /** Votes per article over the unhelpful window. */
  votes: ReadonlyMap<string, ArticleVotes>;
  comments: readonly DownVoteComment[];
  /** True when the warehouse has events in the unseen window. */
  hasAnalytics: boolean;
  lint: readonly FileResult[];
  releases: { file: string; notes: readonly ReleaseNote[] } | null;
  stopWords?: readonly string[];
}

export function checkHygiene(inputs: HygieneInputs): HygieneReport {
  const h = inputs.config.reports.hygiene;
  const published = inputs.articles.filter((a) => a.status === 'published');
  const notes: string[] = [];
  const findings: HygieneFinding[] = [];
  if (inputs.hasAnalytics) {
    findings.push(...findUnhelpful(published, inputs.votes, inputs.comments, h.unhelpful));
    findings.push(...findUnseen(published, inputs.views, h.unseen_days));
  } else {
    notes.push(`No analytics events in the last ${h.unseen_days} days: the unhelpful and unseen checks did not run. Run "kb analytics pull" first.`);
  }
  findings.push(...findStale(published, inputs.now, h.stale_days));
  findings.push(...findDuplicates(published, { threshold: h.duplicate_similarity, views: inputs.views, stopWords: inputs.stopWords }));
  findings.push(...findTagGaps(inputs.articles, inputs.config));
  findings.push(...findBrokenLinks(inputs.articles, inputs.lint));
  findings.push(...findStaleTranslations(inputs.articles, inputs.translations ?? []));
  findings.push(...findMissingTranslations(inputs.articles, inputs.translations ?? [], inputs.config, inputs.views, h.unseen_days));
  if (inputs.releases) findings.push(...findReleaseUpdates(published, inputs.releases.notes));
  else notes.push('No release notes given: pass --releases FILE to list articles to update before a release.');
  sortFindings(findings);
  return {
    generated_at: inputs.now.toISOString(),
    articles: inputs.articles.length,
    has_analytics: inputs.hasAnalytics,
    releases: inputs.releases?.file ?? null,
    notes,
    findings,
    owners: countByOwner(findings),
  };
}
