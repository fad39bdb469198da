/**
 * Real data: the Bitext customer-support requests, labelled with 27
 * intents, imported as tickets with a column map and clustered the way the
 * gap report clusters tickets. Purity: each topic counts its most common
 * intent; tickets in no topic count as one more topic, so leaving hard
 * tickets out cannot raise the score.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { clusterTexts, type TopicCluster } from '../../../scripts/gaps/cluster-topics.ts';
import { reportStopWords } from '../../../scripts/gaps/report-stop-words.ts';
import { ticketText } from '../../../scripts/gaps/ticket-text.ts';
import { loadColumnMap } from '../../../scripts/tickets/column-map.ts';
import { importTickets } from '../../../scripts/tickets/import-tickets.ts';
import { listTickets } from '../../../scripts/warehouse/list-tickets.ts';
import { openWarehouse } from '../../../scripts/warehouse/open-warehouse.ts';

const fixture = (name: string) => new URL(`../../fixtures/bitext/${name}`, import.meta.url).pathname;

// The fictional shop of the dataset sells these account types: plan names, like a KB's `plans`.
const config = parseConfig('site: { product: Shop }\ncontact: { email: help@shop.example }\nplans: [free, freemium, standard, pro, premium, gold, platinum]\n', 'kb.config.yaml');

let topics: TopicCluster[];
let intentOf: Map<string, string>;
let ticketCount: number;

beforeAll(async () => {
  const rows = parse(readFileSync(fixture('customer-support-intents.csv')), { columns: true }) as Array<{ id: string; intent: string }>;
  intentOf = new Map(rows.map((r) => [r.id, r.intent]));
  const db = openWarehouse(':memory:');
  const summary = await importTickets(db, fixture('customer-support-intents.csv'), { format: 'csv', map: loadColumnMap(fixture('column-map.yaml')) });
  expect(summary).toMatchObject({ rows: 4514, inserted: 4514, skipped: 0 });
  const tickets = listTickets(db);
  db.close();
  ticketCount = tickets.length;
  topics = clusterTexts(
    tickets.map((t) => ({ id: t.id, text: ticketText(t) })),
    { stopWords: reportStopWords(config), similarity: config.reports.gaps.cluster_similarity, minSize: 2 },
  );
});

describe('Bitext intents imported as tickets', () => {
  it('clusters into topics that agree with the intent labels (purity >= 0.8)', () => {
    let agreeing = 0;
    const clustered = new Set<string>();
    for (const topic of topics) {
      const counts = new Map<string, number>();
      for (const id of topic.ids) {
        counts.set(intentOf.get(id)!, (counts.get(intentOf.get(id)!) ?? 0) + 1);
        clustered.add(id);
      }
      agreeing += Math.max(...counts.values());
    }
    const rest = new Map<string, number>();
    for (const [id, intent] of intentOf) if (!clustered.has(id)) rest.set(intent, (rest.get(intent) ?? 0) + 1);
    agreeing += Math.max(0, ...rest.values());
    const purity = agreeing / ticketCount;
    const intents = new Set(intentOf.values()).size;
    console.log(
      `Bitext clustering purity: ${purity.toFixed(3)} over ${ticketCount} tickets, ${intents} intents, ${topics.length} topics, ${ticketCount - clustered.size} tickets in no topic`,
    );
    expect(purity).toBeGreaterThanOrEqual(0.8);
    // Not one topic per ticket: purity must come from grouping.
    expect(topics.length).toBeLessThan(ticketCount / 20);
  });

  it('names topics by their key terms', () => {
    const cancel = topics.find((t) => t.label.includes('cancel') && t.label.includes('order'));
    expect(cancel).toBeDefined();
    for (const topic of topics) {
      expect(topic.terms.length).toBeGreaterThan(0);
      const words = topic.label.split(' ');
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
