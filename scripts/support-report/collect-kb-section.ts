/**
 * The knowledge-base part of the support report when it runs on its own:
 * the week's content gaps and hygiene, from the modules `kb weekly` uses.
 * A KB that cannot be analysed (no articles folder) gives no KB section
 * rather than no report.
 */
import type { KbConfig } from '../../plugins/config/kb-config-schema.ts';
import { collectGapInputs } from '../gaps/collect-gap-inputs.ts';
import { findGaps } from '../gaps/find-gaps.ts';
import type { GapReport } from '../gaps/gap-report.ts';
import { checkHygiene } from '../hygiene/check-hygiene.ts';
import { collectHygieneInputs } from '../hygiene/collect-hygiene-inputs.ts';
import type { HygieneReport } from '../hygiene/hygiene-report.ts';
import type { ReportPeriod } from '../metrics/report-period.ts';
import type { Warehouse } from '../warehouse/open-warehouse.ts';

/** Gaps and hygiene for the period; null for a part that could not run (with a warning). */
export async function collectKbSection(options: {
  db: Warehouse;
  contentDir: string;
  config: KbConfig;
  period: ReportPeriod;
  warn: (text: string) => void;
}): Promise<{ gaps: GapReport | null; hygiene: HygieneReport | null }> {
  const { db, contentDir, config, period } = options;
  const to = new Date(period.to);
  let gaps: GapReport | null = null;
  let hygiene: HygieneReport | null = null;
  try {
    gaps = findGaps(collectGapInputs({ db, contentDir, config, period: { from: new Date(period.from), to, days: period.days } }));
  } catch (error) {
    options.warn(`Content gaps left out of the report: ${(error as Error).message}\n`);
  }
  try {
    hygiene = checkHygiene(await collectHygieneInputs({ db, contentDir, config, now: to }));
  } catch (error) {
    options.warn(`Hygiene left out of the report: ${(error as Error).message}\n`);
  }
  return { gaps, hygiene };
}
