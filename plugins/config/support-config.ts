/**
 * The support-workflow part of `kb.config.yaml`: priorities, SLAs, routing,
 * escalation, metrics, churn and staffing (PLAYBOOK.md §2-3).
 */

export const supportConfigShape = {};
