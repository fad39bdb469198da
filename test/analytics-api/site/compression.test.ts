import { describe, expect, it } from 'vitest';
import { chooseEncoding, isCompressible } from '../../../analytics-api/site/compression.ts';

describe('chooseEncoding', () => {
  it('prefers Brotli, honours q=0 and wildcards, and sends plain bodies when nothing fits', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });

  it('compresses text worth it, never Pagefind’s own compressed files or images', () => {
    expect(isCompressible('.html', 4000)).toBe(true);
    expect(isCompressible('.js', 100)).toBe(false);
    expect(isCompressible('.pf_fragment', 4000)).toBe(false);
    expect(isCompressible('.png', 4000)).toBe(false);
  });
});
