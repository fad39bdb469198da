/** The delivery target for resolved settings. */
import type { ContactTarget } from '../contact-delivery.ts';
import type { ContactSettings, ResolvedTarget } from '../contact-settings.ts';
import { createFreshdeskTarget } from './freshdesk-target.ts';
import { createHelpScoutTarget } from './helpscout-target.ts';
import { createSmtpTarget } from './smtp-target.ts';
import { createWebhookTarget } from './webhook-target.ts';
import { createZendeskTarget } from './zendesk-target.ts';

export function createTarget(target: ResolvedTarget, delivery: ContactSettings['delivery']): ContactTarget {
  switch (target.type) {
    case 'webhook':
      return createWebhookTarget(target);
    case 'zendesk':
      return createZendeskTarget(target);
    case 'freshdesk':
      return createFreshdeskTarget(target);
    case 'helpscout':
      return createHelpScoutTarget(target);
    case 'smtp':
      return createSmtpTarget({ ...target, timeoutMs: delivery.timeoutMs });
  }
}
