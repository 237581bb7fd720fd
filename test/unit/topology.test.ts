// The cluster model shown by the status item, the Clusters view, the topology picture and `kraft-config topology`.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { lintWorkspace, analyzeWorkspace, lintAnalyzed } from '../../server/src/engine';
import { topologyOf, processLocation, rankOf } from '../../server/src/engine/features/topology';
import { REPO, readTree } from '../support/engine';

function modelOf(folder: string) {
  const files = readTree(path.join(REPO, folder));
  const workspace = analyzeWorkspace(Object.entries(files).map(([uri, text]) => ({ uri, text })));
  return { files, workspace, model: topologyOf(workspace, lintAnalyzed(workspace)) };
}

describe('topology model', () => {
  it('the correct example is one cluster of 6 on 3 hosts, every process voting for the 3 controllers', () => {
    const { model, files } = modelOf('examples/cluster-correct');
    assert.equal(model.clusters.length, 1);
    const [cluster] = model.clusters;
    assert.equal(cluster.size, 6);
    assert.equal(cluster.controllerCount, 3);
    assert.equal(cluster.brokerCount, 3);
    assert.deepEqual(
      cluster.hosts.map((host) => host.name),
      ['192.168.40.11', '192.168.40.14', '192.168.40.18'],
    );
    assert.deepEqual(cluster.counts, { errors: 0, warnings: 0, infos: 0 });
    assert.equal(cluster.name, 'cluster-correct');
    // Every process lists 3 voters; a controller does not get an edge to itself.
    assert.equal(cluster.edges.length, 3 * 3 + 3 * 2);
    for (const host of cluster.hosts) {
      for (const process of host.processes) {
        // "open" lands on the node.id line of the file.
        assert.match(files[process.uri].split('\n')[process.line], /^(node|broker)\.id\s*=/);
        assert.ok(process.ports.length > 0);
      }
    }
  });

  it('findings are counted on the process and the cluster that carry them', () => {
    const { model, workspace } = modelOf('examples/cluster-with-mistakes');
    const findings = lintAnalyzed(workspace);
    const all = [...findings.values()].flat();
    const total = model.clusters.reduce(
      (sum, cluster) => sum + cluster.counts.errors + cluster.counts.warnings + cluster.counts.infos,
      0,
    );
    assert.equal(total, all.filter((finding) => finding.severity !== undefined).length);
    for (const cluster of model.clusters) {
      for (const process of cluster.hosts.flatMap((host) => host.processes)) {
        assert.equal(process.findings.length, (findings.get(process.uri) ?? []).length, process.uri);
      }
    }
    assert.ok(model.clusters.some((cluster) => cluster.counts.errors > 0));
  });

  it('every node file is in exactly one cluster, and every edge joins two processes of that cluster', () => {
    for (const folder of ['examples/cluster-correct', 'examples/cluster-with-mistakes', 'examples']) {
      const { model, workspace } = modelOf(folder);
      const seen = model.clusters.flatMap((cluster) =>
        cluster.hosts.flatMap((host) => host.processes.map((process) => process.uri)),
      );
      assert.deepEqual([...seen].sort(), [...workspace.nodes.keys()].sort(), folder);
      for (const cluster of model.clusters) {
        const members = new Set(cluster.hosts.flatMap((host) => host.processes.map((process) => process.uri)));
        for (const edge of cluster.edges)
          assert.ok(members.has(edge.from) && members.has(edge.to), `${folder}: ${edge.from} -> ${edge.to}`);
      }
      // Cluster names are told apart.
      assert.equal(new Set(model.clusters.map((cluster) => cluster.name)).size, model.clusters.length, folder);
    }
  });

  it('locates a file and ranks it among the processes of its kind', () => {
    const { model } = modelOf('examples/cluster-correct');
    const controller = 'examples/cluster-correct/192.168.40.18/controller/server.properties';
    const found = processLocation(model, controller);
    assert.ok(found);
    assert.deepEqual(rankOf(found.cluster, found.process), { role: 'controller', index: 3, of: 3 });
    assert.equal(processLocation(model, 'elsewhere/server.properties'), undefined);
  });

  it('a lone file without a quorum is a cluster of one with its own findings', () => {
    const findings = lintWorkspace([{ uri: 'solo/server.properties', text: 'process.roles=broker\nnode.id=4\n' }]);
    const workspace = analyzeWorkspace([{ uri: 'solo/server.properties', text: 'process.roles=broker\nnode.id=4\n' }]);
    const model = topologyOf(workspace, findings);
    assert.equal(model.clusters.length, 1);
    assert.equal(model.clusters[0].hosts[0].name, '?');
    assert.ok(model.clusters[0].counts.errors > 0);
  });
});

describe('processLocation in a docker-compose file', () => {
  const process = (service: string, line: number) => ({
    uri: 'stack/docker-compose.yml',
    service,
    roles: ['broker'],
    line,
    character: 2,
    host: service,
    ports: [],
    listeners: [],
    votesFor: [],
    counts: { errors: 0, warnings: 0, infos: 0 },
    findings: [],
  });
  const model = {
    clusters: [
      {
        id: 'c',
        name: 'stack',
        membership: '',
        folder: 'stack',
        size: 3,
        controllerCount: 0,
        brokerCount: 3,
        complete: true,
        kafkaVersion: { version: '4.3', source: 'default' as const, label: '' },
        hosts: [{ name: 'h', processes: [process('b', 30), process('a', 10), process('c', 50)] }],
        edges: [],
        counts: { errors: 0, warnings: 0, infos: 0 },
      },
    ],
  };
  it('picks the service whose block holds the line, the first one above every service', () => {
    const at = (line?: number) => processLocation(model, 'stack/docker-compose.yml', line)?.process.service;
    assert.equal(at(0), 'a');
    assert.equal(at(10), 'a');
    assert.equal(at(29), 'a');
    assert.equal(at(30), 'b');
    assert.equal(at(49), 'b');
    assert.equal(at(500), 'c');
    assert.equal(processLocation(model, 'other.yml', 12), undefined);
    assert.ok(at(undefined));
  });
});
