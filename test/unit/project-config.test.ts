// `.kraftrc.json` and `topology.json`: parsing with comments, the nearest config, declared clusters, layering of
// settings, and their effect on linting.
import * as assert from 'node:assert/strict';
import {
  analyzeWorkspace,
  applyDeclarations,
  collectDeclarations,
  lintWorkspace,
  nearestProjectConfig,
  parseProjectConfig,
  type WorkspaceFile,
} from '../../server/src/engine';
import { BASE_COMBINED } from '../support/engine';

const broker = (id: number, port: number) =>
  `process.roles=broker\nnode.id=${id}\ncontroller.quorum.voters=1@localhost:9093\nlisteners=PLAINTEXT://localhost:${port}\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\nlog.dirs=/var/lib/kafka/${id}\n`;

describe('.kraftrc.json', () => {
  it('reads JSON with comments and trailing commas; says what it cannot use', () => {
    const loaded = parseProjectConfig(
      '/p/.kraftrc.json',
      '{\n  // dev setups\n  "kafkaVersion": "3.9",\n  "rules": { "log-dirs": "off" },\n  "clusters": { "dev": ["dev/**"] },\n  "include": 3,\n}\n',
    );
    assert.deepEqual(loaded.config, {
      kafkaVersion: '3.9',
      rules: { 'log-dirs': 'off' },
      clusters: { dev: ['dev/**'] },
    });
    assert.equal(loaded.folder, '/p');
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message, /include/);
    assert.equal(parseProjectConfig('/p/.kraftrc.json', '{ "kafkaVersion": ').problems.length > 0, true);
  });
  it('the nearest config above a file applies', () => {
    const { configs } = collectDeclarations([
      ['/p/.kraftrc.json', '{ "kafkaVersion": "3.8" }'],
      ['/p/sub/.kraftrc.json', '{ "kafkaVersion": "4.0" }'],
    ]);
    assert.equal(nearestProjectConfig('/p/sub/x/server.properties', configs)?.config.kafkaVersion, '4.0');
    assert.equal(nearestProjectConfig('/p/other/server.properties', configs)?.config.kafkaVersion, '3.8');
    assert.equal(nearestProjectConfig('/q/server.properties', configs), undefined);
  });
  it('declared clusters beat inference; brace globs work', () => {
    const declarations = collectDeclarations([
      ['/p/.kraftrc.json', '{ "clusters": { "a": ["{one,two}/*.properties"], "b": ["three/**"] } }'],
    ]);
    const files: WorkspaceFile[] = [
      { uri: '/p/one/server.properties', text: BASE_COMBINED },
      { uri: '/p/two/broker.properties', text: broker(2, 9094) },
      { uri: '/p/three/broker.properties', text: broker(3, 9096) },
    ].map((file) => applyDeclarations(file, declarations, {}));
    const workspace = analyzeWorkspace(files);
    const a = workspace.clusterOf.get('/p/one/server.properties')!;
    assert.equal(a.name, 'a');
    assert.deepEqual(
      a.nodes.map((node) => node.uri),
      ['/p/one/server.properties', '/p/two/broker.properties'],
    );
    assert.deepEqual(a.membership, { kind: 'declared', source: 'config', origin: '/p/.kraftrc.json' });
    assert.equal(workspace.clusterOf.get('/p/three/broker.properties')!.nodes.length, 1);
  });
  it('settings layer: the host wins, the config fills in, and apply per file', () => {
    const declarations = collectDeclarations([
      [
        '/p/strict/.kraftrc.json',
        '{ "kafkaVersion": "3.8", "rules": { "log-dirs": "error", "quorum-size": "off" }, "acceptedUnknownKeys": ["my.*"] }',
      ],
    ]);
    const text = BASE_COMBINED.replace('/var/lib/kafka/data', '/tmp/data') + 'my.key=1\n';
    const files = [
      { uri: '/p/strict/server.properties', text },
      { uri: '/p/loose/server.properties', text },
    ].map((file) => applyDeclarations(file, declarations, { ruleSeverity: { 'quorum-size': 'warning' } }));
    const results = lintWorkspace(files);
    const strict = results.get('/p/strict/server.properties')!;
    const loose = results.get('/p/loose/server.properties')!;
    assert.equal(strict.find((f) => f.code === 'log-dirs')?.severity, 'error');
    assert.equal(loose.find((f) => f.code === 'log-dirs')?.severity, 'information');
    assert.equal(strict.find((f) => f.code === 'quorum-size')?.severity, 'warning', 'the host setting wins');
    assert.ok(!strict.some((f) => f.code === 'unknown-key' && f.message.includes('my.key')));
    assert.ok(loose.some((f) => f.code === 'unknown-key' && f.message.includes('my.key')));
    const workspace = analyzeWorkspace(files);
    assert.equal(workspace.clusterOf.get('/p/strict/server.properties')!.kafkaVersion, '3.8');
    assert.deepEqual(workspace.clusterOf.get('/p/strict/server.properties')!.versionOrigin, {
      kind: 'setting',
      origin: '/p/strict/.kraftrc.json',
    });
    assert.equal(
      analyzeWorkspace(
        files.map((file) => applyDeclarations(file, declarations, { kafkaVersion: '4.1' })),
      ).clusterOf.get('/p/strict/server.properties')!.kafkaVersion,
      '4.1',
    );
  });
  it("a generated topology.json declares its folder's files one cluster, with its Kafka version", () => {
    const declarations = collectDeclarations([
      ['/g/topology.json', JSON.stringify({ name: 'kraft-cluster', layout: 'isolated', kafkaVersion: '3.9' })],
    ]);
    const files = [
      { uri: '/g/localhost/controller-1/server.properties', text: BASE_COMBINED },
      { uri: '/g/localhost/broker-2/server.properties', text: broker(2, 9094) },
    ].map((file) => applyDeclarations(file, declarations, {}));
    const cluster = analyzeWorkspace(files).clusterOf.get('/g/localhost/broker-2/server.properties')!;
    assert.equal(cluster.nodes.length, 2);
    assert.equal(cluster.name, 'kraft-cluster');
    assert.equal(cluster.kafkaVersion, '3.9');
    assert.deepEqual(cluster.versionOrigin, { kind: 'inferred', from: 'topology', origin: '/g/topology.json' });
  });
});

