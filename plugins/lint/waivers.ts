/**
 * Waivers: `{/* kb-disable rule-id -- reason *\/}` silences the listed rules
 * for the next block; `{/* kb-disable-file rule-id -- reason *\/}` for the
 * whole file. The reason is mandatory — a waiver is a decision someone must
 * be able to review — and a waiver that silences nothing is reported so
 * stale ones get cleaned up. Runs after every rule.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFileMessage } from 'vfile-message';
import { ruleIds, type RuleId } from '../rules/rule-ids.ts';
import { addMessage } from './define-rule.ts';
import { kbContext } from './kb-context.ts';

const waiverPattern = /^\s*\/\*\s*(kb-disable-file|kb-disable)\b([\s\S]*?)\*\/\s*$/;
const unwaivable = new Set<string>(['parse-error', 'waiver-reason']);

interface Waiver {
  node: RootContent;
  rules: Set<string>;
  /** Lines covered; undefined = whole file. */
  lines?: { start: number; end: number };
  used: boolean;
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

export const kbWaivers: Plugin<[], Root> = function () {
  return function (tree, file) {
    const { config } = kbContext(file);
    const severity = config.rules['waiver-reason'];
    const waivers: Waiver[] = [];
    const children = tree.children;
    children.forEach((node, i) => {
      if (node.type !== 'mdxFlowExpression') return;
      const match = waiverPattern.exec(node.value);
      if (!match) return;
      const kind = match[1];
      const { rules, reason } = parseWaiver(match[2] ?? '');
      const report = (text: string) => {
        if (severity !== 'off') addMessage(file, 'waiver-reason', severity, text, node);
      };
      if (rules.length === 0) {
        report(`Waiver names no rule: write {/* ${kind} rule-id -- reason */}`);
        return;
      }
      const unknown = rules.filter((r) => !(ruleIds as readonly string[]).includes(r));
      if (unknown.length > 0) {
        report(`Unknown rule "${unknown.join('", "')}" in waiver: use one of ${ruleIds.filter((r) => !unwaivable.has(r)).join(', ')}`);
        return;
      }
      if (reason === '') {
        report(`Waiver for ${rules.join(', ')} has no reason: add one after "--", like {/* ${kind} ${rules[0] as RuleId} -- why this is fine */}`);
        return;
      }
      if (kind === 'kb-disable-file') {
        waivers.push({ node, rules: new Set(rules), used: false });
        return;
      }
      let next = i + 1;
      while (next < children.length && children[next]?.type === 'mdxFlowExpression') next++;
      const target = children[next];
      if (!target?.position) {
        report('Waiver has no block after it to apply to: put it right above the block it waives');
        return;
      }
      waivers.push({
        node,
        rules: new Set(rules),
        lines: { start: target.position.start.line, end: target.position.end.line },
        used: false,
      });
    });
    if (waivers.length === 0) return;

    const kept: VFileMessage[] = [];
    for (const message of file.messages) {
      const rule = message.ruleId ?? '';
      const line = message.line ?? 0;
      const waiver = unwaivable.has(rule)
        ? undefined
        : waivers.find((w) => w.rules.has(rule) && (!w.lines || (line >= w.lines.start && line <= w.lines.end)));
      if (waiver) waiver.used = true;
      else kept.push(message);
    }
    file.messages.splice(0, file.messages.length, ...kept);
    for (const waiver of waivers) {
      if (!waiver.used && severity !== 'off') {
        addMessage(file, 'waiver-reason', 'warning', `Waiver for ${[...waiver.rules].join(', ')} silences nothing: remove it`, waiver.node);
      }
    }
  };
};
