/**
 * Limits of the event contract that both sides must agree on. Kept free of
 * imports so the browser tracker can use them without shipping zod.
 */

/** Largest request body `POST /api/events` accepts, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;
/** Events per request: a batch holds 1 to this many. */
export const MAX_EVENTS_PER_BATCH = 50;
/** Longest search query, in characters (Unicode code points, as zod counts them). */
export const MAX_QUERY_LENGTH = 200;
/** Longest vote comment, in characters (Unicode code points). */
export const MAX_COMMENT_LENGTH = 500;
/** Shortest search query worth logging; shorter ones are partial keystrokes. */
export const MIN_SEARCH_QUERY_LENGTH = 2;
