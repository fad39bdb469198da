/**
 * Generates the sample analytics events for Tidyshift's help center: views,
 * votes, searches (some finding nothing), result clicks and contact-page
 * visits, day by day over a period, busier on weekday mornings. The same
 * period and seed give the same events. Rows have the analytics service's
 * `events` columns (`StoredEvent` in `analytics-api/db/event-row.ts`), so
 * they can go into the service's database or straight into the warehouse.
 */
import type { EventRow, StoredEvent } from '../../analytics-api/db/event-row.ts';
import { pickWith, seededRandom } from './sample-random.ts';

/** The articles events point at (published ones only are used). */
export interface SampleArticle {
  slug: string;
  title: string;
  keywords: readonly string[];
  status: string;
}

/** Options of {@link generateSampleEvents}. */
export interface SampleEventsOptions {
  articles: readonly SampleArticle[];
  from: Date;
  to: Date;
  /** Sessions on an average weekday. Default 140. */
  sessionsPerDay?: number;
  seed?: number;
  /** First id. Default 1. */
  firstId?: number;
  /** The help center's locales, the default first (default: English only). Every fifth session reads in one of the others, in turn. */
  locales?: readonly string[];
}

/** How often each article is read, relative to 1; unlisted articles get 1, these get 0 (nobody finds them). */
const popularity: Record<string, number> = {
  'reset-your-password': 9,
  'fix-login-problems': 6,
  'invite-your-team': 6,
  'request-time-off': 6,
  'build-your-first-schedule': 5,
  'install-the-mobile-app': 5,
  'swap-or-give-away-a-shift': 1.2,
  'set-up-a-clock-in-kiosk': 0.8,
  'send-hours-to-gusto-or-quickbooks': 4,
  'set-up-time-off-balances': 3,
  'approve-timesheets': 4,
  'fix-calendar-sync-not-updating': 3,
  'fix-a-double-charge': 2,
  'get-a-nonprofit-discount': 0,
  'post-schedules-to-workplace': 0,
};

/** Share of "yes" votes; unlisted articles get 0.85. */
const helpfulRate: Record<string, number> = {
  'send-hours-to-gusto-or-quickbooks': 0.38,
  'set-up-time-off-balances': 0.42,
  'fix-missing-shift-notifications': 0.55,
};

const downComments: Record<string, readonly string[]> = {
  'send-hours-to-gusto-or-quickbooks': ['Where do I match employees? The screen looks different.', 'Overtime still shows as regular hours.', 'Step 4 is missing for QuickBooks.'],
  'set-up-time-off-balances': ['Does not say how accrual works per hour worked.', 'What about carry over?'],
};

/** Searches that find nothing on the sample KB: words customers use that the articles do not. */
const zeroResultQueries = ['print schedule', 'printable schedule', 'print the schedule', 'exchange shifts', 'shift exchange', 'time clock terminal', 'punch station', 'multiple locations', 'second shop', 'dark mode', 'holiday pay'];

/**
 * The article a customer who searched one of those words went on to open
 * through the categories, within minutes (what `kb synonyms` learns from);
 * the rest are real gaps.
 */
const meantArticle: Record<string, string> = {
  'print schedule': 'build-your-first-schedule',
  'printable schedule': 'build-your-first-schedule',
  'exchange shifts': 'swap-or-give-away-a-shift',
  'shift exchange': 'swap-or-give-away-a-shift',
  'time clock terminal': 'set-up-a-clock-in-kiosk',
  'punch station': 'set-up-a-clock-in-kiosk',
};

/** Busy hours of the day (local to the customer; the sample treats UTC as local). */
const hourWeights = [0, 0, 0, 0, 0, 1, 2, 4, 6, 7, 7, 6, 5, 5, 6, 6, 5, 4, 3, 3, 2, 2, 1, 1];
const weekdayFactor = [1, 1.05, 1, 0.95, 0.9, 0.45, 0.35]; // Monday first

