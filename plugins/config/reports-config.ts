/**
 * The KB-owner reports part of `kb.config.yaml` (key `reports`): the time
 * zone reports count days and ISO weeks in, and the content-gap and hygiene
 * thresholds. Every default is PLAYBOOK.md §1.3-1.4; the few numbers the
 * playbook leaves open (how similar two articles must be to count as
 * duplicates, how often an article must be read per ticket to count as
 * found) are documented where they are defined.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';

const share = z.number().min(0).max(1);
const days = z.int().min(1).max(3660);

export const reportsConfigShape = {
  reports: z
    .strictObject({
      /** IANA time zone for report days and ISO weeks (`kb weekly`, charts). */
      timezone: z
        .string()
        .refine((zone) => IANAZone.isValidZone(zone), 'is not a time zone: use an IANA name such as Europe/Berlin or UTC')
        .default('UTC'),
      /** Folder `kb weekly` writes `<ISO week>/` into. */
      out_dir: z.string().min(1).max(300).default('reports'),
      /** Words that name no topic in your tickets, beyond English stop words; the product and plan names are added automatically. */
      stop_words: z.array(z.string().min(1).max(60)).max(1000).default([]),
      gaps: z
        .strictObject({
          /** Default period of `kb gaps` and `kb weekly`, in days (weekly audit). */
          period_days: days.default(7),
          /** A topic with no article needs at least this many tickets in the period to be worth an article. */
          min_tickets: z.int().min(1).max(10_000).default(3),
          /** The "10x rule": a topic with this many tickets a month also needs in-app guidance. */
          ten_x_per_month: z.int().min(1).max(1_000_000).default(20),
          /** A bug topic with this many tickets a month goes to engineering as P1. */
          bug_escalation_per_month: z.int().min(1).max(1_000_000).default(10),
          /** Words that mark a ticket as a bug when its helpdesk category or a tag holds one, in any case ("Bug", "bug_report", "Defect"). */
          bug_labels: z.array(z.string().min(1).max(60)).max(50).default(['bug', 'defect']),
          /**
           * A good article "covers" its topic when it is read at least this
           * many times per ticket on the topic in the period; fewer reads mean
           * customers do not find it (discoverability). Not in the playbook:
           * 10 reads per ticket keeps nine in ten readers away from support.
           */
          covered_views_per_ticket: z.number().min(0).max(100_000).default(10),
          /**
           * Share of a topic's key terms (weighted by how rare they are in the
           * KB) an article must contain to count as its article.
           */
          match_min_coverage: share.default(0.6),
          /** How alike two tickets must be (cosine of their term vectors) to share a topic. */
          cluster_similarity: share.default(0.22),
          /** Example ticket subjects shown per topic, personal data removed. */
          examples: z.int().min(0).max(20).default(3),
          /** A zero-result query needs this many searches in the period to be reported on its own. */
          min_zero_result_searches: z.int().min(1).max(100_000).default(3),
        })
        .prefault({}),
      hygiene: z
        .strictObject({
          unhelpful: z
            .strictObject({
              /** Helpful share (yes / (yes + no)) below this is unhelpful… */
              max_helpful_share: share.default(0.6),
              /** …with at least this many votes… */
              min_votes: z.int().min(1).max(1_000_000).default(10),
              /** …in this many days. */
              window_days: days.default(90),
              /** "No" comments listed per article. */
              comments: z.int().min(0).max(50).default(5),
            })
            .prefault({}),
          /** No views in this many days: update, redirect or archive (monthly check). */
          unseen_days: days.default(30),
          /** `last_updated` older than this many days: verify accuracy (quarterly audit). */
          stale_days: days.default(90),
          /**
           * Two articles at least this similar probably answer the same
           * question: the mean of the cosine similarities of their titles
           * and summaries and of their whole texts (TF-IDF). Not in the
           * playbook; 0.6 flags rewrites of one question, not neighbours
           * on one feature ("set up calendar sync" and "fix calendar sync").
           */
          duplicate_similarity: share.default(0.6),
          /** Per configured locale, how many of the most viewed articles without a translation into it are listed (over `unseen_days`). */
          missing_translations: z.int().min(0).max(500).default(10),
        })
        .prefault({}),
    })
    .prefault({}),
};

/** The validated `reports` section. */
export type ReportsConfig = z.infer<(typeof reportsConfigShape)['reports']>;
