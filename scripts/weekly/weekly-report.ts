/** The weekly KB report: lint summary, content gaps and hygiene for one ISO week. */
import type { GapJson, GapReport } from '../gaps/gap-report.ts';
import type { HygieneReport } from '../hygiene/hygiene-report.ts';
import type { SynonymReport } from '../synonyms/run-synonyms.ts';
import type { LintSummary } from './lint-summary.ts';
import type { LocaleSplitRow } from './locale-split.ts';
import type { WeeklyChartData } from './weekly-charts.ts';

export interface WeeklyReport {
  week: string;
  period: { from: string; to: string };
  generated_at: string;
  lint: LintSummary;
  gaps: GapReport;
  hygiene: HygieneReport;
  /** Top synonym suggestions from the 30 days up to the week's end (`kb synonyms`). */
  synonyms: SynonymReport;
  /** Views, votes, searches and deflection per locale of the help center, the default first. */
  locales: LocaleSplitRow[];
  charts: WeeklyChartData;
}

/** The `report.json` shape: gaps in their public JSON form. */
export interface WeeklyJson extends Omit<WeeklyReport, 'gaps'> {
  gaps: GapJson;
}
