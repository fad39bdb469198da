/**
 * Which interface words each browser script writes, so a page carries the
 * words of the scripts it runs and no others (they weigh on every page that
 * carries them). `components/client-strings.astro` renders a group; the
 * scripts read it with `client/ui-text.ts`. A key a script uses must be in
 * the group of the page that runs it (`test/site/lib/client-ui-keys.test.ts`).
 */
import type { UiKey } from '../../plugins/locale/ui-strings.ts';

/** The search dialog every page can open (`search-dialog.ts`, `search-panel.ts`); also the search page's panel. */
export const searchUiKeys = [
  'close',
  'search_label',
  'search_placeholder',
  'filter_category',
  'all_categories',
  'filter_area',
  'filter_all_areas',
  'difficulty',
  'filter_any_difficulty',
  'filter_plan',
  'filter_all_plans',
  'search_results',
  'search_results_hint',
  'show_more_results',
  'no_results',
  'result_count_one',
  'result_count_other',
  'showing_results_for',
  'search_no_match',
  'search_these_filters',
  'search_advice',
  'search_advice_no_words',
  'search_keep_typing',
  'search_unavailable',
  'contact_support',
  'popular_articles',
] as const satisfies readonly UiKey[];

/** The home page's search box with live results (`home-search.ts`). */
export const homeSearchUiKeys = [
  'home_search_hint',
  'home_no_match_link',
  'no_articles_match',
  'see_all_results_one',
  'see_all_results_other',
  'home_matches_one',
  'home_matches_other',
] as const satisfies readonly UiKey[];

/** The contact form's suggestions, sending and confirmation (`contact-form.ts`, `response-promise.ts`). */
export const contactUiKeys = [
  'contact_suggested_one',
  'contact_suggested_other',
  'contact_send',
  'contact_sending',
  'contact_details',
  'contact_sent_title',
  'contact_sent',
  'contact_while_you_wait',
  'contact_refused',
  'contact_refused_too_long',
  'contact_refused_busy',
  'response_minutes_one',
  'response_minutes_other',
  'response_hours_one',
  'response_hours_other',
  'response_business_hours_one',
  'response_business_hours_other',
  'response_days',
] as const satisfies readonly UiKey[];

/** The article page's copy buttons, section links and feedback (`code-copy.ts`, `section-links.ts`, `copy-text.ts`, `vote-widget.ts`). */
export const articleUiKeys = [
  'copy',
  'copied',
  'copy_code',
  'copy_code_in',
  'code_copied',
  'section_link_copied',
  'copy_failed',
  'vote_thanks_up',
  'vote_thanks_down',
] as const satisfies readonly UiKey[];
