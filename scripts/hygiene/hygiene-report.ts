/** The KB hygiene report (PLAYBOOK §1.3): what `kb hygiene` computes and every format renders. */

/** The kinds of finding, in report order. */
export const hygieneKinds = ['unhelpful', 'unseen', 'stale', 'duplicate', 'tag-gap', 'broken-link', 'release', 'translation-stale', 'translation-missing'] as const;
export type HygieneKind = (typeof hygieneKinds)[number];

/** One thing to fix in one article. */
export interface HygieneFinding {
  kind: HygieneKind;
  article: string;
  title: string;
  /** The article's owner from its frontmatter, or null when it has none. */
  owner: string | null;
  /** Path under the content folder. */
  file: string;
  /** What was measured or seen, in a sentence. */
  evidence: string;
  /** What to do. */
  action: string;
  /** Supporting lines: "No" comments, broken links, the other article of a duplicate pair. */
  details: string[];
}

/** Findings of one owner. */
export interface OwnerCount {
  owner: string;
  findings: number;
  by_kind: Partial<Record<HygieneKind, number>>;
}

/** The whole report. */
export interface HygieneReport {
  generated_at: string;
  articles: number;
  has_analytics: boolean;
  releases: string | null;
  /** Checks that could not run, and why. */
  notes: string[];
  findings: HygieneFinding[];
  owners: OwnerCount[];
}

/** The owner key for articles without one. */
export const NO_OWNER = '(no owner)';

/** Counts findings per owner, most findings first. */
export function countByOwner(findings: readonly HygieneFinding[]): OwnerCount[] {
  const owners = new Map<string, OwnerCount>();
  for (const finding of findings) {
    const key = finding.owner ?? NO_OWNER;
    let entry = owners.get(key);
    if (!entry) {
      entry = { owner: key, findings: 0, by_kind: {} };
      owners.set(key, entry);
    }
    entry.findings++;
    entry.by_kind[finding.kind] = (entry.by_kind[finding.kind] ?? 0) + 1;
  }
  return [...owners.values()].sort((a, b) => b.findings - a.findings || (a.owner < b.owner ? -1 : 1));
}

/** Findings in report order: by kind, then article. */
export function sortFindings(findings: HygieneFinding[]): HygieneFinding[] {
  const order = new Map(hygieneKinds.map((k, i) => [k, i]));
  return findings.sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) || (a.evidence < b.evidence ? -1 : 1));
}
