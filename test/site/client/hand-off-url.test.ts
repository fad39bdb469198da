import { describe, expect, it } from 'vitest';
import { handOffUrl } from '../../../site/client/hand-off-url.ts';

const fields = { article: 'invite-your-team', search: 'add staff', session: 'abc12345', subject: 'Invites & seats', details: 'It says the seat limit is reached.' };

describe('handOffUrl', () => {
  it('adds article, last search, session and subject to the helpdesk form URL, keeping its own parameters', () => {
    const url = new URL(handOffUrl('https://helpdesk.example/new?form=7', 'form', fields));
    expect(url.origin + url.pathname).toBe('https://helpdesk.example/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      form: '7',
      article: 'invite-your-team',
      search: 'add staff',
      session: 'abc12345',
      subject: 'Invites & seats',
    });
  });

  it('leaves out an article or search the visitor does not have', () => {
    const url = new URL(handOffUrl('https://helpdesk.example/new', 'form', { ...fields, article: undefined, search: '' }));
    expect([...url.searchParams.keys()]).toEqual(['session', 'subject']);
  });

  it('writes the same fields into the body of a mailto link', () => {
    const link = handOffUrl('mailto:help@example.com', 'email', fields);
    expect(link.startsWith('mailto:help@example.com?subject=Invites%20%26%20seats&body=')).toBe(true);
    const body = decodeURIComponent(link.slice(link.indexOf('&body=') + 6));
    expect(body).toBe('It says the seat limit is reached.\r\n\r\n---\r\nArticle: invite-your-team\r\nLast search: add staff\r\nSession: abc12345');
  });
});
