/**
 * Waivers: `{/* kb-disable rule-id -- reason *\/}` (MDX) or
 * `<!-- kb-disable rule-id -- reason -->` (Markdown) silences the listed
 * rules for the next block — at the top level or inside a list item, a
 * quote or a JSX component — and `kb-disable-file` for the whole file. The
 * reason is mandatory (a waiver is a decision someone must be able to
 * review), a waiver that silences nothing is reported so stale ones get
 * cleaned up, and a waiver where it cannot apply (inside a line, or with no
 * block after it) is reported instead of being ignored. Applied after every
 * rule, the cross-file ones included.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { ruleIds, unwaivableRules, type RuleId } from '../rules/rule-ids.ts';
import type { LintMessage } from './lint-message.ts';
import { rangeOf, type SourceRange } from './source-range.ts';

const mdxWaiver = /^\s*\/\*\s*(kb-disable-file|kb-disable)\b([\s\S]*?)\*\/\s*$/;
const htmlWaiver = /^\s*<!--\s*(kb-disable-file|kb-disable)\b([\s\S]*?)-->\s*$/;
const textWaiver = /^\s*\{\s*\/\*\s*(kb-disable-file|kb-disable)\b([\s\S]*?)\*\/\s*\}\s*$/;

export interface Waiver {
  rules: string[];
  /** Lines covered; undefined = whole file. */
  lines?: { start: number; end: number };
  range: SourceRange;
}

export interface WaiverProblem {
  message: string;
  range: SourceRange;
}

/** Parses the text inside a waiver comment into rule ids and a reason. */
export function parseWaiver(body: string): { rules: string[]; reason: string } {
  // Rule ids hold single hyphens only, so the first "--" starts the reason.
  const cut = body.indexOf('--');
  const rulesPart = cut < 0 ? body : body.slice(0, cut);
  return {
    rules: rulesPart.split(/[\s,]+/).filter(Boolean),
    reason: cut < 0 ? '' : body.slice(cut + 2).trim(),
  };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The waiver a node holds, if any: `inline` when it sits inside a line. */
function waiverIn(node: Nodes, fallback: boolean): { kind: string; body: string; inline: boolean } | undefined {
  let match: RegExpExecArray | null = null;
  let inline = false;
  if (node.type === 'mdxFlowExpression') match = mdxWaiver.exec(node.value);
  else if (node.type === 'mdxTextExpression') {
    match = mdxWaiver.exec(node.value);
    inline = true;
  } else if (node.type === 'html') match = htmlWaiver.exec(node.value);
  else if (fallback && node.type === 'paragraph') match = textWaiver.exec(plainText(node));
  if (!match) return undefined;
  return { kind: match[1] ?? 'kb-disable', body: match[2] ?? '', inline };
}

/** Finds every waiver of a tree, and the problems of the ones that cannot apply. */
export function findWaivers(tree: Root, fallback = false): { waivers: Waiver[]; problems: WaiverProblem[] } {
  const waivers: Waiver[] = [];
  const problems: WaiverProblem[] = [];
  const known = ruleIds as readonly string[];
  const walk = (parent: Parents, inlineParent: boolean) => {
    const children = parent.children as Nodes[];
    children.forEach((node, i) => {
      const found = waiverIn(node, fallback);
      if (!found) {
        if ('children' in node) walk(node as Parents, inlineParent || node.type === 'paragraph' || node.type === 'heading');
        return;
      }
      const range = rangeOf(node);
      const report = (message: string) => problems.push({ message, range });
      const { rules, reason } = parseWaiver(found.body);
      const example = `{/* ${found.kind} ${(rules[0] as RuleId | undefined) ?? 'rule-id'} -- why this is fine */}`;
      if (rules.length === 0) return report(`Waiver names no rule: write {/* ${found.kind} rule-id -- reason */}`);
      const unknown = rules.filter((r) => !known.includes(r));
      if (unknown.length > 0) {
        return report(`Unknown rule "${unknown.join('", "')}" in waiver: use one of ${ruleIds.filter((r) => !unwaivableRules.has(r)).join(', ')}`);
      }
      if (reason === '') return report(`Waiver for ${rules.join(', ')} has no reason: add one after "--", like ${example}`);
      if (found.kind === 'kb-disable-file') {
        waivers.push({ rules, range });
        return;
      }
      if (found.inline || inlineParent || (node.type === 'html' && parent.type === 'paragraph')) {
        return report(`Waiver inside a line applies to nothing: put it on a line of its own, right above the block it waives`);
      }
      let next = i + 1;
      while (next < children.length && waiverIn(children[next] as Nodes, fallback)) next++;
      const target = children[next];
      if (!target?.position) return report('Waiver has no block after it to apply to: put it right above the block it waives');
      waivers.push({ rules, range, lines: { start: target.position.start.line, end: target.position.end.line } });
    });
  };
  walk(tree, false);
  return { waivers, problems };
}

/**
 * Removes the messages waivers silence and adds a warning for each waiver
 * that silenced nothing (unless `waiver-reason` is off).
 */
export function applyWaivers(messages: readonly LintMessage[], waivers: readonly Waiver[], reportUnused: boolean): LintMessage[] {
  if (waivers.length === 0) return [...messages];
  const used = new Set<Waiver>();
  const kept: LintMessage[] = [];
  for (const message of messages) {
    const waiver = unwaivableRules.has(message.ruleId)
      ? undefined
      : waivers.find((w) => w.rules.includes(message.ruleId) && (!w.lines || (message.line >= w.lines.start && message.line <= w.lines.end)));
    if (waiver) used.add(waiver);
    else kept.push(message);
  }
  if (reportUnused) {
    for (const waiver of waivers) {
      if (used.has(waiver)) continue;
      const { line, column, endLine, endColumn } = waiver.range;
      kept.push({ ruleId: 'waiver-reason', severity: 'warning', line, column, endLine, endColumn, message: `Waiver for ${waiver.rules.join(', ')} silences nothing: remove it` });
    }
  }
  return kept;
}
