import { describe, expect, it } from 'vitest';
import { BENCHMARKS, parseCounts, parseOnly, parseRuns, parseWholeNumber } from '../../../../scripts/bench/lib/bench-options.ts';

describe('benchmark options', () => {
  it('reads article counts, sorted and without repeats', () => {
    expect(parseCounts('5000,1000')).toEqual([1000, 5000]);
    expect(parseCounts(' 1000 ')).toEqual([1000]);
    expect(parseCounts('1000,1000')).toEqual([1000]);
  });

  it('rejects counts it cannot generate, saying what it expects', () => {
    expect(() => parseCounts('5')).toThrow('--counts 5: expected article counts between 6 and 10000');
    expect(() => parseCounts('1k')).toThrow('--counts 1k');
    expect(() => parseCounts('20000')).toThrow('--counts 20000');
    expect(() => parseCounts('')).toThrow('--counts');
  });

  it('reads runs as a whole number from 1 to 50', () => {
    expect(parseRuns('3')).toBe(3);
    expect(() => parseRuns('0')).toThrow('--runs 0: expected a whole number from 1 to 50.');
    expect(parseWholeNumber('600', '--api-duration', 3600)).toBe(600);
    expect(() => parseWholeNumber('2.5', '--api-duration', 3600)).toThrow('--api-duration 2.5: expected a whole number from 1 to 3600.');
  });

  it('picks a subset of the benchmarks in run order, all of them by default', () => {
    expect(parseOnly(undefined)).toEqual([...BENCHMARKS]);
    expect(parseOnly('lighthouse, build')).toEqual(['build', 'lighthouse']);
    expect(() => parseOnly('build,speed')).toThrow('unknown benchmark speed; choose from lint, build, lighthouse, search, search-quality, api, reports.');
    expect(parseOnly('search-quality,lint')).toEqual(['lint', 'search-quality']);
  });
});
