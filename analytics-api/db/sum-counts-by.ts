/**
 * Adds up rows of additive counts that share a key, such as the rollup rows
 * of pruned days and the raw-event counts of the rest of a range, and
 * returns the totals sorted by key.
 */

/** One row per distinct `row[key]`, with each of `counts` summed; sorted by key. The input rows are not changed. */
export function sumCountsBy<Key extends string, Count extends string, Row extends Record<Key, string> & Record<Count, number>>(
  rows: Iterable<Row>,
  key: Key,
  counts: readonly Count[],
): Row[] {
  const totals = new Map<string, Row>();
  for (const row of rows) {
    const total = totals.get(row[key]);
    if (total === undefined) {
      totals.set(row[key], { ...row });
      continue;
    }
    for (const count of counts) total[count] = (total[count] + row[count]) as Row[Count];
  }
  return [...totals.values()].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
}
