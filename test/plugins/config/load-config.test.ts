/** The configuration: playbook defaults, and bad files rejected with file, line, key and fix. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../plugins/config/load-config.ts';
import { configProblems as problemsOf } from '../../helpers/config-problems.ts';

const minimal = 'contact:\n  email: help@example.com\n';

describe('kb.config.yaml', () => {
  it('fills every default from the playbook', () => {
    const config = parseConfig(minimal, 'kb.config.yaml');
    expect(config.categories.map((c) => c.id)).toEqual(['getting-started', 'how-to', 'troubleshooting', 'api', 'billing-and-account', 'faq']);
    expect(Object.keys(config.article_types).sort()).toEqual(['faq', 'how-to', 'reference', 'troubleshooting']);
    expect(config.article_types['how-to']?.sections.map((s) => `${s.name}${s.optional ? '?' : ''}`)).toEqual([
      'Quick answer', 'Before you start?', 'Steps', 'Tips?', 'Troubleshooting', 'Related articles', 'Still stuck?',
    ]);
    expect(config.limits).toEqual({
      reading_grade: 8,
      reading: {
        de: { formula: 'wiener-sachtextformel', max: 8 },
        es: { formula: 'fernandez-huerta', min: 70 },
        fr: { formula: 'kandel-moles', min: 60 },
      },
      max_steps: 7,
      related_articles: { min: 3, max: 5 },
      quick_answer_sentences: { min: 1, max: 3 },
      hardest_sentences: 3,
    });
    expect(config.rules['passive-voice']).toBe('warning');
    expect(config.rules['maximum-steps']).toBe('error');
  });

  it('loads the sample configuration', () => {
    const config = loadConfig(path.resolve('content'));
    expect(config.site.product).toBe('Tidyshift');
    expect(config.jargon.length).toBeGreaterThan(0);
  });

  it('rejects a wrong type with line, key and fix', () => {
    expect(problemsOf(`${minimal}limits:\n  reading_grade: eight\n`)).toEqual([
      'kb.config.yaml:4:3  "limits.reading_grade" is "eight", expected a number. Fix: change "limits.reading_grade" to a number.',
    ]);
  });

  it('rejects unknown keys where they are', () => {
    expect(problemsOf(`${minimal}limits:\n  max_step: 5\n`)).toEqual([
      'kb.config.yaml:4:3  Unknown key "max_step" under "limits". Fix: remove it or check its spelling against the documented keys.',
    ]);
    expect(problemsOf(`${minimal}colour: blue\n`)[0]).toMatch(/^kb\.config\.yaml:3:1 {2}Unknown key "colour" at the top level/);
  });

  it('rejects bad values and cross-field mistakes', () => {
    expect(problemsOf(`${minimal}rules:\n  maximum-steps: fatal\n`)[0]).toMatch(/"rules\.maximum-steps" is "fatal", not an allowed value\. Fix: use one of "error", "warning", "info", "off"/);
    expect(problemsOf(`${minimal}limits:\n  related_articles: { min: 6, max: 2 }\n`)[0]).toContain('"limits.related_articles" has min greater than max. Fix: make min at most max.');
    expect(problemsOf(`${minimal}default_type: guide\n`)[0]).toContain('"default_type" does not name an article type. Fix: use one of the keys of article_types.');
    expect(problemsOf('site:\n  name: Help\n')[0]).toContain('"contact" has no channel. Fix: set contact.form_url or contact.email');
    expect(problemsOf(`${minimal}categories:\n  - id: Billing Stuff\n    title: Billing\n`)[0]).toMatch(/kb\.config\.yaml:4:5 {2}"categories\[0\]\.id" is "Billing Stuff", which does not have the expected form\. Fix: use lowercase words joined by hyphens/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf('contact: [\n')[0]).toMatch(/^kb\.config\.yaml:\d+:\d+ {2}YAML does not parse: /);
  });

  it('says how to fix a missing file', () => {
    expect(() => loadConfig('/nonexistent/kb')).toThrow(/no configuration file\. Fix: create it/);
  });
});
