/**
 * Browser privacy signals: `DNT: 1` (Do Not Track) and `Sec-GPC: 1` (Global
 * Privacy Control). Which of them the API honours is configurable.
 */
import type { DropReason } from '../db/save-dropped-counts.ts';

export interface OptOutPolicy {
  respectDnt: boolean;
  respectGpc: boolean;
}

/** The reason to drop a request's events, or undefined to store them. */
export function optOutReason(headers: { get(name: string): string | null }, policy: OptOutPolicy): DropReason | undefined {
  if (policy.respectGpc && headers.get('sec-gpc')?.trim() === '1') return 'gpc';
  if (policy.respectDnt && headers.get('dnt')?.trim() === '1') return 'dnt';
  return undefined;
}
