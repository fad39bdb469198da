/**
 * The deflection definitions, in one place, as SQL common table expressions
 * over the raw events received in [@from, @to). Each session is classified
 * once:
 * - `contacted`: it submitted the contact form;
 * - `deflected_at_contact`: it opened contact, then clicked a suggested
 *   article (a `search_click` after the first `contact_open`), and did not submit;
 * - `abandoned_contact`: it opened contact, clicked nothing and did not submit;
 * - `self_served`: it viewed an article and never opened contact;
 * - NULL: none of these (for example, searches only) — not counted.
 * Order inside a session uses the client clock (`ts`), which batching and
 * beacons do not reorder. Narrowed to one locale (`LOCALE_MATCHES`), a
 * session is classified on that locale's events. The SQL runs unchanged on
 * SQLite and PostgreSQL.
 */
import { LOCALE_MATCHES } from './locale-filter.ts';

export const SESSION_OUTCOMES_CTE = `
  session_marks AS (
    SELECT session,
      MAX(CASE WHEN type = 'view' THEN 1 ELSE 0 END) AS viewed,
      MAX(CASE WHEN type = 'contact_submit' THEN 1 ELSE 0 END) AS submitted,
      MIN(CASE WHEN type = 'contact_open' THEN ts END) AS first_open,
      MAX(CASE WHEN type = 'contact_open' THEN ts END) AS last_open,
      MAX(CASE WHEN type = 'search_click' THEN ts END) AS last_click
    FROM events
    WHERE received_at >= @from AND received_at < @to AND ${LOCALE_MATCHES}
    GROUP BY session
  ),
  session_outcomes AS (
    SELECT session, last_open,
      CASE
        WHEN submitted = 1 THEN 'contacted'
        WHEN first_open IS NOT NULL AND last_click >= first_open THEN 'deflected_at_contact'
        WHEN first_open IS NOT NULL THEN 'abandoned_contact'
        WHEN viewed = 1 THEN 'self_served'
      END AS outcome
    FROM session_marks
  )`;

/** The outcomes a counted session can have. */
export const sessionOutcomes = ['self_served', 'deflected_at_contact', 'abandoned_contact', 'contacted'] as const;
export type SessionOutcome = (typeof sessionOutcomes)[number];
