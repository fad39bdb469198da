/**
 * PLAYBOOK §1.4 as a decision: what to do about one ticket topic.
 *
 * - no article → `create` (the topic already met the ticket threshold);
 * - an article with a low helpful share → `improve` (tickets persist because
 *   the article is unclear or incomplete);
 * - a good article whose topic shows up in zero-result searches, or that is
 *   read too rarely per ticket → `discoverability` (customers do not find it);
 * - otherwise → `covered` (found, read, and the tickets are the remainder).
 */
import type { ReportsConfig } from '../../plugins/config/reports-config.ts';
import { percent } from '../reports/markdown.ts';
import type { GapAction } from './gap-report.ts';

/** The evidence about one topic. */
export interface TopicEvidence {
  tickets: number;
  hasArticle: boolean;
  helpfulShare: number | null;
  votes: number;
  views: number;
  zeroResultSearches: number;
  hasAnalytics: boolean;
}

/** Decides the action and says why. */
export function classifyTopic(evidence: TopicEvidence, config: ReportsConfig): { action: GapAction; reason: string } {
  const { unhelpful } = config.hygiene;
  if (!evidence.hasArticle) {
    return { action: 'create', reason: `no article answers it and ${evidence.tickets} tickets asked (threshold ${config.gaps.min_tickets})` };
  }
  const judged = evidence.votes >= unhelpful.min_votes && evidence.helpfulShare !== null;
  if (judged && evidence.helpfulShare! < unhelpful.max_helpful_share) {
    return {
      action: 'improve',
      reason: `its article helps ${percent(evidence.helpfulShare!)} of ${evidence.votes} voters (below ${percent(unhelpful.max_helpful_share)}): rewrite the unclear or missing parts`,
    };
  }
  if (evidence.zeroResultSearches > 0) {
    return {
      action: 'discoverability',
      reason: `customers searched ${evidence.zeroResultSearches} times with words the article lacks: add them to its keywords and link it where they look`,
    };
  }
  if (!evidence.hasAnalytics) {
    return { action: 'covered', reason: 'an article exists; pull analytics (kb analytics pull) to judge whether it helps and is found' };
  }
  const needed = evidence.tickets * config.gaps.covered_views_per_ticket;
  if (evidence.views < needed) {
    return {
      action: 'discoverability',
      reason: `its article was read ${evidence.views} times for ${evidence.tickets} tickets (fewer than ${config.gaps.covered_views_per_ticket} reads per ticket): customers do not find it${judged ? '' : `; too few votes (${evidence.votes}) to judge how helpful it is`}`,
    };
  }
  return { action: 'covered', reason: `its article is found (${evidence.views} reads for ${evidence.tickets} tickets)${judged ? ` and helps ${percent(evidence.helpfulShare!)} of voters` : ''}` };
}
