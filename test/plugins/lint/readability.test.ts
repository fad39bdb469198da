/** The document-level Flesch-Kincaid grade and what counts as prose. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../plugins/lint/lint-files.ts';
import { fleschKincaid } from '../../../plugins/lint/readability.ts';

const linter = createLinter({ contentDir: path.resolve('test/fixtures/kb') });
const file = path.resolve('test/fixtures/kb/articles/how-to/readability.mdx');

async function gradeMessage(text: string): Promise<string | undefined> {
  const result = await linter.lintText(text, file);
  return result.messages.find((m) => m.ruleId === 'readability-grade' && m.severity === 'error')?.message;
}

describe('readability', () => {
  it('computes the Flesch-Kincaid formula', () => {
    // 0.39 × (20 / 2) + 11.8 × (30 / 20) − 15.59 = 3.9 + 17.7 − 15.59
    expect(fleschKincaid({ words: 20, sentences: 2, syllables: 30, polysyllables: 0, monosyllables: 0, longWords: 0 })).toBeCloseTo(6.01, 2);
    expect(fleschKincaid({ words: 0, sentences: 0, syllables: 0, polysyllables: 0, monosyllables: 0, longWords: 0 })).toBe(0);
  });

  it('weighs the whole document, so short steps do not hide a long paragraph', async () => {
    const long = 'Administrators configuring organizational notification preferences must understand the consequences of every individual configuration alternative available.';
    expect(await gradeMessage(`${long}\n\n1. Open it.\n2. Tap it.\n`)).toMatch(/^Reading grade \d+\.\d, expected 8 or below/);
  });

  it('leaves out code, headings, bold UI labels, kbd, URLs and product names', async () => {
    const text = [
      '## Configuration of organizational notification administration',
      '',
      'Open **Organizational Notification Administration Preferences** and press <kbd>Configuration</kbd>.',
      '',
      'Visit <https://administration.example.com/organizational/configuration> to see it.',
      '',
      'Tidyshift Tidyshift Tidyshift shows it.',
      '',
      '```sh',
      'curl --configuration organizational-administration',
      '```',
      '',
      'Use `organizationalConfigurationAdministration` here.',
      '',
    ].join('\n');
    expect(await gradeMessage(text)).toBeUndefined();
  });

  it('checks the summary on its own, at its line', async () => {
    const text = '---\nsummary: Comprehensive administrative configuration necessitates organizational authorization.\n---\n\nOpen it.\n';
    const result = await linter.lintText(text, file);
    const summary = result.messages.find((m) => m.message.startsWith('Summary reads at grade'));
    expect(summary?.line).toBe(2);
  });
});

describe('grade formatting', () => {
  it('never shows a failing grade as the limit', async () => {
    const { formatGrade } = await import('../../../plugins/lint/readability.ts');
    expect(formatGrade(8.04, 8)).toBe('8.04');
    expect(formatGrade(8.0004, 8)).toBe('8.0004');
    expect(formatGrade(9.26, 8)).toBe('9.3');
    expect(formatGrade(7.96)).toBe('8.0');
  });
});
