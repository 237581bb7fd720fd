// Which files run together: metamorphic tests over independent folders, Kafka distributions, ZooKeeper-mode files,
// alternatives and the real-world corpus (no cross-node finding between files that do not run together).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeWorkspace, allRules, lintWorkspace, type Finding, type WorkspaceFile } from '../../server/src/engine';
import { generateTopology, seededRandomBytes } from '../../server/src/engine/generator';
import { BASE_COMBINED, REPO, readTree } from '../support/engine';

const CLUSTER_RULES = new Set(allRules.filter((rule) => rule.scope === 'cluster').map((rule) => rule.code));
const DISTRIBUTIONS = path.join(REPO, 'test/fixtures/distributions');
const CORPUS = path.join(REPO, 'test/fixtures/real-world');

const asFiles = (tree: Record<string, string>): WorkspaceFile[] =>
  Object.entries(tree).map(([uri, text]) => ({ uri, text }));
const under = (folder: string, tree: Record<string, string>) =>
  Object.fromEntries(Object.entries(tree).map(([uri, text]) => [`${folder}/${uri}`, text]));
const generated = (folder: string, spec: Parameters<typeof generateTopology>[0]) =>
  under(
    folder,
    Object.fromEntries(
      generateTopology(spec, { randomBytes: seededRandomBytes(7) })
        .files.filter((file) => file.path.endsWith('.properties'))
        .map((file) => [file.path, file.content]),
    ),
  );
const node = (id: number, roles: string, voters: string, listeners: string) =>
  `process.roles=${roles}\nnode.id=${id}\ncontroller.quorum.voters=${voters}\nlisteners=${listeners}\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\nlog.dirs=/var/lib/kafka/${id}\n`;

/** A workspace of folders that do not run together, as a new user would open them side by side. */
function independentFolders(): Record<string, Record<string, string>> {
  const relative = (tree: Record<string, string>, root: string) =>
    Object.fromEntries(Object.entries(tree).map(([uri, text]) => [path.relative(root, path.join(REPO, uri)), text]));
  const folders: Record<string, Record<string, string>> = {
    'cluster-correct': under(
      'cluster-correct',
      relative(readTree(path.join(REPO, 'examples/cluster-correct')), path.join(REPO, 'examples/cluster-correct')),
    ),
    'cluster-with-mistakes': under(
      'cluster-with-mistakes',
      relative(
        readTree(path.join(REPO, 'examples/cluster-with-mistakes')),
        path.join(REPO, 'examples/cluster-with-mistakes'),
      ),
    ),
    'local-a': generated('local-a', { layout: 'isolated', controllers: 3, brokers: 3 }),
    'local-b': generated('local-b', { layout: 'combined', controllers: 3 }),
    playground: { 'playground/server.properties': BASE_COMBINED },
    variants: {
      'variants/single/server.properties': BASE_COMBINED,
      'variants/three/node-1/server.properties': node(
        1,
        'broker,controller',
        '1@localhost:9093,2@localhost:9095,3@localhost:9097',
        'PLAINTEXT://:9092,CONTROLLER://:9093',
      ),
      'variants/three/node-2/server.properties': node(
        2,
        'broker,controller',
        '1@localhost:9093,2@localhost:9095,3@localhost:9097',
        'PLAINTEXT://:9094,CONTROLLER://:9095',
      ),
      'variants/three/node-3/server.properties': node(
        3,
        'broker,controller',
        '1@localhost:9093,2@localhost:9095,3@localhost:9097',
        'PLAINTEXT://:9096,CONTROLLER://:9097',
      ),
    },
  };
  for (const distribution of fs.readdirSync(DISTRIBUTIONS).filter((name) => name.startsWith('kafka_'))) {
    folders[distribution] = under(
      distribution,
      relative(readTree(path.join(DISTRIBUTIONS, distribution)), path.join(DISTRIBUTIONS, distribution)),
    );
  }
  return folders;
}

const summary = (findings: Finding[]) =>
  findings
    .map((f) => JSON.stringify([f.uri, f.range, f.code, f.severity, f.message, f.relatedInformation ?? []]))
    .sort();

