/**
 * What "send" opens on the contact page. The article, the last search and
 * the anonymous session travel with the ticket so it joins back to the
 * analytics of the visit that led to it.
 */

export interface HandOff {
  article?: string;
  search: string;
  session: string;
  subject: string;
  details: string;
}

/** The address the send button opens: the helpdesk form with query parameters, or a mailto link with the fields in the body. */
export function handOffUrl(action: string, channel: 'form' | 'email', fields: HandOff): string {
  if (channel === 'form') {
    const url = new URL(action);
    if (fields.article) url.searchParams.set('article', fields.article);
    if (fields.search) url.searchParams.set('search', fields.search);
    url.searchParams.set('session', fields.session);
    url.searchParams.set('subject', fields.subject);
    return url.href;
  }
  const lines = [fields.details, '', '---', `Article: ${fields.article ?? '(none)'}`, `Last search: ${fields.search || '(none)'}`, `Session: ${fields.session}`];
  // RFC 6068: line breaks in a mailto body are CRLF.
  return `${action}?subject=${encodeURIComponent(fields.subject)}&body=${encodeURIComponent(lines.join('\r\n').trimStart())}`;
}
