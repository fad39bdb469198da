/** Command-line values shared by the benchmark scripts, checked at the edge. */

/** The benchmarks `npm run bench` knows, in the order it runs them. */
export const BENCHMARKS = ['lint', 'build', 'lighthouse', 'search', 'search-quality', 'api', 'reports'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

/** `--counts 1000,5000`: article counts, ascending, each an integer from 6 (one article per category) to 10,000. */
export function parseCounts(value: string): number[] {
  const counts = value.split(',').map((part) => part.trim());
  const numbers = counts.map(Number);
  const bad = counts.filter((part, i) => !/^\d+$/.test(part) || (numbers[i] as number) < 6 || (numbers[i] as number) > 10_000);
  if (bad.length > 0 || counts.length === 0) throw new Error(`--counts ${value}: expected article counts between 6 and 10000 separated by commas (e.g. 1000,5000).`);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** A whole number from 1 to `max` given to `flag`. */
export function parseWholeNumber(value: string, flag: string, max: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > max) throw new Error(`${flag} ${value}: expected a whole number from 1 to ${max}.`);
  return Number(value);
}

/** `--runs N`: rounds of a comparison, 1 to 50. */
export function parseRuns(value: string): number {
  return parseWholeNumber(value, '--runs', 50);
}

/** Parses command-line values; a bad one ends the script with its message (exit code 2) rather than a stack trace. */
export function readOptions<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}

/** `--only build,lighthouse`: a subset of the benchmarks, in run order; all of them without a value. */
export function parseOnly(value: string | undefined): BenchmarkName[] {
  if (value === undefined || value.trim() === '') return [...BENCHMARKS];
  const wanted = value.split(',').map((part) => part.trim());
  const unknown = wanted.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--only ${value}: unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}.`);
  return BENCHMARKS.filter((name) => wanted.includes(name));
}
