import { describe, expect, it } from 'vitest';
import { frontCode, frontDecode } from '../../../plugins/text/front-coding.ts';

describe('front coding', () => {
  it('writes each word as the letters it shares with the one before and the rest, and reads it back', () => {
    const words = ['cancel', 'canceled', 'canceling', 'cancellation', 'cancellations', 'home', 'homeless'];
    expect(frontCode(words).split('\n').slice(0, 3)).toEqual(['0cancel', '6ed', '6ing']);
    expect(frontDecode(frontCode(words))).toEqual(words);
    expect(frontDecode(frontCode([]))).toEqual([]);
  });

  it('shares at most nine letters, so the count is one digit', () => {
    const words = ['internationalisation', 'internationalization'];
    expect(frontCode(words).split('\n')[1]).toBe('9onalization');
    expect(frontDecode(frontCode(words))).toEqual(words);
  });
});
