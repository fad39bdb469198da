/**
 * The `{name}` placeholders of interface words, on their own so a browser
 * script can fill them without bundling every locale's English text.
 */

const placeholder = /\{([a-z_]+)\}/g;

/** The placeholders a text uses: "We answer {time}." → ["time"]. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(placeholder)].map((m) => m[1] as string).sort();
}

/** Fills `{name}` placeholders: fill("We answer {time}.", { time: "today" }). */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(placeholder, (whole, name: string) => values[name] ?? whole);
}

/**
 * The text split at its placeholders, each replaced by its value, for a
 * value that is an element (a link, `<code>`): "We answer {time}." with
 * `time` → ["We answer ", value, "."]. An unknown placeholder stays as written.
 */
export function fillParts<T>(text: string, values: Readonly<Record<string, T>>): Array<string | T> {
  const parts: Array<string | T> = [];
  let at = 0;
  for (const match of text.matchAll(placeholder)) {
    const value = values[match[1] as string];
    if (value === undefined) continue;
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(value);
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
