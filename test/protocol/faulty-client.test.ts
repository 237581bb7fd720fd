// A faulty client: every malformed message is logged and ignored, the server keeps answering, and a broken message
// frame ends the process instead of leaving it waiting forever.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

describe('language server under a faulty client', function () {
  this.timeout(30000);
  let folder: string;
  let server: ServerUnderTest;
  const uri = (relative: string) => pathToFileURL(path.join(folder, relative)).href;
  const broker = '192.168.40.14/broker/server.properties';

  /** The server still answers a request and still validates after whatever was sent before. */
  async function stillServing(): Promise<void> {
    const hover = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(broker) },
      position: { line: 1, character: 3 },
    })) as { contents: { value: string } } | null;
    assert.ok(hover && /process\.roles/i.test(hover.contents.value), 'hover still answers');
    assert.equal(server.process.exitCode, null, 'the process is alive');
  }

  beforeEach(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-faulty-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), folder, { recursive: true });
    server = await startLanguageServer(folder);
    const text = fs.readFileSync(path.join(folder, broker), 'utf8');
    server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(broker), languageId: 'kafka-properties', version: 1, text },
    });
    await server.waitFor(() => server.log.length >= 0 && server.process.pid !== undefined, 'start');
  });

  afterEach(() => {
    server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const malformedNotifications: [string, unknown][] = [
    ['workspace/didChangeWatchedFiles', null],
    ['workspace/didChangeWatchedFiles', { changes: null }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: null, type: 1 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 42, type: 2 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///tmp/x.properties', type: 'changed' }] }],
    ['workspace/didChangeWatchedFiles', { changes: 'all' }],
    ['workspace/didChangeWorkspaceFolders', null],
    ['workspace/didChangeWorkspaceFolders', { event: null }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: null, removed: [] } }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 7, name: 'x' }], removed: [] } }],
    [
      'textDocument/didOpen',
      {
        textDocument: {
          uri: 'file:///tmp/a/server.properties',
          languageId: 'kafka-properties',
          version: 1,
          text: null,
        },
      },
    ],
    ['textDocument/didOpen', null],
    [
      'textDocument/didOpen',
      { textDocument: { uri: null, languageId: 'kafka-properties', version: 1, text: 'node.id=1' } },
    ],
    [
      'textDocument/didChange',
      { textDocument: { uri: 'file:///tmp/a/server.properties', version: 2 }, contentChanges: null },
    ],
    [
      'textDocument/didChange',
      { textDocument: { uri: 'file:///tmp/a/server.properties', version: 2 }, contentChanges: [{ text: 5 }] },
    ],
    [
      'textDocument/didChange',
      { textDocument: { uri: 'file:///tmp/a/server.properties', version: null }, contentChanges: [{ text: 'x' }] },
    ],
    ['textDocument/didChange', { textDocument: null, contentChanges: [] }],
    ['textDocument/didClose', { textDocument: null }],
    ['textDocument/didClose', null],
    ['textDocument/didSave', { textDocument: { uri: [] } }],
    ['workspace/didChangeConfiguration', null],
  ];

  it('logs and ignores every malformed notification, and keeps serving', async () => {
    for (const [method, params] of malformedNotifications) server.connection.sendNotification(method, params);
    await server.waitFor(
      () => server.log.filter((line) => /malformed/.test(line)).length >= malformedNotifications.length - 2,
      'a log line per malformed message',
    );
    await stillServing();
    // The open document still validates after all of it.
    const text = fs.readFileSync(path.join(folder, broker), 'utf8').replace('node.id=4', 'node.id=6');
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(broker), version: 2 },
      contentChanges: [{ text }],
    });
    await server.waitFor(
      () => (server.latest.get(uri(broker))?.diagnostics ?? []).some((d) => d.code === 'duplicate-node-id'),
      'diagnostics after the bad messages',
    );
  });

  it('keeps the well-formed entries of a watched-files event with malformed ones', async () => {
    const copy = path.join(folder, '192.168.40.11/broker-copy/server.properties');
    fs.mkdirSync(path.dirname(copy));
    fs.writeFileSync(
      copy,
      'process.roles=broker\nnode.id=2\ncontroller.quorum.voters=1@192.168.40.11:9093,3@192.168.40.14:9093,5@192.168.40.18:9093\n',
    );
    server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: null, type: 1 },
        { uri: pathToFileURL(copy).href, type: 1 },
        { uri: 3, type: 1 },
      ],
    });
    await server.waitFor(
      () =>
        (server.latest.get(pathToFileURL(copy).href)?.diagnostics ?? []).some((d) => d.code === 'duplicate-node-id'),
      'the valid entry to be read',
    );
    assert.equal(server.log.filter((line) => /malformed/.test(line)).length, 2);
  });

  it('answers malformed requests with InvalidParams and keeps serving', async () => {
    const requests: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: { uri: uri(broker) }, position: { line: -1, character: 0 } }],
      ['textDocument/completion', { textDocument: null, position: { line: 0, character: 0 } }],
      ['textDocument/definition', { textDocument: { uri: 5 }, position: { line: 0, character: 0 } }],
      [
        'textDocument/rename',
        { textDocument: { uri: uri(broker) }, position: { line: 2, character: 8 }, newName: null },
      ],
      ['textDocument/documentSymbol', {}],
      ['textDocument/foldingRange', { textDocument: 'x' }],
      ['textDocument/semanticTokens/full', null],
      ['textDocument/codeAction', { textDocument: { uri: uri(broker) }, range: null, context: { diagnostics: [] } }],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri: uri(broker) },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          context: { diagnostics: null },
        },
      ],
      ['completionItem/resolve', null],
      ['completionItem/resolve', { label: 'num.io.threads', data: { list: 'x', index: 0 } }],
      ['codeAction/resolve', { data: { fixAll: { uri: uri(broker) } } }],
    ];
    for (const [method, params] of requests) {
      await assert.rejects(
        server.connection.sendRequest(method, params),
        (error: { code: number }) => error.code === -32602,
        method,
      );
    }
    // A kraft diagnostic whose fixes came back mangled is passed by, not trusted.
    const mangled = {
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
      message: 'm',
      source: 'kraft',
      code: 'unknown-key',
      data: { fixes: [{ title: 't', edits: null }] },
    };
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(broker) },
      range: mangled.range,
      context: { diagnostics: [mangled] },
    })) as { title: string }[];
    assert.ok(Array.isArray(actions));
    // A fix-all to resolve for a file the server does not know resolves to an empty edit, not an error.
    const unknown = (await server.connection.sendRequest('codeAction/resolve', {
      title: 't',
      data: { fixAll: { uri: 'file:///nowhere/server.properties' } },
    })) as { edit?: { changes?: Record<string, unknown[]> } };
    assert.deepEqual(Object.values(unknown.edit?.changes ?? {}).flat(), []);
    await stillServing();
  });

  it('exits when the message frame is broken instead of waiting forever', async () => {
    server.process.stdin!.write('Content-Type: nothing\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}');
    const code = await Promise.race([
      server.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running'), 5000)),
    ]);
    assert.notEqual(code, 'still running');
  });

  it('survives a body that is not JSON (the frame itself is intact)', async () => {
    const body = '{"jsonrpc":"2.0", this is not json';
    server.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await stillServing();
  });
});
