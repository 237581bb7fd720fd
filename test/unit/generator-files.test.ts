// The generated files work as their README says: one argument order for start and stop, steps that do something in
// every layout, and data directories a user owns for a cluster on this machine.
import * as assert from 'node:assert/strict';
import { generateTopology, LAYOUTS, type TopologySpec } from '../../server/src/engine/generator';
import { lintWorkspace } from '../../server/src/engine';

const fileOf = (spec: TopologySpec, name: string) =>
  generateTopology({ clusterId: 'q1Sh-9_ISia_zwGINzRvyQ', ...spec }).files.find((file) => file.path === name)
    ?.content ?? '';

describe('generator: files that work', () => {
  for (const layout of LAYOUTS) {
    for (const hosts of [['localhost'], ['10.0.0.1', '10.0.0.2', '10.0.0.3']]) {
      const spec: TopologySpec = { layout, controllers: 3, brokers: layout === 'combined' ? undefined : 2, hosts };
      const label = `${layout} on ${hosts.length} host(s)`;

      it(`${label}: start and stop take the phase first and the host second`, () => {
        for (const script of ['start-cluster.sh', 'stop-cluster.sh']) {
          const text = fileOf(spec, script);
          assert.match(text, /^PHASE="\$\{1:-all\}"$/m, `${label} ${script}`);
          assert.match(text, /^HOST="\$\{2:-/m, `${label} ${script}`);
        }
      });

      it(`${label}: every start and stop command the README gives names a phase that starts or stops something`, () => {
        const result = generateTopology({ clusterId: 'q1Sh-9_ISia_zwGINzRvyQ', ...spec });
        const readme = result.files.find((file) => file.path === 'README.md')!.content;
        const hasBrokerOnly = result.nodes.some((node) => node.role === 'broker');
        for (const [, phase] of readme.matchAll(/\.\/(?:start|stop)-cluster\.sh ?(\w*)/g)) {
          if (phase === 'brokers')
            assert.ok(hasBrokerOnly, `${label}: "${phase}" does nothing without broker-only processes`);
        }
        assert.equal(/Start the brokers/.test(readme), hasBrokerOnly, label);
      });
    }
  }

  it('a cluster on this machine keeps its data below the folder it is generated into, and lints clean', () => {
    const result = generateTopology({
      layout: 'isolated',
      controllers: 3,
      brokers: 3,
      baseDir: '/home/ana/dev/kraft',
      clusterId: 'q1Sh-9_ISia_zwGINzRvyQ',
    });
    for (const node of result.nodes) assert.ok(node.dataDir.startsWith('/home/ana/dev/kraft/data/'), node.dataDir);
    assert.equal(
      new Set(result.nodes.map((node) => node.dataDir)).size,
      result.nodes.length,
      'one directory per process',
    );
    const configs = result.files.filter((file) => file.path.endsWith('.properties') && !file.path.includes('client'));
    const findings = [
      ...lintWorkspace(configs.map((file) => ({ uri: file.path, text: file.content }))).values(),
    ].flat();
    assert.deepEqual(
      findings
        .filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
        .map((finding) => finding.code),
      [],
    );
  });

  it('Windows folders become forward-slash paths (a backslash is an escape in properties)', () => {
    const result = generateTopology({
      layout: 'combined',
      controllers: 1,
      baseDir: 'C:\\Users\\ana\\kraft\\',
      clusterId: 'q1Sh-9_ISia_zwGINzRvyQ',
    });
    assert.equal(result.nodes[0].dataDir, 'C:/Users/ana/kraft/data/node');
  });

  it('several hosts, an explicit profile or explicit directories keep their directories', () => {
    const remote = generateTopology({
      layout: 'combined',
      controllers: 3,
      hosts: ['10.0.0.1', '10.0.0.2', '10.0.0.3'],
      baseDir: '/home/ana/kraft',
    });
    assert.ok(remote.nodes.every((node) => node.dataDir.startsWith('/var/lib/kafka/')));
    const standard = generateTopology({
      layout: 'combined',
      controllers: 1,
      profile: 'standard',
      baseDir: '/home/ana/kraft',
    });
    assert.equal(standard.nodes[0].dataDir, '/var/lib/kafka/data');
    const explicit = generateTopology({
      layout: 'combined',
      controllers: 1,
      dataDirs: { combined: '/data/k' },
      baseDir: '/home/ana/kraft',
    });
    assert.equal(explicit.nodes[0].dataDir, '/data/k');
  });
});

describe('generator: a node added to a cluster', () => {
  const { planAddNode } =
    require('../../server/src/engine/generator') as typeof import('../../server/src/engine/generator');
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const root = path.resolve(__dirname, '../../../examples/cluster-correct');
  const files = [
    '192.168.40.11/broker',
    '192.168.40.11/controller',
    '192.168.40.14/broker',
    '192.168.40.14/controller',
    '192.168.40.18/broker',
    '192.168.40.18/controller',
  ].map((dir) => ({
    path: `cluster-correct/${dir}/server.properties`,
    text: fs.readFileSync(path.join(root, dir, 'server.properties'), 'utf8'),
  }));

  for (const role of ['broker', 'controller'] as const) {
    it(`a ${role} on a new host carries no comment about the node it was copied from, and no finding of its own making`, () => {
      const plan = planAddNode(files, role, '192.168.40.20');
      const comments = plan.file.content.split('\n').filter((line) => line.startsWith('#'));
      assert.ok(
        comments.every(
          (line) =>
            !line.includes('192.168.40.11') && !line.includes('192.168.40.14') && !line.includes('192.168.40.18'),
        ),
        comments.join('\n'),
      );
      assert.match(comments[0], new RegExp(`^# KRaft ${role} ${plan.nodeId} on 192\\.168\\.40\\.20`));
      const { applyEdits } = require('../../server/src/engine') as typeof import('../../server/src/engine');
      const workspace = files.map((file) => ({
        uri: file.path,
        text: applyEdits(
          file.text,
          plan.edits.filter((edit) => edit.uri === file.path),
        ),
      }));
      const findings =
        lintWorkspace([...workspace, { uri: plan.file.path, text: plan.file.content }]).get(plan.file.path) ?? [];
      // Four controllers are the user's choice, explained when adding (gen.add.evenControllers); nothing else.
      assert.deepEqual(
        findings.map((finding) => finding.code).filter((code) => code !== 'quorum-size'),
        [],
      );
    });
  }
});
