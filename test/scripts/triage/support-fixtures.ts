/** Builders shared by the support-workflow tests: a config from YAML and tickets from a few fields. */
import { parseConfig } from '../../../plugins/config/load-config.ts';
import { supportSettings, type SupportSettings } from '../../../plugins/config/support-config.ts';
import { ticketSchema, type Ticket, type TicketInput } from '../../../scripts/tickets/ticket-schema.ts';

const base = 'contact:\n  email: help@example.com\n';

/** Support settings from YAML placed under `support:` (empty: every playbook default) and the report time zone. */
export function supportConfig(yaml = '', zone = 'UTC'): SupportSettings {
  const indented = yaml
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
  return supportSettings(parseConfig(`${base}reports:\n  timezone: ${zone}\nsupport:\n${indented || '  {}'}\n`, 'kb.config.yaml'));
}

let next = 0;

/** A canonical ticket: defaults for everything not given. */
export function ticket(fields: Partial<TicketInput> = {}): Ticket {
  next++;
  return ticketSchema.parse({ id: `T${next}`, created_at: '2026-11-16T10:00:00Z', ...fields });
}
