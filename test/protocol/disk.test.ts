// The server's disk access under a hostile workspace: FIFOs and a link to /dev/zero named server.properties, and a
// link loop. Watched-file events for them must neither block file validation nor grow memory, and the loop must not
// make phantom nodes.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const REPO = path.resolve(__dirname, '../../..');

interface PublishParams { uri: string; diagnostics: { code: string; severity: number }[] }

describe('language server: hostile files on disk', function () {
  this.timeout(30000);
  let server: ChildProcess;
  let connection: MessageConnection;
  let workspace: string;
  const latest = new Map<string, PublishParams>();
  const uri = (relative: string) => pathToFileURL(path.join(workspace, relative)).href;
  const codesOf = (relative: string) => (latest.get(uri(relative))?.diagnostics ?? []).map((d) => d.code);
  const waitFor = async (predicate: () => boolean, what: string) => {
    const deadline = Date.now() + 15000;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-disk-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), workspace, { recursive: true });
    // One finding, so that the file is published and its findings can be compared.
    fs.appendFileSync(path.join(workspace, '192.168.40.11/broker/server.properties'), 'my.plugin.setting=1\n');
    // ISO-8859-1 bytes: Kafka reads them exactly, so the non-ascii finding is advice (information), not a warning.
    fs.appendFileSync(path.join(workspace, '192.168.40.18/broker/server.properties'), Buffer.from('sasl.kerberos.service.name=k\u00e4fka\n', 'latin1'));
    for (const name of ['fifo-1', 'fifo-2', 'fifo-3', 'fifo-4']) {
      fs.mkdirSync(path.join(workspace, name));
      spawnSync('mkfifo', [path.join(workspace, name, 'server.properties')]);
    }
    fs.mkdirSync(path.join(workspace, 'zero'));
    fs.symlinkSync('/dev/zero', path.join(workspace, 'zero/server.properties'));
    fs.symlinkSync('.', path.join(workspace, 'self'));
    server = spawn(process.execPath, [path.join(REPO, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishParams) => latest.set(params.uri, params));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'hostile' }],
      capabilities: { workspace: { configuration: true } },
      locale: 'en',
    });
    connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    server?.kill();
  });

  it('indexes the real files once despite the link loop (no phantom duplicate node ids)', async () => {
    await waitFor(() => latest.has(uri('192.168.40.11/broker/server.properties')), 'diagnostics of the real files');
    assert.deepEqual(codesOf('192.168.40.11/broker/server.properties'), ['unknown-key']);
    assert.ok(![...latest.keys()].some((key) => key.includes('/self/')), 'nothing published under the loop');
    await waitFor(() => latest.has(uri('192.168.40.18/broker/server.properties')), 'the Latin-1 file');
    const latin1 = latest.get(uri('192.168.40.18/broker/server.properties'))!.diagnostics;
    assert.deepEqual(latin1.map((d) => [d.code, d.severity]), [['non-ascii', 3]]);
  });

  it('watched-file events for FIFOs and /dev/zero do not stop validation of real files', async () => {
    const hostile = ['fifo-1', 'fifo-2', 'fifo-3', 'fifo-4', 'zero'].map((dir) => ({ uri: uri(`${dir}/server.properties`), type: 2 }));
    connection.sendNotification('workspace/didChangeWatchedFiles', { changes: hostile });
    const file = path.join(workspace, '192.168.40.14/broker/server.properties');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^node\.id=.*$/m, 'node.id=abc'));
    connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('192.168.40.14/broker/server.properties'), type: 2 }] });
    await waitFor(() => codesOf('192.168.40.14/broker/server.properties').length > 0, 'the edited file to be validated again');
    if (!fs.existsSync(`/proc/${server.pid}/status`)) return;
    const memory = Number(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    assert.ok(memory < 500 * 1024, `server memory stays bounded (${memory} kB)`);
  });
});