export function generateSampleEvents(options: SampleEventsOptions): StoredEvent[] {
  const random = seededRandom(options.seed ?? 4242);
  // Follow-up views after a zero-result search draw from their own stream, so every other event stays as it was.
  const followUp = seededRandom((options.seed ?? 4242) + 1);
  const pick = <T>(list: readonly T[]) => pickWith(random, list);
  const articles = options.articles.filter((a) => a.status === 'published');
  const weighted: SampleArticle[] = [];
  for (const article of articles) {
    const weight = popularity[article.slug] ?? 1;
    for (let i = 0; i < Math.round(weight * 4); i++) weighted.push(article);
  }
  const findable = articles.filter((a) => (popularity[a.slug] ?? 1) > 0 && a.keywords.length > 0);
  const hours = hourWeights.flatMap((w, h) => Array.from({ length: w }, () => h));
  const events: EventRow[] = [];
  const base = { article: null, vote: null, reason: null, comment: null, query: null, results: null, position: null, vote_key: null, locale: null };
  const perDay = options.sessionsPerDay ?? 140;
  let sessionCount = 0;

  for (let day = Math.floor(options.from.getTime() / 86_400_000) * 86_400_000; day < options.to.getTime(); day += 86_400_000) {
    const weekday = (new Date(day).getUTCDay() + 6) % 7;
    const sessions = Math.round(perDay * weekdayFactor[weekday]! * (0.85 + random() * 0.3));
    for (let s = 0; s < sessions; s++) {
      sessionCount++;
      const session = `sample${String(sessionCount).padStart(7, '0')}`;
      // Chosen by count, not by the seeded draws, so adding locales leaves every other figure of the sample as it was.
      const locale = sessionLocale(options.locales ?? ['en'], sessionCount);
      const visitor = `visitor${String(Math.floor(random() * 900)).padStart(3, '0')}`;
      let ts = day + pick(hours) * 3_600_000 + Math.floor(random() * 3_600_000);
      if (ts < options.from.getTime() || ts >= options.to.getTime()) continue;
      const emit = (event: Partial<EventRow> & { type: EventRow['type'] }) => {
        events.push({ ...base, session, visitor, ts, received_at: ts + 40 + Math.floor(random() * 400), ...event, vote_key: event.vote_key ?? null, locale });
        ts += 5_000 + Math.floor(random() * 90_000);
      };
      const viewed: SampleArticle[] = [];
      if (random() < 0.55 && findable.length > 0) {
        if (random() < 0.14) {
          const query = pick(zeroResultQueries);
          emit({ type: 'search', query, results: 0 });
          const meant = meantArticle[query];
          if (meant && articles.some((a) => a.slug === meant) && followUp() < 0.6) {
            const at = ts + 20_000 + Math.floor(followUp() * 240_000);
            if (at < options.to.getTime()) events.push({ ...base, session, visitor, ts: at, received_at: at + 60, type: 'view', article: meant, locale });
          }
        } else {
          const target = pick(weighted.length > 0 ? weighted : findable);
          const query = target.keywords.length > 0 ? pick(target.keywords) : target.title.toLowerCase();
          emit({ type: 'search', query, results: 2 + Math.floor(random() * 6) });
          if (random() < 0.75) {
            emit({ type: 'search_click', query, article: target.slug, position: 1 + Math.floor(random() * 2) });
            emit({ type: 'view', article: target.slug });
            viewed.push(target);
          }
        }
      } else if (weighted.length > 0) {
        const target = pick(weighted);
        emit({ type: 'view', article: target.slug });
        viewed.push(target);
        if (random() < 0.25) {
          const next = pick(weighted);
          emit({ type: 'view', article: next.slug });
          viewed.push(next);
        }
      }
      const last = viewed.at(-1);
      if (!last) continue;
      if (random() < 0.16) {
        const helpful = random() < (helpfulRate[last.slug] ?? 0.85);
        const comments = downComments[last.slug];
        emit(
          helpful
            ? { type: 'vote', article: last.slug, vote: 'up' }
            : {
                type: 'vote',
                article: last.slug,
                vote: 'down',
                reason: pick(['unclear', 'incomplete', 'did-not-work', 'outdated']),
                comment: comments && random() < 0.6 ? pick(comments) : null,
              },
        );
      }
      if (random() < 0.07) {
        emit({ type: 'contact_open', article: last.slug });
        if (random() < 0.3) {
          // A suggested article on the contact page answered it: deflected at contact.
          const suggested = pick(weighted);
          emit({ type: 'search_click', query: last.title.toLowerCase(), article: suggested.slug, position: 1 });
          emit({ type: 'view', article: suggested.slug });
        } else if (random() < 0.6) {
          emit({ type: 'contact_submit', article: last.slug });
        }
      }
    }
  }
  events.sort((a, b) => a.ts - b.ts || (a.session < b.session ? -1 : a.session > b.session ? 1 : 0));
  const first = options.firstId ?? 1;
  // Written column by column so rows read like the analytics export.
  return events.map((e, index) => ({
    id: first + index,
    type: e.type,
    session: e.session,
    visitor: e.visitor,
    ts: e.ts,
    received_at: e.received_at,
    article: e.article,
    vote: e.vote,
    reason: e.reason,
    comment: e.comment,
    query: e.query,
    results: e.results,
    position: e.position,
    vote_key: e.vote_key ?? null,
    locale: e.locale,
  }));
}

/** Session `count`'s locale: every fifth in one of the non-default locales, in turn. */
function sessionLocale(locales: readonly string[], count: number): string {
  const others = locales.slice(1);
  if (others.length === 0 || count % 5 !== 0) return locales[0] ?? 'en';
  return others[(count / 5) % others.length] ?? locales[0] ?? 'en';
}