describe("Kafka version from a distribution's jars", () => {
  const { jarVersions } = require('../../server/src/engine') as typeof import('../../server/src/engine');
  it('libs/kafka_2.13-3.8.0.jar gives the version of every file below the distribution, whatever its folder is called', () => {
    const jars = jarVersions([
      ['/opt/kafka', ['slf4j-api-1.7.36.jar', 'kafka_2.13-3.8.0.jar', 'kafka-clients-3.8.0.jar']],
      ['/opt/other', ['guava-32.jar']],
    ]);
    assert.deepEqual(jars, [
      { folder: '/opt/kafka', version: '3.8.0', origin: '/opt/kafka/libs/kafka_2.13-3.8.0.jar' },
    ]);
    const declarations = collectDeclarations([], jars);
    const file = applyDeclarations(
      { uri: '/opt/kafka/config/kraft/server.properties', text: BASE_COMBINED },
      declarations,
      {},
    );
    const cluster = analyzeWorkspace([file]).clusterOf.get(file.uri)!;
    assert.equal(cluster.kafkaVersion, '3.8');
    assert.deepEqual(cluster.versionOrigin, {
      kind: 'inferred',
      from: 'jar',
      origin: '/opt/kafka/libs/kafka_2.13-3.8.0.jar',
    });
    // A setting still wins.
    assert.equal(
      analyzeWorkspace([applyDeclarations(file, declarations, { kafkaVersion: '4.1' })]).clusterOf.get(file.uri)!
        .kafkaVersion,
      '4.1',
    );
  });
});

describe('"These files are separate setups"', () => {
  const { planSeparateSetups, applyEdits } =
    require('../../server/src/engine') as typeof import('../../server/src/engine');
  it('creates a .kraftrc.json in the common folder with one cluster per folder, which then separates them', () => {
    const plan = planSeparateSetups(
      '/w/dev/server.properties',
      ['/w/prod/server.properties', '/w/dev/server.properties'],
      'cluster',
      [],
      '/w',
    )!;
    assert.equal(plan.configPath, '/w/.kraftrc.json');
    assert.equal(plan.create, true);
    assert.deepEqual(plan.clusters, { dev: ['dev/**'], cluster: ['prod/**'] });
    const declarations = collectDeclarations([[plan.configPath, applyEdits('', plan.edits)]]);
    const files = [
      { uri: '/w/dev/server.properties', text: BASE_COMBINED },
      { uri: '/w/prod/server.properties', text: BASE_COMBINED.replace('node.id=1', 'node.id=1\n#') },
    ].map((file) => applyDeclarations(file, declarations, {}));
    const workspace = analyzeWorkspace(files);
    assert.notEqual(
      workspace.clusterOf.get('/w/dev/server.properties'),
      workspace.clusterOf.get('/w/prod/server.properties'),
    );
  });
  it('edits an existing config in place, keeping its comments, and names files when they share a folder', () => {
    const text = '{\n  // checked in CI\n  "kafkaVersion": "4.0",\n  "clusters": { "old": ["legacy/**"] }\n}\n';
    const configs = collectDeclarations([['/w/.kraftrc.json', text]]).configs;
    const plan = planSeparateSetups(
      '/w/kafka/a.properties',
      ['/w/kafka/b.properties', '/w/kafka/c.properties'],
      'old',
      configs,
      '/w',
    )!;
    assert.equal(plan.create, false);
    const after = applyEdits(text, plan.edits);
    assert.match(after, /\/\/ checked in CI/);
    assert.deepEqual(parseProjectConfig('/w/.kraftrc.json', after).config.clusters, {
      old: ['legacy/**'],
      a: ['kafka/a.properties'],
      'old-2': ['kafka/b.properties', 'kafka/c.properties'],
    });
    assert.ok(
      after.startsWith('{\n  // checked in CI\n  "kafkaVersion": "4.0",\n'),
      'lines before the clusters are untouched',
    );
  });
});
