/**
 * Trims a string, collapses runs of white space and cuts it to `max` UTF-16
 * units (so at most `max` characters) without splitting a surrogate pair,
 * so an over-long query or comment is shortened rather than making the API
 * reject the whole batch.
 */
export function clampText(text: string, max: number): string {
  let cut = text.trim().replace(/\s+/g, ' ').slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
