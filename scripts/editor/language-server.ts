/**
 * The language server for editors: unified-language-server with remark,
 * set up exactly as remark-language-server sets it up (`.remarkrc*`
 * configuration, `.remarkignore`, `remarkConfig` in package.json), so the
 * project's `.remarkrc.mjs` loads the kb preset and writers see the same
 * messages as `kb lint` while typing, with quick fixes.
 */
import { remark } from 'remark';
import { createUnifiedLanguageServer } from 'unified-language-server';

/** Starts the server on the connection the editor gave (`--stdio`, `--node-ipc` or `--socket=N`). */
export function startLanguageServer(): void {
  process.title = 'kb-language-server';
  createUnifiedLanguageServer({
    configurationSection: 'remark',
    defaultProcessor: remark,
    ignoreName: '.remarkignore',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
    processorName: 'remark',
    processorSpecifier: 'remark',
    rcName: '.remarkrc',
  });
}
