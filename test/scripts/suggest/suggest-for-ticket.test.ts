/** Agent assist: the best articles for a ticket and the template for its category or mood. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticleSearch } from '../../../scripts/kb-search/article-search.ts';
import { loadTemplates } from '../../../scripts/suggest/load-templates.ts';
import { suggestForTicket } from '../../../scripts/suggest/suggest-for-ticket.ts';
import { supportConfig, ticket } from '../triage/support-fixtures.ts';

const support = supportConfig();
const search = createArticleSearch(path.resolve('test/fixtures/kb'));
const templates = loadTemplates('content/templates');
const suggest = (fields: Parameters<typeof ticket>[0]) =>
  suggestForTicket({ ticket: ticket(fields), history: [], support, search, templates, siteUrl: 'https://help.example.com/', now: Date.parse('2026-11-16T10:05:00Z') });

describe('kb suggest', () => {
  it('finds the article that answers the ticket and the template for its category', () => {
    const s = suggest({ subject: 'How do I export timesheets?', description: 'I need the timesheets for payroll.' });
    expect(s.articles[0]).toMatchObject({ slug: 'export-timesheets', url: 'https://help.example.com/articles/export-timesheets/' });
    expect(s.articles.length).toBeLessThanOrEqual(3);
    expect(s.template).toMatchObject({ name: 'how-to', title: 'How do I do this?', reason: 'category how-to' });
  });

  it.each([
    ['billing', 'My card was charged twice on the invoice'],
    ['bug-report', 'The app crashes when I save a shift'],
    ['feature-request', 'Feature request: a dark mode'],
    ['at-risk-outreach', 'We want to close our account'],
  ])('uses the %s template', (name, description) => {
    expect(suggest({ subject: 'Help', description }).template.name).toBe(name);
  });

  it('uses the de-escalation template for an angry customer whatever the category', () => {
    const s = suggest({ subject: 'Invoice', description: 'This is unacceptable, you charged my card twice' });
    expect(s.triage.category).toBe('billing');
    expect(s.template).toMatchObject({ name: 'de-escalation', language: 'en', reason: 'the customer sounds angry (angry words "unacceptable")' });
  });

  it('answers in the ticket\'s language when a template exists in it', () => {
    const s = suggest({ subject: 'Frage', description: 'Wie füge ich einen Kollegen zu unserem Team hinzu?' });
    expect(s.triage.language).toBe('de');
    expect(s.template).toMatchObject({ name: 'how-to', language: 'de', title: 'Wie mache ich das?', reason: 'category how-to' });
    const angry = suggest({ subject: 'Rechnung', description: 'Das ist eine Frechheit, Sie haben mir doppelt abgebucht!' });
    expect(angry.template).toMatchObject({ name: 'de-escalation', language: 'de', title: 'Ein verärgerter Kunde' });
  });

  it('falls back to the default language and says so', () => {
    const s = suggest({ subject: 'Question', description: 'Comment puis-je ajouter un collègue à mon équipe ? Merci beaucoup pour votre aide.' });
    expect(s.triage.language).toBe('fr');
    expect(s.template.language).toBe('en');
    expect(s.template.reason).toMatch(/no fr template, so en$/);
  });
});
