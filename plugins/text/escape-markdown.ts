/**
 * Customer text inside Markdown (reports pasted into a pull request or a
 * chat): it must read as the words it is, never as markup. The Markdown
 * punctuation that makes links, images, emphasis, code, headings and table
 * cells is backslash-escaped, `<` and `&` become entities (no HTML), an
 * `@` before a word gets a zero-width space (no @mentions that notify
 * people), URL schemes lose their colon's meaning (no autolinks, no
 * `javascript:`), and control characters and line breaks go, so the text
 * stays inside its table cell or list item.
 */
import { terminalText } from './terminal-text.ts';

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#!|~>]/g;
const MENTION = /@(?=[\p{L}\p{N}_])/gu;
const SCHEME = /\b(https?|ftp|mailto|javascript|data|vbscript|file|www)(\\?[:.])/giu;

/** `text` as literal inline Markdown. */
export function escapeMarkdown(text: string): string {
  return terminalText(text, { inline: true })
    .replace(/\r/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(MENTION, '@\u200b')
    .replace(SCHEME, '$1\u200b$2');
}
