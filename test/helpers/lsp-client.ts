/**
 * A minimal LSP client over stdio (vscode-jsonrpc), for testing the
 * language server the way an editor drives it: initialize, open
 * documents, wait for their diagnostics, ask for formatting and quick fixes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  code?: string | number;
  source?: string;
  data?: { expected?: string[] };
}

export interface LspClient {
  /** Opens a document and resolves with the first diagnostics published for it. */
  open(file: string, text: string, languageId?: string): Promise<Diagnostic[]>;
  /** Resolves with the next diagnostics published for a document (after a change or a watched-files event). */
  nextDiagnostics(file: string): Promise<Diagnostic[]>;
  filesChanged(files: Array<{ file: string; type: 1 | 2 | 3 }>): void;
  request<T>(method: string, params: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Starts `command args` as a language server with `root` as the workspace. */
export async function startLspClient(command: string, args: readonly string[], root: string, cwd = root): Promise<LspClient> {
  const child: ChildProcessWithoutNullStreams = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  // The server closes its end on "exit"; a late write must not fail the test run.
  child.stdin.on('error', () => {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, Array<(d: Diagnostic[]) => void>>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    const list = waiting.get(params.uri);
    const resolve = list?.shift();
    if (resolve) resolve(params.diagnostics);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: {} } },
    workspaceFolders: [{ uri: rootUri, name: 'kb' }],
  });
  connection.sendNotification('initialized', {});
  const versions = new Map<string, number>();
  const next = (uri: string) =>
    new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 60 s; server said: ${stderr}`)), 60_000);
      const list = waiting.get(uri) ?? [];
      list.push((d) => {
        clearTimeout(timer);
        resolve(d);
      });
      waiting.set(uri, list);
    });
  return {
    open(file, text, languageId = file.endsWith('.mdx') ? 'mdx' : 'markdown') {
      const uri = pathToFileURL(file).href;
      const diagnostics = next(uri);
      versions.set(uri, 1);
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return diagnostics;
    },
    nextDiagnostics(file) {
      return next(pathToFileURL(file).href);
    },
    filesChanged(files) {
      connection.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: pathToFileURL(f.file).href, type: f.type })) });
    },
    request(method, params) {
      return connection.sendRequest(method, params);
    },
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
      const timer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}
