/**
 * Which page numbers a pager shows: the first, the last, and two either
 * side of the current one, with gaps (`null`) where numbers are skipped, so
 * a category of any size gets a short pager.
 */
export function pageWindow(current: number, last: number, spread = 2): Array<number | null> {
  const shown: Array<number | null> = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= spread) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
