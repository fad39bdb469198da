/**
 * The MDX components the help center renders, by name. Articles may use
 * them without an import; the site maps each name to its component
 * (`site/components/article-view.astro`), and the linter reads the text
 * inside them as prose, like any paragraph.
 */

/** Callouts: `<Tip>`, `<Note>`, `<Warning>`. */
export const CALLOUT_COMPONENTS = ['Tip', 'Note', 'Warning'] as const;
export type CalloutComponent = (typeof CALLOUT_COMPONENTS)[number];

/** Every component an article may use. */
export const KNOWN_COMPONENTS: readonly string[] = [...CALLOUT_COMPONENTS];
