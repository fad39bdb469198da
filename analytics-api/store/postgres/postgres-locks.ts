/** Keys of the advisory locks the analytics service takes on PostgreSQL (fixed numbers in one namespace). */
export const LOCKS = {
  /** Held by the instance applying migrations; the others wait, then find the schema current. */
  migrate: 7_140_001,
  /** Held for the instant a writer draws its transaction id and event ids. */
  write: 7_140_002,
  /** Held while day partitions are created. */
  partitions: 7_140_003,
  /** Held while a completed day is rolled up. */
  rollup: 7_140_004,
} as const;