describe('deployments: metamorphic', () => {
  const folders = independentFolders();
  const everything = Object.assign({}, ...Object.values(folders));
  const together = lintWorkspace(asFiles(everything));
  for (const [name, tree] of Object.entries(folders)) {
    it(`${name}: the same findings alone and beside its neighbours`, () => {
      const alone = lintWorkspace(asFiles(tree));
      for (const uri of Object.keys(tree))
        assert.deepEqual(summary(together.get(uri) ?? []), summary(alone.get(uri) ?? []), uri);
    });
  }
  it('the seed mistakes stay errors beside the neighbours', () => {
    const errors = new Set(
      [...together]
        .filter(([uri]) => uri.startsWith('cluster-with-mistakes/'))
        .flatMap(([, findings]) => findings.filter((f) => f.severity === 'error').map((f) => f.code)),
    );
    for (const code of ['duplicate-node-id', 'port-conflict']) assert.ok(errors.has(code), code);
    // Voters that differ: reported at their root cause (the mangled entry, the wrong port) or as a mismatch.
    assert.ok(['voters-mismatch', 'voter-syntax', 'voter-port-mismatch'].some((code) => errors.has(code)));
  });
  it('generated and hand-written clusters keep their members', () => {
    const workspace = analyzeWorkspace(asFiles(everything));
    const size = (uri: string) => workspace.clusterOf.get(uri)!.nodes.length;
    assert.equal(size('local-a/localhost/controller-1/server.properties'), 6);
    assert.equal(size('local-b/localhost/combined-1/server.properties'), 3);
    assert.equal(size('variants/three/node-2/server.properties'), 3);
    assert.equal(size('variants/single/server.properties'), 1);
    assert.equal(size('cluster-correct/192.168.40.11/broker/server.properties'), 6);
  });
});

describe('deployments: the incremental linter agrees with a full lint', () => {
  it('through edits, declarations that come and go, and per-file settings', () => {
    const { WorkspaceLinter } = require('../../server/src/engine') as typeof import('../../server/src/engine');
    const tree = Object.assign({}, ...Object.values(independentFolders())) as Record<string, string>;
    let files = asFiles(tree);
    const linter = new WorkspaceLinter({});
    const declared = { id: 'config:x#a', source: 'config' as const, name: 'a', origin: '.kraftrc.json' };
    const steps: ((list: WorkspaceFile[]) => WorkspaceFile[])[] = [
      (list) => list,
      (list) =>
        list.map((file) =>
          file.uri.startsWith('variants/three/node-2')
            ? { ...file, text: file.text.replace('node.id=2', 'node.id=1') }
            : file,
        ),
      (list) => list.map((file) => (file.uri.startsWith('variants/') ? { ...file, deployment: declared } : file)),
      (list) =>
        list.map((file) =>
          file.uri.startsWith('playground/')
            ? { ...file, options: { kafkaVersion: '3.9', ruleSeverity: { 'quorum-size': 'off' as const } } }
            : file,
        ),
      (list) => list.map((file) => (file.uri.startsWith('variants/') ? { ...file, deployment: undefined } : file)),
      (list) => list.filter((file) => !file.uri.startsWith('kafka_2.13-3.9.0/')),
    ];
    for (const [i, step] of steps.entries()) {
      files = step(files);
      const incremental = linter.lint(files).findings;
      const full = lintWorkspace(files);
      for (const file of files)
        assert.deepEqual(
          summary(incremental.get(file.uri) ?? []),
          summary(full.get(file.uri) ?? []),
          `step ${i}: ${file.uri}`,
        );
    }
  });
});

