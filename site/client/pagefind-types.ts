/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the site uses. */

export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
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
  debouncedSearch(query: string | null, options?: PagefindSearchOptions, timeout?: number): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
