// A docker-compose project is a cluster like any other in `kraft/clusters`: its Kafka services are the processes,
// found at their service name in the compose file, beside the clusters of properties files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TopologyModel } from '../../server/src/engine/features/topology';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

const APACHE = path.join(REPO, 'test/fixtures/compose/apache/docker-compose-files/cluster/isolated/plaintext');

describe('docker-compose projects in the cluster model', function () {
  this.timeout(20000);
  let folder: string;
  let server: ServerUnderTest | undefined;
  const composeFile = () => path.join(folder, 'stack/docker-compose.yml');

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-compose-clusters-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), path.join(folder, 'props'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'stack'));
    // One broker given the id of another: its service shows an error.
    const text = fs.readFileSync(path.join(APACHE, 'docker-compose.yml'), 'utf8');
    // A concrete image tag: the cluster's Kafka version comes from it.
    const broken = text.replace(/KAFKA_NODE_ID: 6\b/, 'KAFKA_NODE_ID: 5').replaceAll('${IMAGE}', 'apache/kafka:3.8.0');
    assert.notEqual(broken, text, 'the fixture names node 6');
    fs.writeFileSync(composeFile(), broken);
  });
  after(() => {
    server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('lists the compose project as one cluster of its services, at their lines, with their problems', async () => {
    server = await startLanguageServer(folder);
    let model: TopologyModel = { clusters: [] };
    const deadline = Date.now() + 10000;
    while (model.clusters.length < 2 && Date.now() < deadline) {
      model = (await server.connection.sendRequest('kraft/clusters', {})) as TopologyModel;
      if (model.clusters.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(model.clusters.length, 2, JSON.stringify(model.clusters.map((cluster) => cluster.name)));
    const compose = model.clusters.find((cluster) => cluster.name === 'stack')!;
    assert.ok(compose, 'a cluster named after the project');
    assert.match(compose.membership, /docker-compose/);
    const processes = compose.hosts.flatMap((host) => host.processes);
    assert.equal(processes.length, 6);
    assert.equal(compose.controllerCount, 3);
    assert.equal(compose.brokerCount, 3);
    const lines = fs.readFileSync(composeFile(), 'utf8').split('\n');
    for (const process of processes) {
      assert.equal(process.uri, pathToFileURL(composeFile()).href);
      assert.ok(process.service, 'a service name');
      assert.match(lines[process.line], new RegExp(`^\\s*${process.service}:`), `line of ${process.service}`);
    }
    assert.deepEqual(new Set(processes.map((process) => process.service)).size, 6, 'one process per service');
    for (const process of processes) {
      assert.deepEqual(process.roles, [process.service!.startsWith('controller') ? 'controller' : 'broker']);
      assert.equal(process.host, process.service, 'the host is the service name on the compose network');
      assert.ok(process.ports.length > 0, `${process.service} has its listener ports`);
    }
    assert.equal(compose.kafkaVersion.version, '3.8', JSON.stringify(compose.kafkaVersion));
    assert.equal(compose.kafkaVersion.source, 'inferred');
    const duplicated = processes.filter((process) => process.nodeId === 5);
    assert.equal(duplicated.length, 2);
    for (const process of duplicated)
      assert.ok(process.counts.errors > 0, `${process.service} shows the duplicate node id`);
    assert.ok(compose.counts.errors >= 2);
    // Voter edges join services, not the file with itself.
    assert.ok(compose.edges.length > 0);
    for (const edge of compose.edges) assert.notEqual(edge.from, edge.to);
    // The properties cluster is unchanged beside it.
    const props = model.clusters.find((cluster) => cluster.name === 'props')!;
    assert.equal(props.hosts.flatMap((host) => host.processes).length, 6);
    assert.ok(props.hosts.flatMap((host) => host.processes).every((process) => process.service === undefined));
  });
});
