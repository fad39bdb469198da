/**
 * What a target said, in one line for `kb contact status`: the HTTP status
 * and the vendor's own error text, read from the error shapes Zendesk
 * (`error`, `description`, `details`), Freshdesk (`description`, `errors`)
 * and Help Scout (`message`, `_embedded.errors`) document, or the start of
 * the body for anything else.
 */
const MAX = 500;

export function vendorMessage(status: number, body: string): string {
  const parsed = parseJson(body);
  const parts: string[] = [];
  if (parsed && typeof parsed === 'object') {
    const record = parsed as Record<string, unknown>;
    for (const key of ['error', 'title', 'message', 'description']) {
      const value = record[key];
      if (typeof value === 'string' && value !== '' && !parts.includes(value)) parts.push(value);
      else if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') parts.push((value as { message: string }).message);
    }
    parts.push(...fieldErrors(record.errors), ...fieldErrors((record._embedded as Record<string, unknown> | undefined)?.errors), ...detailErrors(record.details));
  }
  const text = parts.length > 0 ? parts.join(': ') : body.replace(/\s+/g, ' ').trim();
  return `HTTP ${status}${text ? `: ${text}` : ''}`.slice(0, MAX);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fieldErrors(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 5).flatMap((item) => {
    if (!item || typeof item !== 'object') return typeof item === 'string' ? [item] : [];
    const e = item as Record<string, unknown>;
    const where = e.field ?? e.path;
    const what = e.message ?? e.description;
    return typeof what === 'string' ? [typeof where === 'string' ? `${where} ${what}` : what] : [];
  });
}

function detailErrors(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.values(value as Record<string, unknown>)
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .slice(0, 5)
    .flatMap((item) => (item && typeof (item as { description?: unknown }).description === 'string' ? [(item as { description: string }).description] : []));
}
