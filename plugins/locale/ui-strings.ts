/**
 * The words of the site's own interface (header, search, voting, contact,
 * notices), by key, with the English text. Every other locale gives every
 * key in `locales/<code>.yaml`; `{name}` placeholders are filled in by the
 * site and must be kept in a translation.
 */
export const englishUiStrings = {
  skip_to_content: 'Skip to content',
  search: 'Search',
  search_label: 'Search help articles',
  search_placeholder: 'Describe your problem, like “export timesheets”',
  search_title: 'Search',
  search_description: 'Search the {site}.',
  search_needs_javascript: 'Search needs JavaScript. Browse the categories instead, or contact support.',
  contact_support: 'Contact support',
  updates_feed: 'Updates feed',
  home: 'Home',
  categories: 'Categories',
  all_categories: 'All categories',
  breadcrumb: 'Breadcrumb',
  main_navigation: 'Main',
  home_title: 'How can we help?',
  home_description: 'Answers and how-to guides for {product}.',
  matching_articles: 'Matching articles',
  browse_by_category: 'Browse by category',
  popular_articles: 'Popular articles',
  most_helpful: 'Most helpful',
  recently_updated: 'Recently updated',
  updated_on: 'Updated {date}',
  last_updated: 'Last updated',
  follow_updates: 'Follow updates (Atom feed)',
  cannot_find_answer: 'Can’t find an answer?',
  we_answer: 'We answer {time}.',
  on_this_page: 'On this page',
  related_articles: 'Related articles',
  still_stuck: 'Still stuck?',
  section_link: 'Link to the section',
  archived_notice: 'This article is archived: it may be out of date.',
  see_current_articles: 'See current articles in {category}',
  no_articles_yet: 'No articles here yet.',
  article_count_one: '1 article',
  article_count_other: '{count} articles',
  search_all_articles: 'Search all articles',
  pages: 'Pages',
  previous: 'Previous',
  next: 'Next',
  applies_to: 'Applies to',
  difficulty: 'Difficulty',
  was_this_helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  what_went_wrong: 'What went wrong?',
  reason_unclear: 'It was hard to understand',
  reason_incomplete: 'Something was missing',
  reason_outdated: 'It is out of date',
  reason_did_not_work: 'The steps did not work',
  reason_wrong_topic: 'It answers a different question',
  reason_other: 'Something else',
  vote_comment: 'Anything else we should know? (optional)',
  send_feedback: 'Send feedback',
  contact_lead: 'Tell us what you need. We answer {time}.',
  your_email: 'Your email address',
  your_name: 'Your name (optional)',
  contact_subject: 'What do you need help with?',
  contact_suggestions: 'These articles may answer it',
  contact_details: 'Details',
  optional: '(optional)',
  contact_email_us: 'You can also email us at {email}.',
  not_found_title: 'We can’t find that page',
  not_found_lead: 'It may have moved. Search for what you need:',
  still_lost: 'Still lost?',
  language: 'Language',
  other_languages: 'This page in other languages',
  untranslated_notice: 'This article is not yet available in {language}. You are reading the {source} original.',
  about_this_article: 'About this article',
  difficulty_beginner: 'Beginner',
  difficulty_intermediate: 'Intermediate',
  difficulty_advanced: 'Advanced',
} as const;

/** A key of the interface's words. */
export type UiKey = keyof typeof englishUiStrings;

/** The interface's words of one locale. */
export type UiStrings = Record<UiKey, string>;

export const uiKeys = Object.keys(englishUiStrings) as UiKey[];

/** The placeholders a text uses: "We answer {time}." → ["time"]. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1] as string).sort();
}

/** Fills `{name}` placeholders: fill("We answer {time}.", { time: "today" }). */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
