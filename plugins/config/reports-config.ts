/**
 * The KB-owner reports part of `kb.config.yaml`: hygiene and content-gap
 * thresholds (PLAYBOOK.md §1.3-1.5).
 */

export const reportsConfigShape = {};
