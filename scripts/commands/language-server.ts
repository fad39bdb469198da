/** `kb language-server`: the remark language server with the kb preset, for editors without the remark extension. */
import type { Command } from 'commander';

export function registerLanguageServer(program: Command): void {
  program
    .command('language-server')
    .description('Run the editor language server (LSP) that shows kb lint messages while writing, with quick fixes.')
    .option('--stdio', 'talk LSP over standard input and output (what editors use)')
    .option('--node-ipc', 'talk LSP over Node IPC')
    .allowUnknownOption(true)
    .addHelpText('after', '\nConfigure your editor to start `npx kb language-server --stdio` for Markdown and MDX files (see the README).')
    .action(async () => {
      const { startLanguageServer } = await import('../editor/language-server.ts');
      startLanguageServer();
    });
}
