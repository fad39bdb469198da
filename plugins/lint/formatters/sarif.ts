/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers):
 * one run; every rule with its short and full description, its help (what
 * it checks, why, its config and an example) and a `helpUri` to its section
 * of the README; one result per message, with its fix. File locations are
 * percent-encoded URI references relative to `%SRCROOT%` (the working
 * directory), so paths with spaces or `#` stay valid URIs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, LintFix, MessageSeverity } from '../lint-message.ts';
import { ruleIds } from '../../rules/rule-ids.ts';
import { readRuleDocs, type RuleDoc } from '../../rules/rule-docs.ts';

const levels: Record<MessageSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const configLevels: Record<string, 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

export interface SarifOptions {
  version: string;
  /** Where the README is published (its rule sections are `#<rule-id>`); default: the local README as a file URL. */
  docsUrl: string;
  /** Folder paths are relative to (`%SRCROOT%`); default: the working directory. */
  root?: string;
  /** Severity in effect per rule (for `defaultConfiguration`). */
  severities?: Readonly<Record<string, string>>;
}

/** A path as a URI reference: each segment percent-encoded, `/` between. */
export function encodePath(relative: string): string {
  return relative.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

function helpOf(doc: RuleDoc): { text: string; markdown: string } {
  const example = doc.examples.find((e) => e.kind === 'not-ok');
  const parts = [doc.summary, doc.why && `Why: ${doc.why}`, doc.config && `Config: ${doc.config}`].filter(Boolean) as string[];
  const markdown = [...parts, ...(example ? [`Not OK:\n\n\`\`\`${example.syntax}\n${example.text}\`\`\`\n\n${example.expect.map((e) => `- ${e}`).join('\n')}`] : [])].join('\n\n');
  return { text: parts.join('\n\n'), markdown };
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  const docs = new Map(readRuleDocs().map((d) => [d.id, d]));
  const root = path.resolve(options.root ?? process.cwd());
  const base = options.docsUrl.replace(/#.*$/, '');
  const rules = ruleIds.map((id) => {
    const doc = docs.get(id);
    const level = configLevels[options.severities?.[id] ?? doc?.severity ?? 'error'] ?? 'error';
    return {
      id,
      name: pascalCase(id),
      shortDescription: { text: doc?.summary.split(/(?<=\.)\s/)[0] ?? id },
      fullDescription: { text: [doc?.summary, doc?.why ? `${doc.why.charAt(0).toUpperCase()}${doc.why.slice(1)}` : undefined].filter(Boolean).join(' ') },
      help: doc ? helpOf(doc) : { text: id },
      helpUri: `${base}#${id}`,
      defaultConfiguration: { level, enabled: level !== 'none' },
    };
  });
  const ruleIndex = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const locate = (file: string) => {
    const absolute = path.resolve(root, file);
    const relative = path.relative(root, absolute);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
    return { uri: encodePath(relative), uriBaseId: 'SRCROOT' };
  };
  const fixesOf = (fix: LintFix, artifactLocation: ReturnType<typeof locate>) => [
    {
      description: { text: fix.description },
      artifactChanges: [
        {
          artifactLocation,
          replacements: fix.edits.map((edit) => ({
            deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
            insertedContent: { text: edit.text },
          })),
        },
      ],
    },
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kb lint', version: options.version, semanticVersion: options.version, informationUri: base, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(`${root}${path.sep}`).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((file) => {
          const artifactLocation = locate(file.file);
          return file.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
            level: levels[m.severity],
            message: { text: m.message },
            locations: [{ physicalLocation: { artifactLocation, region: { startLine: m.line, startColumn: m.column, endLine: Math.max(m.endLine, m.line), endColumn: m.endLine > m.line ? m.endColumn : Math.max(m.endColumn, m.column) } } }],
            ...(m.fix ? { fixes: fixesOf(m.fix, artifactLocation) } : {}),
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
