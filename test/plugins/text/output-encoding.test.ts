import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../plugins/text/csv-cell.ts';
import { escapeMarkdown } from '../../../plugins/text/escape-markdown.ts';
import { terminalText } from '../../../plugins/text/terminal-text.ts';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script\\>alert\\(1\\)&lt;/script\\>'],
    ['![x](https://evil.example/p.png)', '\\!\\[x\\]\\(https\u200b://evil.example/p.png\\)'],
    ['[click](javascript:alert(1))', '\\[click\\]\\(javascript\u200b:alert\\(1\\)\\)'],
    ['@octocat please', '@\u200boctocat please'],
    ['a | b', 'a \\| b'],
    ['# not a heading', '\\# not a heading'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['line\nbreak\r\n\u001b[31mred', 'line break red'],
    ['&amp; stays text', '&amp;amp; stays text'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
  it('leaves plain words, numbers and dates as they are', () => {
    expect(escapeMarkdown('Export timesheets for 2026-03-04, 2.5 hours')).toBe('Export timesheets for 2026-03-04, 2.5 hours');
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', '\'=HYPERLINK("https://evil.example","x")'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['-42', '-42'],
    ['+3.5', '+3.5'],
    ['T-1000', 'T-1000'],
  ])('%j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('terminalText', () => {
  it('removes colour, cursor and title sequences and control characters', () => {
    expect(terminalText('a\u001b[2J\u001b[31mb\u001b]0;title\u0007c\u009b1md\u0000e\u202ef')).toBe('abcdef');
    expect(terminalText('keeps\ttabs\nand lines')).toBe('keeps\ttabs\nand lines');
    expect(terminalText('one\ttwo\nthree', { inline: true })).toBe('one two three');
  });
});
