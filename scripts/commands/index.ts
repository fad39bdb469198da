/** Every `kb` subcommand; each file registers one command (or one group). */
import type { Command } from 'commander';
import { registerAnalyticsPull } from '../analytics-pull/register-analytics-pull.ts';
import { registerAnalytics } from './analytics.ts';
import { registerBuild } from './build.ts';
import { registerGaps } from './gaps.ts';
import { registerHygiene } from './hygiene.ts';
import { registerLanguageServer } from './language-server.ts';
import { registerLint } from './lint.ts';
import { registerServe } from './serve.ts';
import { registerStart } from './start.ts';
import { registerTickets } from './tickets.ts';
import { registerWeekly } from './weekly.ts';
import { registerTriage } from './triage.ts';
import { registerMetrics } from './metrics.ts';
import { registerReport } from './report.ts';
import { registerChurn } from './churn.ts';
import { registerVoc } from './voc.ts';
import { registerStaffing } from './staffing.ts';
import { registerSuggest } from './suggest.ts';
import { registerTemplates } from './templates.ts';
import { registerSynonyms } from './synonyms.ts';
import { registerContact } from './contact.ts';

export const commands: Array<(program: Command) => void> = [registerLint, registerLanguageServer, registerBuild, registerServe, registerStart, registerContact, registerAnalytics, registerAnalyticsPull, registerTickets, registerTriage, registerMetrics, registerReport, registerChurn, registerVoc, registerStaffing, registerSuggest, registerTemplates, registerGaps, registerHygiene, registerSynonyms, registerWeekly];
