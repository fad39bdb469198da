/**
 * Text for a terminal: escape sequences (colours, cursor moves, window
 * titles, hyperlinks) and other control characters removed, so a ticket id
 * or subject cannot repaint the screen or hide text. Bidi overrides go too:
 * they reorder what a reader sees.
 */

// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences, and the 8-bit CSI.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without escape sequences and control characters; tabs and line breaks stay unless `inline`. */
export function terminalText(text: string, options: { inline?: boolean } = {}): string {
  const clean = text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
  return options.inline ? clean.replace(/[\t\n]+/g, ' ') : clean;
}
