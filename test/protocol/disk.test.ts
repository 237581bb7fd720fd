// The server's disk access under a hostile workspace: FIFOs and a link to /dev/zero named server.properties, and a
// link loop. Watched-file events for them must neither block file validation nor grow memory, and the loop must not
// make phantom nodes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

describe('language server: hostile files on disk', function () {
  this.timeout(30000);
  let server: ServerUnderTest;
  let workspace: string;
  const uri = (relative: string) => pathToFileURL(path.join(workspace, relative)).href;
  const codesOf = (relative: string) => (server.latest.get(uri(relative))?.diagnostics ?? []).map((d) => d.code);
  const waitFor = (predicate: () => boolean, what: string) => server.waitFor(predicate, what, 15000);

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-disk-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), workspace, { recursive: true });
    // One finding, so that the file is published and its findings can be compared.
    fs.appendFileSync(path.join(workspace, '192.168.40.11/broker/server.properties'), 'my.plugin.setting=1\n');
    // ISO-8859-1 bytes: Kafka reads them exactly, so the non-ascii finding is advice (information), not a warning.
    fs.appendFileSync(
      path.join(workspace, '192.168.40.18/broker/server.properties'),
      Buffer.from('sasl.kerberos.service.name=k\u00e4fka\n', 'latin1'),
    );
    for (const name of ['fifo-1', 'fifo-2', 'fifo-3', 'fifo-4']) {
      fs.mkdirSync(path.join(workspace, name));
      spawnSync('mkfifo', [path.join(workspace, name, 'server.properties')]);
    }
    fs.mkdirSync(path.join(workspace, 'zero'));
    fs.symlinkSync('/dev/zero', path.join(workspace, 'zero/server.properties'));
    fs.symlinkSync('.', path.join(workspace, 'self'));
    server = await startLanguageServer(workspace, { workspace: { configuration: true } });
  });

  after(() => {
    server?.stop();
  });

  it('indexes the real files once despite the link loop (no phantom duplicate node ids)', async () => {
    await waitFor(
      () => server.latest.has(uri('192.168.40.11/broker/server.properties')),
      'diagnostics of the real files',
    );
    assert.deepEqual(codesOf('192.168.40.11/broker/server.properties'), ['unknown-key']);
    assert.ok(![...server.latest.keys()].some((key) => key.includes('/self/')), 'nothing published under the loop');
    await waitFor(() => server.latest.has(uri('192.168.40.18/broker/server.properties')), 'the Latin-1 file');
    const latin1 = server.latest.get(uri('192.168.40.18/broker/server.properties'))!.diagnostics;
    assert.deepEqual(
      latin1.map((d) => [d.code, d.severity]),
      [['non-ascii', 3]],
    );
  });

  it('watched-file events for FIFOs and /dev/zero do not stop validation of real files', async () => {
    const hostile = ['fifo-1', 'fifo-2', 'fifo-3', 'fifo-4', 'zero'].map((dir) => ({
      uri: uri(`${dir}/server.properties`),
      type: 2,
    }));
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: hostile });
    const file = path.join(workspace, '192.168.40.14/broker/server.properties');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^node\.id=.*$/m, 'node.id=abc'));
    server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('192.168.40.14/broker/server.properties'), type: 2 }],
    });
    await waitFor(
      () => codesOf('192.168.40.14/broker/server.properties').length > 0,
      'the edited file to be validated again',
    );
    if (!fs.existsSync(`/proc/${server.process.pid}/status`)) return;
    const memory = Number(
      fs.readFileSync(`/proc/${server.process.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0,
    );
    assert.ok(memory < 500 * 1024, `server memory stays bounded (${memory} kB)`);
  });
});
