// Kafka 4.x depth: plugin and vendor keys, deprecations per release, dynamic quorums, endpoints shared by brokers,
// SASL on the controller listener, per-node quorums in sibling folders.
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import { BASE_COMBINED as BASE, codes, lint } from '../support/engine';

const findingsOf = (text: string, code: string, kafkaVersion?: string) => lint(text, { kafkaVersion }).filter((f) => f.code === code);

describe('keys Kafka hands on to plugins and vendors', () => {
  it('remote-storage plugin keys are not unknown, with the default or the configured prefixes', () => {
    assert.deepEqual(findingsOf(BASE + 'rsm.config.bucket=b\nrlmm.config.remote.log.metadata.topic.replication.factor=1\n', 'unknown-key'), []);
    const custom = BASE + 'remote.log.storage.manager.impl.prefix=s3.\ns3.bucket=b\nrsm.config.bucket=b\n';
    assert.deepEqual(findingsOf(custom, 'unknown-key').map((f) => /"([^"]+)"/.exec(f.message)![1]), ['rsm.config.bucket']);
  });
  it('config-provider parameters are not unknown', () => {
    const text = BASE + 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nconfig.providers.file.param.allowed.paths=/etc/kafka\n';
    assert.deepEqual(findingsOf(text, 'unknown-key'), []);
  });
  it('vendor keys are information, not warnings', () => {
    const found = findingsOf(BASE + 'confluent.license=abc\nconfluent.balancer.enable=true\n', 'unknown-key');
    assert.deepEqual(found.map((f) => f.severity), ['information', 'information']);
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
    assert.match(findingsOf(protocols, 'deprecated-key', '4.3')[0].message, /group\.coordinator\.rebalance\.protocols" is deprecated since Kafka 4\.3/);
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
