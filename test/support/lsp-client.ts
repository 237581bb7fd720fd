// Starts the built language server over stdio and speaks LSP to it, as an editor does (protocol tests, benchmark).
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { REPO } from './engine';

export interface PublishedDiagnostics {
  uri: string;
  diagnostics: {
    code: string;
    message: string;
    severity: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

export interface ServerUnderTest {
  process: ChildProcess;
  connection: MessageConnection;
  /** The last diagnostics published per URI. */
  latest: Map<string, PublishedDiagnostics>;
  /** Everything the server logged on the client's output channel (window/logMessage). */
  log: string[];
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): void;
}

/** `prepare` registers a test's own handlers before the connection listens, so no early notification is missed. */
export async function startLanguageServer(
  folder: string,
  capabilities: Record<string, unknown> = { workspace: { configuration: true, workspaceFolders: true } },
  prepare: (connection: MessageConnection) => void = () => undefined,
): Promise<ServerUnderTest> {
  const child = spawn(process.execPath, [path.join(REPO, 'server/out/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const latest = new Map<string, PublishedDiagnostics>();
  const log: string[] = [];
  let waiters: (() => void)[] = [];
  const wake = () => {
    const pending = waiters;
    waiters = [];
    pending.forEach((resolve) => resolve());
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
    latest.set(params.uri, params);
    wake();
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    log.push(params.message);
    wake();
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onError(() => undefined);
  prepare(connection);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
    capabilities,
    locale: 'en',
  });
  connection.sendNotification('initialized', {});
  return {
    process: child,
    connection,
    latest,
    log,
    exited,
    async waitFor(predicate, what, timeoutMs = 10000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    stop() {
      connection.dispose();
      child.kill();
    },
  };
}
