// Kafka 4.x depth: plugin and vendor keys, deprecations per release, dynamic quorums, endpoints shared by brokers,
// SASL on the controller listener, per-node quorums in sibling folders.
import * as assert from 'node:assert/strict';
import { analyzeWorkspace, applyEdits, lintWorkspace, WorkspaceLinter } from '../../server/src/engine';
import { hover } from '../../server/src/engine/features/hover';
import { BASE_COMBINED as BASE, codes, lint } from '../support/engine';

const findingsOf = (text: string, code: string, kafkaVersion?: string) =>
  lint(text, { kafkaVersion }).filter((f) => f.code === code);

describe('keys Kafka hands on to plugins and vendors', () => {
  it('remote-storage plugin keys are not unknown, with the default or the configured prefixes', () => {
    assert.deepEqual(
      findingsOf(
        BASE + 'rsm.config.bucket=b\nrlmm.config.remote.log.metadata.topic.replication.factor=1\n',
        'unknown-key',
      ),
      [],
    );
    const custom = BASE + 'remote.log.storage.manager.impl.prefix=s3.\ns3.bucket=b\nrsm.config.bucket=b\n';
    assert.deepEqual(
      findingsOf(custom, 'unknown-key').map((f) => /"([^"]+)"/.exec(f.message)![1]),
      ['rsm.config.bucket'],
    );
  });
  it('config-provider parameters are not unknown', () => {
    const text =
      BASE +
      'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nconfig.providers.file.param.allowed.paths=/etc/kafka\n';
    assert.deepEqual(findingsOf(text, 'unknown-key'), []);
  });
  it('vendor keys are information, not warnings', () => {
    const found = findingsOf(BASE + 'confluent.license=abc\nconfluent.balancer.enable=true\n', 'unknown-key');
    assert.deepEqual(
      found.map((f) => f.severity),
      ['information', 'information'],
    );
    assert.match(found[0].message, /vendor/);
  });
});

describe('deprecated keys per release', () => {
  it('a warning from the release that deprecates the key, with its replacement and a rename fix', () => {
    const text = BASE + 'remote.log.manager.thread.pool.size=4\n';
    assert.deepEqual(findingsOf(text, 'deprecated-key', '4.1'), []);
    const [finding] = findingsOf(text, 'deprecated-key', '4.2');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /remote\.log\.manager\.follower\.thread\.pool\.size/);
    assert.match(applyEdits(text, finding.fixes![0].edits), /^remote\.log\.manager\.follower\.thread\.pool\.size=4$/m);
  });
  it('log.cleaner.enable from 4.1, group.coordinator.rebalance.protocols from 4.3, "share" in it on 4.2', () => {
    assert.deepEqual(findingsOf(BASE + 'log.cleaner.enable=true\n', 'deprecated-key', '4.0'), []);
    assert.equal(findingsOf(BASE + 'log.cleaner.enable=true\n', 'deprecated-key', '4.1').length, 1);
    const protocols = BASE + 'group.coordinator.rebalance.protocols=classic,consumer,share\n';
    assert.match(findingsOf(protocols, 'deprecated-key', '4.2')[0].message, /"share"/);
    assert.equal(findingsOf(protocols, 'deprecated-key', '4.2').length, 1);
    assert.match(
      findingsOf(protocols, 'deprecated-key', '4.3')[0].message,
      /group\.coordinator\.rebalance\.protocols" is deprecated since Kafka 4\.3/,
    );
  });
  it('readiness for 4.4: broker.id is an information on 4.3, never on the same line as a node-id error', () => {
    const [finding] = findingsOf(BASE + 'broker.id=1\n', 'deprecated-key', '4.3');
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /node\.id/);
    const mismatch = lint(BASE + 'broker.id=7\n');
    assert.ok(codes(mismatch).includes('node-id'));
    assert.ok(!codes(mismatch).includes('deprecated-key'));
  });
});

const combined = (id: number, host: string) =>
  BASE.replace('node.id=1', `node.id=${id}`)
    .replace('controller.quorum.voters=1@localhost:9093', `controller.quorum.voters=${id}@${host}:9093`)
    .replace(
      'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
      `listeners=PLAINTEXT://${host}:9092,CONTROLLER://${host}:9093`,
    )
    .replace('advertised.listeners=PLAINTEXT://localhost:9092', `advertised.listeners=PLAINTEXT://${host}:9092`);