describe('deployments: Kafka distributions', () => {
  const tree = readTree(DISTRIBUTIONS);
  it('3.5 to 4.0, ZooKeeper-mode file included, side by side: no error and no warning', () => {
    const findings = [...lintWorkspace(asFiles(tree)).values()].flat();
    assert.deepEqual(
      findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.uri} ${f.code}`),
      [],
    );
  });
  it('every sample is checked alone, as an alternative of the others', () => {
    const workspace = analyzeWorkspace(asFiles(tree));
    for (const cluster of workspace.clusters) {
      assert.equal(cluster.nodes.length, 1, cluster.name);
      assert.ok(
        ['distribution-sample', 'zookeeper'].includes(cluster.membership.kind),
        `${cluster.name}: ${cluster.membership.kind}`,
      );
    }
  });
  it('the version of each distribution comes from its folder name', () => {
    const workspace = analyzeWorkspace(asFiles(tree));
    const cluster = workspace.clusterOf.get(
      'test/fixtures/distributions/kafka_2.13-3.7.1/config/kraft/server.properties',
    )!;
    assert.equal(cluster.kafkaVersion, '3.7');
    assert.deepEqual(cluster.versionOrigin, {
      kind: 'inferred',
      from: 'folder',
      origin: 'test/fixtures/distributions/kafka_2.13-3.7.1',
    });
    assert.deepEqual(
      analyzeWorkspace(asFiles(tree), { kafkaVersion: '4.1' }).clusterOf.get(
        'test/fixtures/distributions/kafka_2.13-3.7.1/config/kraft/server.properties',
      )!.versionOrigin,
      { kind: 'setting' },
    );
  });
  it('a ZooKeeper-mode config gets one finding: information on 3.x, a warning on 4.x', () => {
    const zk = 'test/fixtures/distributions/kafka_2.13-3.8.0/config/server.properties';
    const on3 = lintWorkspace([{ uri: zk, text: tree[zk] }]).get(zk)!;
    assert.deepEqual(
      on3.map((f) => [f.code, f.severity]),
      [['zookeeper-mode', 'information']],
    );
    const on4 = lintWorkspace([{ uri: zk, text: tree[zk] }], { kafkaVersion: '4.0' }).get(zk)!;
    assert.deepEqual(
      on4.map((f) => [f.code, f.severity]),
      [['zookeeper-mode', 'warning']],
    );
  });
});

describe('deployments: careful inference', () => {
  const voters = '1@localhost:9093';
  it('same node.id on the same host:port are alternatives, not duplicates', () => {
    const files = {
      'dev/server.properties': node(1, 'broker,controller', voters, 'PLAINTEXT://:9092,CONTROLLER://:9093'),
      'dev/server-sasl.properties': node(1, 'broker,controller', voters, 'PLAINTEXT://:9092,CONTROLLER://:9093'),
    };
    const workspace = analyzeWorkspace(asFiles(files));
    assert.equal(workspace.clusterOf.get('dev/server-sasl.properties')!.membership.kind, 'alternative');
    assert.ok(![...lintWorkspace(asFiles(files)).values()].flat().some((f) => f.code === 'duplicate-node-id'));
  });
  it('the same node.id on two hosts stays a duplicate', () => {
    const quorum = '1@10.0.0.1:9093,2@10.0.0.2:9093,3@10.0.0.3:9093';
    const files = {
      'c/a.properties': node(1, 'broker,controller', quorum, 'PLAINTEXT://10.0.0.1:9092,CONTROLLER://10.0.0.1:9093'),
      'c/b.properties': node(2, 'broker,controller', quorum, 'PLAINTEXT://10.0.0.2:9092,CONTROLLER://10.0.0.2:9093'),
      'c/c.properties': node(2, 'broker,controller', quorum, 'PLAINTEXT://10.0.0.3:9092,CONTROLLER://10.0.0.3:9093'),
    };
    assert.ok(
      [...lintWorkspace(asFiles(files)).values()]
        .flat()
        .some((f) => f.code === 'duplicate-node-id' && f.severity === 'error'),
    );
  });
  it('a second process on a port of its host stays a conflict', () => {
    const files = {
      'c/controller.properties': node(1, 'controller', voters, 'CONTROLLER://localhost:9093'),
      'c/b.properties': node(2, 'broker', voters, 'PLAINTEXT://localhost:9093'),
    };
    assert.ok(
      [...lintWorkspace(asFiles(files)).values()]
        .flat()
        .some((f) => f.code === 'port-conflict' && f.severity === 'error'),
    );
  });
  it('loopback quorums in unrelated projects are not one cluster', () => {
    const files = {
      'one/app/kafka/server.properties': node(1, 'broker,controller', voters, 'PLAINTEXT://:9092,CONTROLLER://:9093'),
      'two/kafka/server.properties': node(2, 'broker', voters, 'PLAINTEXT://:9092'),
    };
    const workspace = analyzeWorkspace(asFiles(files));
    assert.notEqual(
      workspace.clusterOf.get('one/app/kafka/server.properties'),
      workspace.clusterOf.get('two/kafka/server.properties'),
    );
  });
  it('declared deployments are taken as given', () => {
    const declared = (name: string) => ({
      id: `config:${name}`,
      source: 'config' as const,
      name,
      origin: '.kraftrc.json',
    });
    const files: WorkspaceFile[] = [
      {
        uri: 'x/a.properties',
        text: node(1, 'broker,controller', voters, 'PLAINTEXT://:9092,CONTROLLER://:9093'),
        deployment: declared('a'),
      },
      { uri: 'x/b.properties', text: node(2, 'broker', voters, 'PLAINTEXT://:9094'), deployment: declared('a') },
      { uri: 'x/c.properties', text: node(2, 'broker', voters, 'PLAINTEXT://:9096'), deployment: declared('c') },
    ];
    const workspace = analyzeWorkspace(files);
    assert.deepEqual(
      workspace.clusterOf.get('x/a.properties')!.nodes.map((n) => n.uri),
      ['x/a.properties', 'x/b.properties'],
    );
    assert.deepEqual(workspace.clusterOf.get('x/a.properties')!.membership, {
      kind: 'declared',
      source: 'config',
      origin: '.kraftrc.json',
    });
    assert.equal(workspace.clusterOf.get('x/c.properties')!.name, 'c');
  });
});

describe('deployments: real-world corpus', () => {
  it('no cross-node finding between files that do not run together', () => {
    const sources = fs
      .readFileSync(path.join(CORPUS, 'SOURCES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    const group = new Map(sources.map((row) => [row[0], row[5]]));
    const tree = readTree(CORPUS);
    const relative = (uri: string) => path.relative(CORPUS, path.join(REPO, uri));
    // The whole corpus as one folder, as `kraft-config lint corpus/` sees it.
    const results = lintWorkspace(asFiles(tree));
    const strays: string[] = [];
    for (const [uri, findings] of results) {
      for (const finding of findings.filter((f) => CLUSTER_RULES.has(f.code) && f.severity === 'error')) {
        for (const related of finding.relatedInformation ?? []) {
          const mine = group.get(relative(uri));
          if (related.uri !== uri && (!mine || group.get(relative(related.uri)) !== mine))
            strays.push(`${relative(uri)} ${finding.code} ${relative(related.uri)}`);
        }
      }
    }
    assert.deepEqual(strays, []);
  });
});

describe('deployments: the editor features use the model', () => {
  // Imported here so the grouping tests above stay independent of the editor features.
  const { hover } =
    require('../../server/src/engine/features/hover') as typeof import('../../server/src/engine/features/hover');
  const { complete } =
    require('../../server/src/engine/features/completion') as typeof import('../../server/src/engine/features/completion');
  const voters = '1@10.0.0.1:9093,2@10.0.0.2:9093,3@10.0.0.3:9093';
  const controller = (id: number) => node(id, 'controller', voters, `CONTROLLER://10.0.0.${id}:9093`);
  const cluster = {
    '/ws/prod/c1/server.properties': controller(1),
    '/ws/prod/c2/server.properties': controller(2),
    '/ws/prod/c3/server.properties': controller(3),
  };
  const positionOf = (text: string, marker: string) => {
    const before = text.slice(0, text.indexOf(marker.replace('|', '')) + marker.indexOf('|')).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('hover on node.id names the cluster, why it is one, and the Kafka version with its origin', () => {
    const workspace = analyzeWorkspace(asFiles(cluster));
    const text = cluster['/ws/prod/c2/server.properties'];
    const markdown = hover(workspace, '/ws/prod/c2/server.properties', positionOf(text, 'node.id=|2'))!.markdown;
    assert.match(
      markdown,
      /\*\*Cluster prod\*\*: 3 file\(s\), inferred: the files name the same controllers\. Kafka 4\.3 \(newest known/,
    );
    assert.match(markdown, /`1`: controller/);
  });
  it('hover on a distribution sample says it is checked alone, with the version from the folder', () => {
    const uri = 'dl/kafka_2.13-3.8.0/config/kraft/broker.properties';
    const tree = readTree(path.join(DISTRIBUTIONS, 'kafka_2.13-3.8.0'));
    const files = asFiles(
      Object.fromEntries(
        Object.entries(tree).map(([key, text]) => [
          `dl/kafka_2.13-3.8.0/${path.relative(path.join('test/fixtures/distributions/kafka_2.13-3.8.0'), key)}`,
          text,
        ]),
      ),
    );
    const workspace = analyzeWorkspace(files);
    const text = workspace.nodes.get(uri)!.doc.text;
    const markdown = hover(workspace, uri, positionOf(text, 'node.id=|2'))!.markdown;
    assert.match(
      markdown,
      /\*\*Not grouped\*\*: a sample config of a Kafka distribution: checked alone.*Kafka 3\.8, inferred from kafka_2\.13-3\.8\.0/,
    );
  });
  it('a lone file gets no voters or next id "of this cluster" from another folder', () => {
    const lone = '/ws/playground/server.properties';
    const text = 'process.roles=broker\nnode.id=\ncontroller.quorum.voters=\n';
    const workspace = analyzeWorkspace(asFiles({ ...cluster, [lone]: text }));
    const voterItems = complete(workspace, lone, positionOf(text, 'voters=|'));
    assert.ok(!voterItems.some((item) => item.label === voters), 'voters of prod offered to a lone file');
    const idItems = complete(workspace, lone, positionOf(text, 'node.id=|'));
    assert.ok(!idItems.some((item) => item.label === '4'), 'next id of prod offered to a lone file');
    // A new file beside the cluster's folders does get them.
    const beside = '/ws/prod/b4/server.properties';
    const near = complete(
      analyzeWorkspace(asFiles({ ...cluster, [beside]: text })),
      beside,
      positionOf(text, 'voters=|'),
    );
    assert.equal(near[0].label, voters);
  });
});

describe('deployments: "Add a broker or controller" on one cluster of several', () => {
  const { planAddNode, planCompanionEdits, COMPANION_FILES } =
    require('../../server/src/engine/generator') as typeof import('../../server/src/engine/generator');
  const { applyEdits } = require('../../server/src/engine') as typeof import('../../server/src/engine');
  const YAML = require('yaml') as typeof import('yaml');
  const all = () => ({
    ...generatedAll('one', { layout: 'isolated', controllers: 3, brokers: 2 }),
    ...generatedAll('two', { layout: 'combined', controllers: 3 }),
  });
  function generatedAll(folder: string, spec: Parameters<typeof generateTopology>[0]): Record<string, string> {
    return Object.fromEntries(
      generateTopology(spec, { randomBytes: seededRandomBytes(3) }).files.map((file) => [
        `${folder}/${file.path}`,
        file.content,
      ]),
    );
  }
  for (const role of ['broker', 'controller'] as const) {
    it(`a ${role}: the new file in that cluster's folder, edits to that cluster's files only, companions updated`, () => {
      const tree = all();
      const workspace = analyzeWorkspace(
        asFiles(Object.fromEntries(Object.entries(tree).filter(([uri]) => uri.endsWith('.properties')))),
      );
      const cluster = workspace.clusterOf.get('one/localhost/broker-4/server.properties')!;
      const members = cluster.nodes.map((node) => ({ path: node.uri, text: tree[node.uri] }));
      const plan = planAddNode(members, role);
      assert.ok(plan.file.path.startsWith('one/localhost/'), plan.file.path);
      const companions = Object.entries(tree)
        .filter(([uri]) => COMPANION_FILES.includes(uri.split('/').pop()!))
        .map(([path, text]) => ({ path, text }));
      const edits = [...plan.edits, ...planCompanionEdits(plan, members, companions)];
      assert.ok(
        edits.every((edit) => edit.uri.startsWith('one/')),
        edits.map((edit) => edit.uri).join(', '),
      );
      const after: Record<string, string> = { ...tree, [plan.file.path]: plan.file.content };
      for (const uri of new Set(edits.map((edit) => edit.uri)))
        after[uri] = applyEdits(
          after[uri],
          edits.filter((edit) => edit.uri === uri),
        );
      const dir = plan.file.path.split('/').slice(1, -1).join('/');
      const name = dir.split('/').pop()!;
      assert.match(after['one/start-cluster.sh'], new RegExp(`start 'localhost' '${dir}'`));
      assert.match(after['one/stop-cluster.sh'], new RegExp(`stop 'localhost' '${dir}'`));
      assert.match(after['one/format-storage.sh'], new RegExp(`format 'localhost' '${dir}/server.properties'`));
      assert.match(after['one/README.md'], new RegExp(`^\\| ${plan.nodeId} \\| ${role} \\|`, 'm'));
      // The new node joins the endpoint lists that name its kind: the README's smoke test (brokers), the start
      // script's quorum wait and the README's quorum check (controllers).
      const port = /^listeners=[A-Z_]+:\/\/[^:]*:(\d+)/m.exec(plan.file.content)![1];
      const flag = role === 'broker' ? '--bootstrap-server' : '--bootstrap-controller';
      const lists = (text: string) =>
        [...text.matchAll(new RegExp(`${flag} '?([^ ']+)`, 'g'))].map((match) => match[1]);
      assert.ok(lists(after['one/README.md']).length > 0, `${flag} in the README`);
      for (const list of lists(after['one/README.md'])) assert.ok(list.split(',').includes(`localhost:${port}`), list);
      if (role === 'controller')
        for (const list of lists(after['one/start-cluster.sh']))
          assert.ok(list.split(',').includes(`localhost:${port}`), list);
      assert.equal(
        JSON.parse(after['one/topology.json'])[role === 'broker' ? 'brokers' : 'controllers'],
        role === 'broker' ? 3 : 4,
      );
      const compose = YAML.parse(after['one/docker-compose.yml']);
      assert.equal(compose.services[name].container_name, `kraft-${name}`);
      assert.ok(`${name}-data` in compose.volumes);
      for (const uri of Object.keys(tree).filter((key) => key.startsWith('two/')))
        assert.equal(after[uri], tree[uri], uri);
      // The grown cluster is still free of errors, and still one cluster.
      const grown = Object.fromEntries(Object.entries(after).filter(([uri]) => uri.endsWith('.properties')));
      const findings = [...lintWorkspace(asFiles(grown)).values()].flat().filter((f) => f.severity === 'error');
      assert.deepEqual(
        findings.map((f) => `${f.uri} ${f.code} ${f.message}`),
        [],
      );
      assert.equal(analyzeWorkspace(asFiles(grown)).clusterOf.get(plan.file.path)!.nodes.length, 6);
    });
  }
  it('one node of a kind (folders named `broker`, `controller`): only its own mentions are copied', () => {
    const tree = generatedAll('small', { layout: 'isolated', controllers: 1, brokers: 1 });
    const members = Object.entries(tree)
      .filter(([uri]) => uri.endsWith('.properties'))
      .map(([path, text]) => ({ path, text }));
    const plan = planAddNode(members, 'broker');
    assert.equal(plan.file.path, 'small/localhost/broker-3/server.properties');
    const companions = Object.entries(tree)
      .filter(([uri]) => COMPANION_FILES.includes(uri.split('/').pop()!))
      .map(([path, text]) => ({ path, text }));
    const edits = planCompanionEdits(plan, members, companions);
    const updated = (name: string) =>
      applyEdits(
        tree[`small/${name}`],
        edits.filter((edit) => edit.uri === `small/${name}`),
      );
    const readme = updated('README.md');
    assert.match(readme, /^\| 3 \| broker \| localhost \|/m);
    assert.equal(
      readme.split('\n').length - tree['small/README.md'].split('\n').length,
      2,
      'one table row and one file line',
    );
    const compose = YAML.parse(updated('docker-compose.yml'));
    assert.deepEqual(Object.keys(compose.services).sort(), ['broker-2', 'broker-3', 'controller-1']);
    assert.equal(compose.services['broker-3'].container_name, 'kraft-broker-3');
    assert.match(compose.services['broker-3'].volumes[0], /^\.\/localhost\/broker-3\/server\.properties:/);
    assert.ok('broker-3-data' in compose.volumes && 'broker-2-data' in compose.volumes);
  });
});
