// The generated files work as their README says: one argument order for start and stop, steps that do something in
// every layout, and data directories a user owns for a cluster on this machine.
import * as assert from 'node:assert/strict';
import { generateTopology, LAYOUTS, type TopologySpec } from '../../server/src/engine/generator';
import { lintWorkspace } from '../../server/src/engine';

const fileOf = (spec: TopologySpec, name: string) => generateTopology({ clusterId: 'q1Sh-9_ISia_zwGINzRvyQ', ...spec }).files.find((file) => file.path === name)?.content ?? '';

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
          if (phase === 'brokers') assert.ok(hasBrokerOnly, `${label}: "${phase}" does nothing without broker-only processes`);
        }
        assert.equal(/Start the brokers/.test(readme), hasBrokerOnly, label);
      });
    }
  }

  it('a cluster on this machine keeps its data below the folder it is generated into, and lints clean', () => {
    const result = generateTopology({ layout: 'isolated', controllers: 3, brokers: 3, baseDir: '/home/ana/dev/kraft', clusterId: 'q1Sh-9_ISia_zwGINzRvyQ' });
    for (const node of result.nodes) assert.ok(node.dataDir.startsWith('/home/ana/dev/kraft/data/'), node.dataDir);
    assert.equal(new Set(result.nodes.map((node) => node.dataDir)).size, result.nodes.length, 'one directory per process');
    const configs = result.files.filter((file) => file.path.endsWith('.properties') && !file.path.includes('client'));
    const findings = [...lintWorkspace(configs.map((file) => ({ uri: file.path, text: file.content }))).values()].flat();
    assert.deepEqual(findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => finding.code), []);
  });

  it('Windows folders become forward-slash paths (a backslash is an escape in properties)', () => {
    const result = generateTopology({ layout: 'combined', controllers: 1, baseDir: 'C:\\Users\\ana\\kraft\\', clusterId: 'q1Sh-9_ISia_zwGINzRvyQ' });
    assert.equal(result.nodes[0].dataDir, 'C:/Users/ana/kraft/data/node');
  });

  it('several hosts, an explicit profile or explicit directories keep their directories', () => {
    const remote = generateTopology({ layout: 'combined', controllers: 3, hosts: ['10.0.0.1', '10.0.0.2', '10.0.0.3'], baseDir: '/home/ana/kraft' });
    assert.ok(remote.nodes.every((node) => node.dataDir.startsWith('/var/lib/kafka/')));
    const standard = generateTopology({ layout: 'combined', controllers: 1, profile: 'standard', baseDir: '/home/ana/kraft' });
    assert.equal(standard.nodes[0].dataDir, '/var/lib/kafka/data');
    const explicit = generateTopology({ layout: 'combined', controllers: 1, dataDirs: { combined: '/data/k' }, baseDir: '/home/ana/kraft' });
    assert.equal(explicit.nodes[0].dataDir, '/data/k');
  });
});
