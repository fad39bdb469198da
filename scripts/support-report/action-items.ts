/**
 * Action items for the week, from every part of the report: red lights and
 * raised red flags first, then priorities below their SLA target, urgent
 * emerging topics, bugs to escalate, and the knowledge-base work.
 */
import type { Dashboard } from '../metrics/build-dashboard.ts';
import { fixed } from '../metrics/format-value.ts';
import type { ActionItem, SupportReportData } from './support-report.ts';

/** Builds the list, most important first. */
export function buildActionItems(d: Dashboard, data: Omit<SupportReportData, 'action_items' | 'headlines'>): ActionItem[] {
  const items: ActionItem[] = [];
  for (const light of d.health.filter((l) => l.light === 'red')) {
    items.push({ importance: 'high', source: 'health', text: `Bring ${light.label} back from red (${light.rule}).` });
  }
  for (const flag of d.red_flags.filter((f) => f.raised)) {
    const count = flag.items.length > 0 ? ` (${flag.items.length})` : '';
    items.push({ importance: 'high', source: 'red-flag', text: `${flag.action} — ${flag.flag}${count}: ${flag.finding}.` });
  }
  for (const row of d.sla_compliance) {
    for (const [which, c] of [['first-response', row.first_response], ['resolution', row.resolution]] as const) {
      if (c.meets_target === false) {
        items.push({ importance: row.priority === 'P0' || row.priority === 'P1' ? 'high' : 'medium', source: 'sla', text: `${row.priority} ${which} SLA met ${fixed(c.percent!, 1)}% against a ${row.target_percent}% target: check routing and staffing for ${row.priority}.` });
      }
    }
  }
  for (const topic of data.patterns.filter((t) => t.severity === 'P0' || t.severity === 'P1')) {
    items.push({ importance: 'high', source: 'pattern', text: `Investigate the emerging ${topic.severity} topic "${topic.topic}" (${topic.tickets} tickets this week).` });
  }
  for (const bug of data.product_feedback.bugs.filter((b) => b.escalate)) {
    items.push({ importance: 'high', source: 'product', text: `Escalate the bug "${bug.topic}" to engineering as P1 (${bug.tickets} tickets).` });
  }
  for (const gap of data.knowledge_base.gaps.top.filter((g) => g.action === 'create')) {
    items.push({ importance: 'medium', source: 'knowledge-base', text: `Write an article for "${gap.topic}" (${gap.tickets} tickets, no article answers it).` });
  }
  for (const gap of data.knowledge_base.gaps.top.filter((g) => g.action === 'improve')) {
    items.push({ importance: 'medium', source: 'knowledge-base', text: `Improve ${gap.article ?? 'the article'} for "${gap.topic}" (${gap.tickets} tickets despite the article).` });
  }
  if (data.knowledge_base.hygiene.findings > 0) {
    items.push({ importance: 'medium', source: 'knowledge-base', text: `Work through ${data.knowledge_base.hygiene.findings} hygiene findings with their owners (kb hygiene).` });
  }
  return items.sort((a, b) => (a.importance === b.importance ? 0 : a.importance === 'high' ? -1 : 1));
}
