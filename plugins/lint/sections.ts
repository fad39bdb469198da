/**
 * Splits an article into its `##` sections. Section names are matched
 * case-insensitively and without trailing punctuation or a `{#id}`, so
 * "Still stuck?", "still stuck" and "Still stuck {#help}" are one section.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Section {
  /** The heading text as written (without a `{#id}`). */
  title: string;
  /** The normalized name used for matching. */
  key: string;
  heading: Heading;
  /** Nodes after the heading up to the next `##` (or higher) heading. */
  children: RootContent[];
}

const explicitIdPattern = /\s*\{#([\w.:-]+)\}\s*$/;

/** The `{#id}` a Markdown heading ends with, if any. */
export function explicitHeadingId(text: string): string | undefined {
  return explicitIdPattern.exec(text)?.[1];
}

/** A heading's text without a trailing `{#id}`. */
export function headingText(heading: Heading): string {
  return toString(heading).replace(explicitIdPattern, '');
}

/** Normalizes a section name for comparison. */
export function sectionKey(name: string): string {
  return name
    .replace(explicitIdPattern, '')
    .trim()
    .toLowerCase()
    .replace(/[\s]+/g, ' ')
    .replace(/[?:.!]+$/, '');
}

/**
 * The top-level sections of a tree, in order. Content before the first `##`
 * is not a section. `canonical` maps a locale's normalized heading to the
 * configured section name, so "## Kurze Antwort" has the key of "Quick
 * answer" and every rule matches sections the same way in every locale.
 */
export function sectionsOf(tree: Root, canonical?: ReadonlyMap<string, string>): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 2) {
        const title = headingText(node);
        const key = sectionKey(title);
        const configured = canonical?.get(key);
        // In a translation a heading that is not one of its locale's names is no section of the profile, even when it is the English name.
        const own = configured === undefined ? (canonical ? `${key}\u0000` : key) : sectionKey(configured);
        current = { title, key: own, heading: node, children: [] };
        sections.push(current);
      } else {
        current = undefined;
      }
      continue;
    }
    current?.children.push(node);
  }
  return sections;
}

/** Finds a section by name. */
export function findSection(sections: readonly Section[], name: string): Section | undefined {
  const key = sectionKey(name);
  return sections.find((s) => s.key === key);
}

/** Well-known section names the rules give meaning to. */
export const SECTION = {
  quickAnswer: 'Quick answer',
  steps: 'Steps',
  related: 'Related articles',
  stillStuck: 'Still stuck?',
} as const;

/** Normalized locale heading → configured name, from a locale's names (configured name → heading). */
export function canonicalSectionNames(localized: ReadonlyMap<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [configured, heading] of localized) map.set(sectionKey(heading), configured);
  return map;
}
