/** The part of Pagefind's browser API (`/pagefind/pagefind.js`, 1.5) the site uses. */

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindFragment {
  url: string;
  /** The indexed text of the page; word positions index into it split on white space. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's text. */
  words: number[];
  /** Metadata fields the words matched in (title, keywords, …). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Pages that match before filters. */
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks `query` needs without searching. */
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
}
