/**
 * The stages of the reports benchmark, in order. Each stage gets the shared
 * context (the benchmark folder with `tickets.csv`, `analytics.db` and the
 * warehouse `kb.db`, the KB, the fixed "now") and returns its figures;
 * seconds are measured around it. Add a stage by appending to the list:
 * triage or metrics over the same warehouse fit in the same way.
 */
import path from 'node:path';
import { loadConfig } from '../../../plugins/config/load-config.ts';
import { pullFromDatabase } from '../../analytics-pull/pull-events.ts';
import { collectGapInputs } from '../../gaps/collect-gap-inputs.ts';
import { findGaps } from '../../gaps/find-gaps.ts';
import { checkHygiene } from '../../hygiene/check-hygiene.ts';
import { collectHygieneInputs } from '../../hygiene/collect-hygiene-inputs.ts';
import { importTickets } from '../../tickets/import-tickets.ts';
import { openWarehouse } from '../../warehouse/open-warehouse.ts';
import { supportSettings } from '../../../plugins/config/support-config.ts';
import { listTickets } from '../../warehouse/list-tickets.ts';
import type { Ticket } from '../../tickets/ticket-schema.ts';
import { writeFileSync } from 'node:fs';
import { labelWarehouseTickets } from '../../triage/model/read-labelled-tickets.ts';
import { detectLanguages, trainModel } from '../../triage/model/train-model.ts';
import { loadTriageModel } from '../../triage/model/triage-model.ts';
import { triageStage, weekMetricsStage } from '../support.ts';

/** What every stage sees. `state` carries values between stages. */
export interface StageContext {
  dir: string;
  contentDir: string;
  now: Date;
  state: Map<string, unknown>;
}

/** One measured step. */
export interface ReportStage {
  name: string;
  /**
   * Stages with the same process name run in one worker process (they share
   * `state`); every other stage gets a fresh process, as each `kb` command
   * does, so its peak memory is its own.
   */
  process?: string;
  run(context: StageContext): Promise<Record<string, number>>;
}

const DAY_MS = 86_400_000;
const warehouseOf = (context: StageContext) => path.join(context.dir, 'kb.db');

/** Every ticket of the benchmark's warehouse, as `kb triage --db` reads them. */
function warehouseTickets(context: StageContext): Ticket[] {
  const db = openWarehouse(warehouseOf(context));
  try {
    return listTickets(db);
  } finally {
    db.close();
  }
}

export const reportStages: ReportStage[] = [
  {
    name: 'import',
    async run(context) {
      const db = openWarehouse(warehouseOf(context));
      try {
        const started = performance.now();
        const summary = await importTickets(db, path.join(context.dir, 'tickets.csv'));
        const seconds = (performance.now() - started) / 1000;
        return { rows: summary.rows, inserted: summary.inserted, skipped: summary.skipped, rows_per_second: Math.round(summary.rows / seconds) };
      } finally {
        db.close();
      }
    },
  },
  {
    // The same number of tickets in the shape of a Zendesk Explore report (durations, placeholders, no text), into a warehouse of its own.
    name: 'import-explore',
    async run(context) {
      const db = openWarehouse(path.join(context.dir, 'kb-explore.db'));
      try {
        const started = performance.now();
        const summary = await importTickets(db, path.join(context.dir, 'explore.csv'), { timezone: 'Asia/Kolkata' });
        const seconds = (performance.now() - started) / 1000;
        return { rows: summary.rows, inserted: summary.inserted, skipped: summary.skipped, rows_per_second: Math.round(summary.rows / seconds) };
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'pull',
    async run(context) {
      const db = openWarehouse(warehouseOf(context));
      try {
        const started = performance.now();
        const result = await pullFromDatabase(db, path.join(context.dir, 'analytics.db'));
        const seconds = (performance.now() - started) / 1000;
        return { events: result.read, inserted: result.inserted, events_per_second: Math.round(result.read / seconds) };
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'gaps',
    async run(context) {
      const db = openWarehouse(warehouseOf(context));
      try {
        const config = loadConfig(context.contentDir);
        // Every imported ticket: the benchmark's history is 90 days.
        const period = { from: new Date(context.now.getTime() - 90 * DAY_MS), to: context.now, days: 90 };
        const report = findGaps(collectGapInputs({ db, contentDir: context.contentDir, config, period }));
        return { tickets: report.tickets, topics: report.topics.length, zero_result_topics: report.zero_result_topics.length, unclustered: report.unclustered };
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'hygiene',
    async run(context) {
      const db = openWarehouse(warehouseOf(context));
      try {
        const config = loadConfig(context.contentDir);
        const report = checkHygiene(await collectHygieneInputs({ db, contentDir: context.contentDir, config, now: context.now }));
        return { articles: report.articles, findings: report.findings.length };
      } finally {
        db.close();
      }
    },
  },
  {
    // Trains a category model on every warehouse ticket, as `kb triage train --db kb.db --label category` does (target ≤ 60 s, ≤ 1 GB).
    name: 'train',
    async run(context) {
      const tickets = warehouseTickets(context);
      const support = supportSettings(loadConfig(context.contentDir));
      const started = performance.now();
      const input = labelWarehouseTickets(tickets, 'category', 'kb.db');
      const { model } = trainModel(input.tickets, detectLanguages(input.tickets, support), 'category', support, 'kb.db');
      const text = JSON.stringify(model);
      writeFileSync(path.join(context.dir, 'model.json'), text);
      return { tickets: input.tickets.length, labels: model.labels.length, train_only_seconds: (performance.now() - started) / 1000, model_mb: text.length / 2 ** 20 };
    },
  },
  {
    // Reads every ticket from the warehouse (as `kb triage --db` does), then triages them all with language detection (target ≤ 10 s).
    name: 'triage',
    process: 'support',
    async run(context) {
      const tickets = warehouseTickets(context);
      context.state.set('tickets', tickets);
      const support = supportSettings(loadConfig(context.contentDir));
      const result = triageStage(tickets, support, context.now.getTime());
      return { tickets: result.tickets, p0: result.p0, triage_only_seconds: result.seconds, triage_cpu_seconds: result.cpu_seconds };
    },
  },
  {
    // The dashboard of the last complete week over every ticket (target ≤ 5 s).
    name: 'week-metrics',
    process: 'support',
    async run(context) {
      const tickets = context.state.get('tickets') as Ticket[];
      const result = weekMetricsStage(tickets, supportSettings(loadConfig(context.contentDir)), context.now.getTime());
      return { received: result.received };
    },
  },
  {
    // The same triage with the trained model as evidence (support.triage_model), target ≤ 10 s; its own process, so its peak is its own.
    name: 'triage-model',
    async run(context) {
      const tickets = warehouseTickets(context);
      const support = supportSettings(loadConfig(context.contentDir));
      const model = loadTriageModel(path.join(context.dir, 'model.json'), support);
      const result = triageStage(tickets, support, context.now.getTime(), model);
      return { tickets: result.tickets, p0: result.p0, triage_only_seconds: result.seconds, triage_cpu_seconds: result.cpu_seconds };
    },
  },
];
