/** Unhelpful: helpful share below the threshold with enough votes in the window (PLAYBOOK §1.3). */
import type { ReportsConfig } from '../../plugins/config/reports-config.ts';
import { scrubPersonalData } from '../../plugins/text/scrub-personal-data.ts';
import { percent } from '../reports/markdown.ts';
import type { KbArticle } from '../kb-search/load-articles.ts';
import type { ArticleVotes } from '../warehouse/count-article-votes.ts';
import type { DownVoteComment } from '../warehouse/list-down-vote-comments.ts';
import { findingOf } from './finding-of.ts';
import type { HygieneFinding } from './hygiene-report.ts';

export function findUnhelpful(
  articles: readonly KbArticle[],
  votes: ReadonlyMap<string, ArticleVotes>,
  comments: readonly DownVoteComment[],
  config: ReportsConfig['hygiene']['unhelpful'],
): HygieneFinding[] {
  const findings: HygieneFinding[] = [];
  for (const article of articles) {
    const v = votes.get(article.slug);
    if (!v) continue;
    const total = v.up + v.down;
    if (total < config.min_votes) continue;
    const share = v.up / total;
    if (share >= config.max_helpful_share) continue;
    const notes = comments
      .filter((c) => c.article === article.slug)
      .slice(0, config.comments)
      // Stored comments were scrubbed on arrival; scrub again for what older versions stored.
      .map((c) => [c.reason ? `(${c.reason})` : '', c.comment ? `"${scrubPersonalData(c.comment)}"` : ''].filter(Boolean).join(' '));
    findings.push(
      findingOf(
        'unhelpful',
        article,
        `helpful share ${percent(share)} (${v.up} yes, ${v.down} no) in ${config.window_days} days, below ${percent(config.max_helpful_share)}`,
        'rewrite it: start from what the "No" voters said',
        notes,
      ),
    );
  }
  return findings;
}
