/**
 * Copies text to the clipboard and says so in the page's status line
 * (read by screen readers). Falls back to selecting a hidden field when the
 * Clipboard API is refused (an insecure origin, an old browser).
 */
import { uiText } from './ui-text.ts';

export async function copyText(text: string, announce: string): Promise<boolean> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.append(field);
    field.select();
    copied = document.execCommand('copy');
    field.remove();
  }
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = copied ? announce : uiText('copy_failed');
  return copied;
}
