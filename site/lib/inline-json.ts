/** JSON for an inline `<script type="application/…json">`: "<" is escaped so no text can close the script. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