describe('cluster-wide 4.x checks', () => {
  it('three combined nodes in sibling folders voting only for themselves: a warning each, with the fix listing all', () => {
    const files = {
      'k/a/server.properties': combined(1, 'host-a'),
      'k/b/server.properties': combined(2, 'host-b'),
      'k/c/server.properties': combined(3, 'host-c'),
    };
    const found = lint(files).filter((f) => f.code === 'disjoint-sibling-quorum');
    assert.equal(found.length, 3);
    assert.ok(found.every((f) => f.severity === 'warning' && /3 one-node clusters/.test(f.message)));
    const fix = found[0].fixes![0];
    const fixed = Object.fromEntries(
      Object.entries(files).map(([uri, text]) => [
        uri,
        applyEdits(
          text,
          fix.edits.filter((edit) => edit.uri === uri),
        ),
      ]),
    );
    assert.ok(
      Object.values(fixed).every((text) =>
        text.includes('controller.quorum.voters=1@host-a:9093,2@host-b:9093,3@host-c:9093'),
      ),
    );
    assert.ok(!codes(lint(fixed)).includes('disjoint-sibling-quorum'));
    // Copies of one single-node setup (same id) are not one cluster meant.
    assert.deepEqual(
      codes(
        lint({
          'k/a/server.properties': combined(1, 'host-a'),
          'k/b/server.properties': combined(1, 'host-b'),
          'k/c/server.properties': combined(1, 'host-c'),
        }),
      ).filter((c) => c === 'disjoint-sibling-quorum'),
      [],
    );
  });
  it('the incremental linter notices a change in a sibling folder (lone self-voting nodes depend on each other)', () => {
    const linter = new WorkspaceLinter();
    const files = {
      'k/a/server.properties': combined(1, 'host-a'),
      'k/b/server.properties': combined(2, 'host-b'),
      'k/c/server.properties': combined(3, 'host-c'),
    };
    const asFiles = (record: Record<string, string>) => Object.entries(record).map(([uri, text]) => ({ uri, text }));
    const countIn = (found: Map<string, { code: string }[]>) =>
      [...found.values()].flat().filter((f) => f.code === 'disjoint-sibling-quorum').length;
    assert.equal(countIn(linter.lint(asFiles(files)).findings), 3);
    // c becomes a copy of a's id: no longer three distinct nodes, so a and b lose their finding too.
    const edited = { ...files, 'k/c/server.properties': combined(1, 'host-c') };
    assert.equal(countIn(linter.lint(asFiles(edited)).findings), countIn(lintWorkspace(asFiles(edited))));
    assert.equal(countIn(lintWorkspace(asFiles(edited))), 0);
  });
  it('several brokers advertising one endpoint: a warning naming the other broker', () => {
    const voters = 'controller.quorum.voters=1@10.0.0.1:9093,2@10.0.0.2:9093,3@10.0.0.3:9093';
    const files: Record<string, string> = {
      'k/a/server.properties': combined(1, '10.0.0.1'),
      'k/b/server.properties': combined(2, '10.0.0.2'),
      'k/c/server.properties': combined(3, '10.0.0.3'),
    };
    for (const uri of Object.keys(files)) files[uri] = files[uri].replace(/controller\.quorum\.voters=.*/, voters);
    assert.deepEqual(
      lint(files).filter((f) => f.code === 'shared-advertised-endpoint'),
      [],
    );
    files['k/c/server.properties'] = files['k/c/server.properties'].replace(
      'advertised.listeners=PLAINTEXT://10.0.0.3:9092',
      'advertised.listeners=PLAINTEXT://10.0.0.2:9092',
    );
    const found = lint(files).filter((f) => f.code === 'shared-advertised-endpoint');
    assert.deepEqual(found.map((f) => f.uri).sort(), ['k/b/server.properties', 'k/c/server.properties']);
    assert.match(
      found.find((f) => f.uri === 'k/c/server.properties')!.message,
      /10\.0\.0\.2:9092 \(PLAINTEXT\) is also advertised by broker\+controller 2 on 10\.0\.0\.2/,
    );
  });
  it('SASL controller listener: a mechanism the controller does not enable is a warning (Kafka starts), also for brokers', () => {
    const controller = [
      'process.roles=controller',
      'node.id=1',
      'controller.quorum.voters=1@c1:9093',
      'listeners=CONTROLLER://c1:9093',
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT',
      'sasl.enabled.mechanisms=SCRAM-SHA-512',
      'sasl.mechanism.controller.protocol=SCRAM-SHA-512',
      'log.dirs=/data/c',
      '',
    ].join('\n');
    const broker = [
      'process.roles=broker',
      'node.id=2',
      'controller.quorum.voters=1@c1:9093',
      'listeners=PLAINTEXT://b2:9092',
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,PLAINTEXT:PLAINTEXT',
      'sasl.mechanism.controller.protocol=PLAIN',
      'log.dirs=/data/b',
      '',
    ].join('\n');
    const found = lint({ 'k/c1/server.properties': controller, 'k/b2/server.properties': broker }).filter(
      (f) => f.code === 'sasl-controller-mechanism',
    );
    assert.deepEqual(
      found.map((f) => [f.uri, f.severity]),
      [['k/b2/server.properties', 'warning']],
    );
    assert.match(found[0].message, /controller 1 on c1 only enables \[SCRAM-SHA-512\]/);
    assert.equal(found[0].fixes![0].title, 'Set sasl.mechanism.controller.protocol=SCRAM-SHA-512');
    // The default mechanism (GSSAPI) on a controller enabling only PLAIN.
    const own = lint(
      controller.replace('sasl.mechanism.controller.protocol=SCRAM-SHA-512\n', '').replace('SCRAM-SHA-512', 'PLAIN'),
    ).filter((f) => f.code === 'sasl-controller-mechanism');
    assert.match(own[0].message, /GSSAPI/);
  });
  describe('dynamic quorums (KIP-853)', () => {
    const dynamicController = (id: number, listener: string, bootstrap: string, advertised?: string) =>
      [
        'process.roles=controller',
        `node.id=${id}`,
        `controller.quorum.bootstrap.servers=${bootstrap}`,
        `listeners=${listener}`,
        ...(advertised ? [`advertised.listeners=${advertised}`] : []),
        'controller.listener.names=CONTROLLER',
        'log.dirs=/data/c',
        '',
      ].join('\n');
    const BOOT = '10.0.0.1:9093,10.0.0.2:9093';
    it('a bootstrap server where no controller listens', () => {
      const files = {
        'k/c1/server.properties': dynamicController(1, 'CONTROLLER://10.0.0.1:9093', BOOT),
        'k/c2/server.properties': dynamicController(2, 'CONTROLLER://10.0.0.2:9093', '10.0.0.1:9093,10.0.0.2:9094'),
      };
      const found = lint(files).filter((f) => f.code === 'dynamic-quorum');
      assert.deepEqual(
        found.map((f) => f.uri),
        ['k/c2/server.properties'],
      );
      assert.match(found[0].message, /10\.0\.0\.2:9094/);
      assert.equal(found[0].relatedInformation!.length, 2);
    });
    it('controllers mixing static voters and bootstrap-only settings', () => {
      const files = {
        'k/c1/server.properties': dynamicController(1, 'CONTROLLER://10.0.0.1:9093', BOOT),
        'k/c2/server.properties': dynamicController(2, 'CONTROLLER://10.0.0.2:9093', BOOT).replace(
          `controller.quorum.bootstrap.servers=${BOOT}`,
          'controller.quorum.voters=1@10.0.0.1:9093,2@10.0.0.2:9093',
        ),
      };
      const found = lint(files).filter((f) => f.code === 'dynamic-quorum');
      assert.deepEqual(
        found.map((f) => f.uri),
        ['k/c1/server.properties'],
      );
      assert.match(found[0].message, /static quorum/);
    });
    it('a wildcard controller listener with no advertised address, unless the quorum is on one machine', () => {
      const files = {
        'k/c1/server.properties': dynamicController(1, 'CONTROLLER://:9093', BOOT),
        'k/c2/server.properties': dynamicController(2, 'CONTROLLER://0.0.0.0:9093', BOOT, 'CONTROLLER://10.0.0.2:9093'),
      };
      const found = lint(files).filter((f) => f.code === 'dynamic-quorum' && /all interfaces/.test(f.message));
      assert.deepEqual(
        found.map((f) => f.uri),
        ['k/c1/server.properties'],
      );
      assert.deepEqual(
        lint(dynamicController(1, 'CONTROLLER://:9093', 'localhost:9093')).filter((f) => f.code === 'dynamic-quorum'),
        [],
      );
    });
  });
});

