/**
 * Reads each rule's documentation from the JSDoc header of its source file:
 * the summary, the why, the config keys and the ok / not-ok examples with
 * their expected messages. The README's rules table and the rule tests are
 * both generated from these headers, so docs and behaviour cannot drift.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleDefaults, ruleIds, type RuleId } from './rule-ids.ts';

export interface RuleExample {
  kind: 'ok' | 'not-ok';
  /** The example's syntax: linted as an `.mdx` or a `.md` article. */
  syntax: 'mdx' | 'md';
  /** Text of the example. */
  text: string;
  /** Expected messages, as `line:column message`. */
  expect: string[];
  /** Where the example is linted, relative to the KB (`@example ok articles/de/how-to/x.mdx`); a how-to article when left out. */
  file?: string;
}

export interface RuleDoc {
  id: RuleId;
  severity: string;
  /** First paragraph: what the rule checks. */
  summary: string;
  why: string;
  config: string;
  examples: RuleExample[];
}

/** The path of a rule's source file. */
export function ruleFile(id: RuleId): string {
  return fileURLToPath(new URL(`./${id}.ts`, import.meta.url));
}

function headerLines(source: string): string[] {
  const match = /^\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!match?.[1]) return [];
  return match[1].split('\n').map((line) => line.replace(/^\s*\* ?/, '').replace(/\*\\\//g, '*/'));
}

function paragraph(lines: string[], start: number): string {
  const out: string[] = [];
  for (let i = start; i < lines.length && lines[i]?.trim() !== '' && !lines[i]?.startsWith('@'); i++) out.push(lines[i]?.trim() ?? '');
  return out.join(' ');
}

/** Parses the documentation header of one rule. */
export function readRuleDoc(id: RuleId): RuleDoc {
  const lines = headerLines(readFileSync(ruleFile(id), 'utf8'));
  const ruleLine = lines.findIndex((l) => l.startsWith('@rule '));
  if (ruleLine < 0 || lines[ruleLine]?.slice(6).trim() !== id) throw new Error(`${ruleFile(id)}: header must start with "@rule ${id}"`);
  const summary = paragraph(lines, ruleLine + 1);
  const labelled = (label: string) => {
    const at = lines.findIndex((l) => l.startsWith(`${label}:`));
    return at < 0 ? '' : paragraph([lines[at]!.slice(label.length + 1), ...lines.slice(at + 1)], 0);
  };
  const examples: RuleExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^@example (ok|not-ok)(?:\s+(\S+))?\s*$/.exec(lines[i] ?? '');
    if (!head) continue;
    const open = lines.findIndex((line, at) => at > i && /^```(?:mdx|md)$/.test(line));
    const close = lines.indexOf('```', open + 1);
    if (open < 0 || close < 0) throw new Error(`${ruleFile(id)}: example at header line ${i + 1} needs a \`\`\`mdx or \`\`\`md block`);
    const syntax = lines[open] === '```md' ? 'md' : 'mdx';
    const expect: string[] = [];
    let j = close + 1;
    for (; j < lines.length && !lines[j]?.startsWith('@example'); j++) {
      const line = lines[j] ?? '';
      if (line.startsWith('@expect ')) expect.push(line.slice(8).trim());
    }
    const example: RuleExample = { kind: head[1] as 'ok' | 'not-ok', syntax, text: `${lines.slice(open + 1, close).join('\n')}\n`, expect };
    if (head[2]) example.file = head[2];
    examples.push(example);
    i = close;
  }
  return { id, severity: ruleDefaults[id], summary, why: labelled('Why'), config: labelled('Config'), examples };
}

let docs: RuleDoc[] | undefined;

/** Every rule's documentation, in id order (read once). */
export function readRuleDocs(): RuleDoc[] {
  docs ??= ruleIds.map(readRuleDoc);
  return docs;
}

/** Rule id → one-line summary. */
export function ruleSummaries(): Map<string, string> {
  return new Map(readRuleDocs().map((d) => [d.id, d.summary]));
}
