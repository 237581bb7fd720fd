// The cluster requests over stdio: `kraft/clusters`, `kraft/clustersChanged`, and the navigation built on the model
// (references, highlights, code lens, workspace symbols, hover links).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { TopologyModel } from '../../server/src/engine/features/topology';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

describe('cluster requests over stdio', function () {
  this.timeout(20000);
  let server: ServerUnderTest;
  let connection: MessageConnection;
  let workspace: string;
  let changes = 0;
  const uri = (relative: string) => pathToFileURL(path.join(workspace, relative)).href;
  const clusters = () => connection.sendRequest('kraft/clusters', {}) as Promise<TopologyModel>;
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 10000;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const broker = '192.168.40.11/broker/server.properties';
  const controller = '192.168.40.14/controller/server.properties';

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-clusters-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), workspace, { recursive: true });
    server = await startLanguageServer(workspace, { workspace: { configuration: true } }, (early) =>
      early.onNotification('kraft/clustersChanged', () => changes++),
    );
    connection = server.connection;
    await until('the first analysis', async () => changes > 0 || undefined);
  });

  after(() => {
    server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('kraft/clusters returns the cluster of the workspace in client URIs, with hosts, processes and voter edges', async () => {
    const model = await clusters();
    assert.equal(model.clusters.length, 1);
    const [cluster] = model.clusters;
    assert.equal(cluster.size, 6);
    assert.equal(cluster.hosts.length, 3);
    const uris = cluster.hosts.flatMap((host) => host.processes.map((process) => process.uri));
    assert.ok(uris.includes(uri(broker)), uris.join(' '));
    assert.ok(cluster.edges.every((edge) => uris.includes(edge.from) && uris.includes(edge.to)));
    assert.equal(cluster.kafkaVersion.version, '4.3');
    assert.deepEqual(cluster.counts, { errors: 0, warnings: 0, infos: 0 });
  });

  it('an edit that breaks the cluster is announced by kraft/clustersChanged and shows in the model', async () => {
    const before = changes;
    const file = path.join(workspace, broker);
    const text = fs.readFileSync(file, 'utf8').replace(/^node\.id=\d+/m, 'node.id=1');
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(broker), languageId: 'kafka-properties', version: 1, text },
    });
    await until('a change notification', async () => changes > before || undefined);
    const model = await until('the duplicate id in the model', async () => {
      const current = await clusters();
      return current.clusters.some((cluster) => cluster.counts.errors > 0) ? current : undefined;
    });
    const process = model.clusters[0].hosts
      .flatMap((host) => host.processes)
      .find((candidate) => candidate.uri === uri(broker));
    assert.equal(process?.nodeId, 1);
    assert.ok(process?.findings.some((finding) => finding.code === 'duplicate-node-id'));
    connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(broker) } });
    await until('the cluster to be clean again', async () =>
      (await clusters()).clusters[0].counts.errors === 0 ? true : undefined,
    );
  });

  it('no notification when nothing about the clusters changed', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = changes;
    // Touch a file without changing what it says: the model is the same.
    connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: uri(controller),
        languageId: 'kafka-properties',
        version: 1,
        text: fs.readFileSync(path.join(workspace, controller), 'utf8'),
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(changes, before);
    connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(controller) } });
  });

  it('references of a controller id: its node.id and every voters entry naming it, on all 6 nodes', async () => {
    // node.id=3 on line 2 of the controller on 192.168.40.14.
    const withDeclaration = (await connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(controller) },
      position: { line: 2, character: 8 },
      context: { includeDeclaration: true },
    })) as { uri: string; range: { start: { line: number; character: number } } }[];
    assert.equal(withDeclaration.length, 7, JSON.stringify(withDeclaration));
    assert.equal(new Set(withDeclaration.map((place) => place.uri)).size, 6);
    const uses = (await connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(broker) },
      position: { line: 3, character: 46 },
      context: { includeDeclaration: false },
    })) as { uri: string; range: { start: { line: number } } }[];
    assert.equal(uses.length, 6, 'from a voter entry of a broker: the voters entries only');
    assert.ok(uses.every((place) => place.range.start.line === 3));
  });

  it('references of the controller listener reach every node; highlights stay in the file and tell definition from use', async () => {
    // CONTROLLER in controller.listener.names of the broker on 192.168.40.11 (line 7).
    const places = (await connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri(broker) },
      position: { line: 7, character: 28 },
      context: { includeDeclaration: true },
    })) as { uri: string }[];
    assert.equal(new Set(places.map((place) => place.uri)).size, 6);
    const highlights = (await connection.sendRequest('textDocument/documentHighlight', {
      textDocument: { uri: uri(controller) },
      position: { line: 4, character: 12 },
    })) as { range: { start: { line: number } }; kind: number }[];
    assert.deepEqual(highlights.map((highlight) => [highlight.range.start.line, highlight.kind]).sort(), [
      [4, 3],
      [5, 2],
      [6, 2],
      [7, 2],
    ]);
  });

  it('a code lens above process.roles places the file in its cluster', async () => {
    const lenses = (await connection.sendRequest('textDocument/codeLens', {
      textDocument: { uri: uri(controller) },
    })) as { range: { start: { line: number } }; command: { title: string; command: string } }[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 1);
    assert.equal(lenses[0].command.title, 'controller 2 of 3 · cluster of 6 · 0 problem(s)');
    assert.equal(lenses[0].command.command, 'kraft.showCluster');
  });

  it('workspace symbols find a node by id and by host', async () => {
    const byId = (await connection.sendRequest('workspace/symbol', { query: 'node 5' })) as {
      name: string;
      location: { uri: string; range: { start: { line: number } } };
    }[];
    assert.deepEqual(
      byId.map((symbol) => symbol.name),
      ['node 5 · controller · 192.168.40.18'],
    );
    assert.equal(byId[0].location.uri, uri('192.168.40.18/controller/server.properties'));
    assert.equal(byId[0].location.range.start.line, 2);
    const byHost = (await connection.sendRequest('workspace/symbol', { query: '192.168.40.14' })) as { name: string }[];
    assert.deepEqual(byHost.map((symbol) => symbol.name).sort(), [
      'node 3 · controller · 192.168.40.14',
      'node 4 · broker · 192.168.40.14',
    ]);
    const all = (await connection.sendRequest('workspace/symbol', { query: '' })) as unknown[];
    assert.equal(all.length, 6);
  });

  it('file paths in hovers are links to the files', async () => {
    // Hover on the voter entry 3@... of the broker names the controller's file.
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(broker) },
      position: { line: 3, character: 46 },
    })) as { contents: { value: string } };
    const link = /\]\((file:[^)]+)\)/.exec(hover.contents.value);
    assert.ok(link, hover.contents.value);
    assert.equal(link[1], uri(controller));
  });
});
