/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers):
 * one run, the rules with their docs, one result per message.
 */
import type { FileResult, MessageSeverity } from '../lint-message.ts';
import { ruleIds } from '../../rules/rule-ids.ts';
import { ruleSummaries } from '../../rules/rule-docs.ts';

const levels: Record<MessageSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(results: readonly FileResult[], version: string): string {
  const summaries = ruleSummaries();
  const rules = ruleIds.map((id) => ({
    id,
    name: id,
    shortDescription: { text: summaries.get(id) ?? id },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kb lint', version, rules } },
        results: results.flatMap((file) =>
          file.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleIndex: Math.max(0, rules.findIndex((r) => r.id === m.ruleId)),
            level: levels[m.severity],
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.file.split('\\').join('/') },
                  region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