describe('kafka-storage format flags in the node.id hover', () => {
  const hoverNodeId = (files: Record<string, string>, uri: string) => {
    const text = files[uri];
    const line = text.split('\n').findIndex((l) => l.startsWith('node.id='));
    return (
      hover(analyzeWorkspace(Object.entries(files).map(([u, t]) => ({ uri: u, text: t }))), uri, { line, character: 9 })
        ?.markdown ?? ''
    );
  };
  const dyn = (id: number, roles: string) =>
    [
      `process.roles=${roles}`,
      `node.id=${id}`,
      'controller.quorum.bootstrap.servers=10.0.0.1:9093,10.0.0.2:9093',
      `listeners=CONTROLLER://10.0.0.${id}:9093`,
      'controller.listener.names=CONTROLLER',
      'log.dirs=/d',
      '',
    ].join('\n');
  it('static quorum: no dynamic flags', () => {
    assert.match(hoverNodeId({ 'n/server.properties': BASE }, 'n/server.properties'), /without `--standalone`/);
  });
  it('dynamic quorum: --initial-controllers with the same list on every controller, --no-initial-controllers for brokers', () => {
    const files = {
      'k/c1/server.properties': dyn(1, 'controller'),
      'k/c2/server.properties': dyn(2, 'controller'),
      'k/b3/server.properties': dyn(3, 'broker').replace(
        'listeners=CONTROLLER://10.0.0.3:9093',
        'listeners=PLAINTEXT://10.0.0.3:9092',
      ),
    };
    const first = hoverNodeId(files, 'k/c1/server.properties');
    assert.match(
      first,
      /--initial-controllers 1@10\.0\.0\.1:9093:<directory-id-1>,2@10\.0\.0\.2:9093:<directory-id-2>/,
    );
    assert.match(hoverNodeId(files, 'k/c2/server.properties'), /--initial-controllers 1@10\.0\.0\.1:9093/);
    assert.match(hoverNodeId(files, 'k/b3/server.properties'), /--no-initial-controllers/);
    assert.match(
      hoverNodeId({ 'k/c1/server.properties': dyn(1, 'controller') }, 'k/c1/server.properties'),
      /--standalone/,
    );
  });
});
