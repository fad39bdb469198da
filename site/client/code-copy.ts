/** A "Copy" button on every code block of the article (`div.code-block`, see `lib/markdown/code-highlight.ts`). */
import { copyText } from './copy-text.ts';

export function mountCodeCopy(root: ParentNode): void {
  for (const block of root.querySelectorAll<HTMLElement>('.code-block')) {
    const code = block.querySelector('code');
    if (!code) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    const language = block.dataset.language;
    button.setAttribute('aria-label', language ? `Copy the ${language} code` : 'Copy the code');
    button.addEventListener('click', async () => {
      if (await copyText(code.textContent ?? '', 'Code copied to the clipboard.')) {
        button.textContent = 'Copied';
        setTimeout(() => (button.textContent = 'Copy'), 2000);
      }
    });
    block.append(button);
  }
}
