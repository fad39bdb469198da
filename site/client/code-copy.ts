/** A "Copy" button on every code block of the article (`div.code-block`, see `lib/markdown/code-highlight.ts`). */
import { copyText } from './copy-text.ts';
import { uiText } from './ui-text.ts';

export function mountCodeCopy(root: ParentNode): void {
  for (const block of root.querySelectorAll<HTMLElement>('.code-block')) {
    const code = block.querySelector('code');
    if (!code) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = uiText('copy');
    const language = block.dataset.language;
    button.setAttribute('aria-label', language ? uiText('copy_code_in', { language }) : uiText('copy_code'));
    button.addEventListener('click', async () => {
      if (await copyText(code.textContent ?? '', uiText('code_copied'))) {
        button.textContent = uiText('copied');
        setTimeout(() => (button.textContent = uiText('copy')), 2000);
      }
    });
    block.append(button);
  }
}
