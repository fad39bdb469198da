/** Churn risks as a table for people (riskiest first, with the signals that scored) or JSON. */
import { markdownTable } from 'markdown-table';
import type { ChurnRisk } from './score-churn.ts';

const money = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** A Markdown table and a count per level. */
export function formatChurnTable(risks: readonly ChurnRisk[], levels: readonly string[]): string {
  if (risks.length === 0) return 'No customers in the customers file.\n';
  const table = markdownTable([
    ['Customer', 'Plan', 'MRR', 'Score', 'Level', 'Action', 'Offer ceiling', 'Signals'],
    ...risks.map((r) => [
      r.name ? `${r.name} (${r.id})` : r.id,
      r.plan ?? '—',
      money(r.mrr),
      String(r.score),
      r.level,
      r.action,
      r.offer,
      r.signals.length === 0 ? '—' : r.signals.map((s) => `+${s.points} ${s.signal}: ${s.evidence}`).join('; ').replace(/\|/g, '\\|'),
    ]),
  ]);
  const counts = levels.map((level) => `${level} ${risks.filter((r) => r.level === level).length}`).join(' · ');
  return `${table}\n\n${risks.length} customers · ${counts}\n`;
}

/** JSON, one object per customer. */
export function formatChurnJson(risks: readonly ChurnRisk[]): string {
  return `${JSON.stringify(risks, null, 2)}\n`;
}
