/** Every built-in importer, in the order detection tries them (the Explore shape before the CSV export it resembles). */
import { freshdeskCsv } from './freshdesk-csv.ts';
import { freshdeskJson } from './freshdesk-json.ts';
import { helpscoutJson } from './helpscout-json.ts';
import type { CsvImporter, JsonImporter } from './importer.ts';
import { intercomJson } from './intercom-json.ts';
import { zendeskCsv } from './zendesk-csv.ts';
import { zendeskExploreCsv } from './zendesk-explore-csv.ts';
import { zendeskJson } from './zendesk-json.ts';

export const csvImporters: readonly CsvImporter[] = [zendeskExploreCsv, zendeskCsv, freshdeskCsv];
export const jsonImporters: readonly JsonImporter[] = [zendeskJson, freshdeskJson, helpscoutJson, intercomJson];
