// docker-compose: image dialects, environment forms, mapping of findings and fixes back onto the YAML.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  analyzeCompose,
  applyEdits,
  lintCompose,
  lintWorkspace,
  type FileEdit,
  type Finding,
} from '../../server/src/engine';
import { composeToProperties } from '../../server/src/engine/compose/convert';
import { apacheDialect, bitnamiDialect, confluentDialect, parseImage } from '../../server/src/engine/compose/dialects';
import { parseComposeFile } from '../../server/src/engine/compose/model';
import { interpolate } from '../../server/src/engine/compose/interpolate';
import { composeCompletion } from '../../server/src/engine/compose/completion';
import { composePrepareRename, composeRename } from '../../server/src/engine/compose/features';
import fc from 'fast-check';
import { parseDocument, type Node, type YAMLMap } from 'yaml';
import { decodeScalar, renderScalar, type ScalarStyle } from '../../server/src/engine/compose/scalar';
import { REPO } from '../support/engine';

const EXAMPLES = path.join(REPO, 'test/fixtures/compose/apache/docker-compose-files');
const examplePath = (name: string) => path.join(EXAMPLES, name, 'docker-compose.yml');

function reader(extra: Record<string, string> = {}, image = 'apache/kafka:3.8.0') {
  return (uri: string) => {
    if (uri in extra) return extra[uri];
    if (uri.endsWith('/.env')) return `IMAGE=${image}\n`;
    try {
      return fs.readFileSync(uri, 'utf8');
    } catch {
      return undefined;
    }
  };
}

function lint(
  text: string,
  uri = '/p/docker-compose.yml',
  files: Record<string, string> = {},
  image?: string,
): Finding[] {
  return [...lintCompose([{ uri, text }], reader(files, image)).values()].flat();
}

const serious = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
const lineOf = (text: string, needle: string, from = 0) =>
  text.split('\n').findIndex((line, i) => i >= from && line.includes(needle));
const tokenAt = (text: string, f: Finding) =>
  text
    .split('\n')
    [f.range.start.line].slice(
      f.range.start.character,
      f.range.end.line === f.range.start.line ? f.range.end.character : undefined,
    );

describe('compose: image dialects', () => {
  it('apache/kafka: ___ is -, __ is _, _ is .; launcher variables are not properties', () => {
    assert.equal(apacheDialect.propertyOf('KAFKA_NODE_ID'), 'node.id');
    assert.equal(
      apacheDialect.propertyOf('KAFKA_LISTENER_NAME_EXTERNAL__HOST_SSL_KEYSTORE_LOCATION'),
      'listener.name.external_host.ssl.keystore.location',
    );
    assert.equal(apacheDialect.propertyOf('KAFKA_LOG_CLEANER_IO___BUFFER'), 'log.cleaner.io-buffer');
    assert.equal(apacheDialect.propertyOf('KAFKA_HEAP_OPTS'), undefined);
    assert.equal(apacheDialect.propertyOf('CLUSTER_ID'), undefined);
    for (const key of ['node.id', 'listener.name.external_host.ssl.keystore.location', 'a-b.c_d']) {
      assert.equal(apacheDialect.propertyOf(apacheDialect.variableOf(key)!), key, key);
    }
  });
  it("cp-kafka: versions follow Confluent Platform; confluent.* keys stay Confluent's", () => {
    assert.equal(confluentDialect.kafkaVersion('7.7.1'), '3.7');
    assert.equal(confluentDialect.kafkaVersion('8.0.0'), '4.0');
    assert.equal(confluentDialect.kafkaVersion('latest'), undefined);
    assert.equal(confluentDialect.propertyOf('KAFKA_CONFLUENT_LICENSE_TOPIC_REPLICATION_FACTOR'), undefined);
    assert.equal(confluentDialect.propertyOf('KAFKA_PROCESS_ROLES'), 'process.roles');
  });
  it('bitnami: KAFKA_CFG_ with every _ a dot, protocol names restored, legacy aliases', () => {
    assert.equal(
      bitnamiDialect.propertyOf('KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP'),
      'listener.security.protocol.map',
    );
    assert.equal(
      bitnamiDialect.propertyOf('KAFKA_CFG_SASL_MECHANISM_INTER_BROKER_PROTOCOL'),
      'sasl.mechanism.inter.broker.protocol',
    );
    assert.equal(
      bitnamiDialect.propertyOf('KAFKA_CFG_LISTENER_NAME_SASL_SSL_PLAIN_SASL_JAAS_CONFIG'),
      'listener.name.sasl_ssl.plain.sasl.jaas.config',
    );
    assert.equal(bitnamiDialect.propertyOf('KAFKA_NODE_ID'), 'node.id');
    assert.equal(bitnamiDialect.propertyOf('KAFKA_KRAFT_CLUSTER_ID'), undefined);
    assert.equal(bitnamiDialect.variableOf('listener.name.external_host.ssl.keystore.location'), undefined);
    assert.equal(bitnamiDialect.kafkaVersion('3.7.0-debian-12-r0'), '3.7');
  });
  it('image references: registry, tag and digest', () => {
    assert.deepEqual(parseImage('docker.io/apache/kafka:3.8.0'), {
      raw: 'docker.io/apache/kafka:3.8.0',
      repository: 'apache/kafka',
      tag: '3.8.0',
    });
    assert.equal(parseImage('localhost:5000/bitnami/kafka@sha256:abcd').repository, 'bitnami/kafka');
    assert.equal(apacheDialect.kafkaVersion(parseImage('apache/kafka:3.8.0').tag), '3.8');
  });
});

describe('compose: environment forms', () => {
  const read = (files: Record<string, string>) => (uri: string) => files[uri];
  it('map, list, env_file, .env interpolation with defaults, anchors with merge keys, x- blocks and extends', () => {
    const text = [
      'x-kafka: &kafka',
      '  KAFKA_PROCESS_ROLES: broker',
      '  KAFKA_NUM_PARTITIONS: "${PARTS:-3}"',
      'services:',
      '  base:',
      '    environment:',
      '      KAFKA_LOG_RETENTION_HOURS: 12',
      '  a:',
      '    extends: base',
      '    env_file: ./a.env',
      '    environment:',
      '      <<: *kafka',
      '      KAFKA_NODE_ID: ${ID-7}',
      "      KAFKA_LISTENERS: 'PLAINTEXT://:9092'",
      '  b:',
      '    environment:',
      '      - KAFKA_NODE_ID=2',
      '      - "KAFKA_BROKER_RACK=r1"',
      '      - KAFKA_OPTS',
    ].join('\n');
    const file = parseComposeFile('/p/docker-compose.yml', text, {
      read: read({ '/p/a.env': 'KAFKA_NODE_ID=9\nKAFKA_MESSAGE_MAX_BYTES="2000"\n', '/p/.env': 'PARTS=\n' }),
    });
    const a = file.services.find((s) => s.name === 'a')!;
    const value = (name: string) => a.env.get(name)?.value?.text;
    assert.equal(value('KAFKA_PROCESS_ROLES'), 'broker');
    assert.equal(value('KAFKA_NUM_PARTITIONS'), '3', ':- applies to an empty variable');
    assert.equal(value('KAFKA_NODE_ID'), '7', 'environment beats env_file; - default');
    assert.equal(value('KAFKA_MESSAGE_MAX_BYTES'), '2000');
    assert.equal(value('KAFKA_LOG_RETENTION_HOURS'), '12', 'extends');
    assert.equal(value('KAFKA_LISTENERS'), 'PLAINTEXT://:9092');
    assert.equal(
      a.env.get('KAFKA_NUM_PARTITIONS')!.nameToken.start,
      text.indexOf('KAFKA_NUM_PARTITIONS'),
      'the anchor is where it is written',
    );
    assert.equal(a.env.get('KAFKA_MESSAGE_MAX_BYTES')!.nameToken.source.uri, '/p/a.env');
    const b = file.services.find((s) => s.name === 'b')!;
    assert.equal(b.env.get('KAFKA_NODE_ID')!.value!.text, '2');
    assert.equal(b.env.get('KAFKA_BROKER_RACK')!.value!.text, 'r1');
    assert.equal(b.env.get('KAFKA_OPTS')!.value, undefined, 'a bare name passes the shell variable through');
  });
  it('interpolation keeps where each character came from; $$ is a dollar; missing without default is unresolved', () => {
    const result = interpolate('a${X}b$$${Y:?no}', new Map([['X', 'xyz']]));
    assert.equal(result.value, 'axyzb$${Y:?no}');
    assert.deepEqual(result.origins[1], [1, 5]);
    assert.deepEqual(result.unresolved, ['Y']);
  });
});

describe("compose: Apache's examples", () => {
  for (const name of [
    'single-node/plaintext',
    'single-node/ssl',
    'single-node/file-input',
    'cluster/combined/plaintext',
    'cluster/combined/ssl',
    'cluster/isolated/plaintext',
    'cluster/isolated/ssl',
  ]) {
    it(`${name} lints clean with apache/kafka 3.8.0 and 4.0.0`, () => {
      for (const image of ['apache/kafka:3.8.0', 'apache/kafka:4.0.0']) {
        const file = examplePath(name);
        assert.deepEqual(serious(lint(fs.readFileSync(file, 'utf8'), file, {}, image)), []);
      }
    });
  }
});

describe('compose: mutated examples report on the right lines', () => {
  const file = examplePath('cluster/isolated/plaintext');
  const original = fs.readFileSync(file, 'utf8');
  const check = (mutate: (text: string) => string, code: string | string[], needle: string, from = 0) => {
    const text = mutate(original);
    const codes = typeof code === 'string' ? [code] : code;
    const findings = lint(text, file).filter((f) => codes.includes(f.code) && f.uri === file);
    const line = lineOf(text, needle, from);
    assert.ok(
      findings.some((f) => f.range.start.line === line),
      `${code} expected on line ${line + 1}: ${JSON.stringify(findings.map((f) => [f.range.start.line + 1, f.message]))}`,
    );
    return { text, findings };
  };
  it('a duplicate node id', () => {
    const from = lineOf(original, 'controller-2:');
    const { text, findings } = check(
      (t) => t.replace(/KAFKA_NODE_ID: 2/, 'KAFKA_NODE_ID: 1'),
      'duplicate-node-id',
      'KAFKA_NODE_ID: 1',
      from,
    );
    assert.equal(
      tokenAt(text, findings.find((f) => f.range.start.line === lineOf(text, 'KAFKA_NODE_ID: 1', from))!),
      '1',
    );
    assert.match(findings[0].message, /KAFKA_NODE_ID/);
  });
  it('voters that differ', () => {
    const from = lineOf(original, 'kafka-2:');
    check(
      (t) => {
        const lines = t.split('\n');
        const at = lines.findIndex((l, i) => i > from && l.includes('KAFKA_CONTROLLER_QUORUM_VOTERS'));
        lines[at] = lines[at].replace('3@controller-3:9093', '3@controller-3:9094');
        return lines.join('\n');
      },
      ['voters-mismatch', 'voter-node-mismatch'],
      'KAFKA_CONTROLLER_QUORUM_VOTERS',
      from,
    );
  });
  it('a misspelt variable names both spellings and fixes the YAML key', () => {
    const { text, findings } = check(
      (t) => t.replace('KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS', 'KAFKA_GROUP_INITAL_REBALANCE_DELAY_MS'),
      'unknown-key',
      'KAFKA_GROUP_INITAL',
    );
    const finding = findings[0];
    assert.equal(tokenAt(text, finding), 'KAFKA_GROUP_INITAL_REBALANCE_DELAY_MS');
    assert.match(finding.message, /KAFKA_GROUP_INITAL_REBALANCE_DELAY_MS/);
    const fix = finding.fixes?.find((f) => f.edits.some((e) => e.newText === 'KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS'));
    assert.ok(fix, JSON.stringify(finding.fixes));
  });
  it('an unmapped controller listener', () => {
    const from = lineOf(original, 'kafka-1:');
    check(
      (t) =>
        t.replace(
          "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT'",
          "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT'",
        ),
      'listener-protocol',
      'KAFKA_CONTROLLER_LISTENER_NAMES',
      from,
    );
  });
  it('a broker in the voters', () => {
    const from = lineOf(original, 'kafka-1:');
    check(
      (t) => t.replace(/KAFKA_NODE_ID: 4/, 'KAFKA_NODE_ID: 3'),
      'broker-in-voters',
      'KAFKA_CONTROLLER_QUORUM_VOTERS',
      from,
    );
  });
  it('an image refusal: a controller-only service with advertised listeners', () => {
    const from = lineOf(original, 'controller-1:');
    const { text, findings } = check(
      (t) =>
        t.replace(
          "KAFKA_LISTENERS: 'CONTROLLER://:9093'",
          "KAFKA_LISTENERS: 'CONTROLLER://:9093'\n      KAFKA_ADVERTISED_LISTENERS: 'CONTROLLER://controller-1:9093'",
        ),
      'compose-image-refusal',
      'KAFKA_ADVERTISED_LISTENERS',
      from,
    );
    const fixed = applyEdits(
      text,
      findings[0].fixes![0].edits.filter((e) => e.uri === file),
    );
    assert.equal(fixed, original);
  });
  it('CLUSTER_ID missing', () => {
    check((t) => t.replace("CLUSTER_ID: '4L6g3nShT-eMCtK--X86sw'\n", ''), 'compose-cluster-id', 'environment:');
  });
});

describe('compose: fixes edit YAML in its own style', () => {
  it('a quoted value stays quoted; a new variable takes the list form and indentation', () => {
    const text = [
      'services:',
      '  kafka:',
      '    image: apache/kafka:3.9.0',
      '    environment:',
      '      - KAFKA_PROCESS_ROLES=broker,controller',
      '      - KAFKA_NODE_ID=1',
      "      - 'KAFKA_CONTROLLER_QUORUM_VOTERS=1@kafka:9093'",
      '      - KAFKA_LISTENERS=PLAINTEXT://:9092,CONTROLLER://:9093',
      '      - KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:9092',
      '      - CLUSTER_ID=abc',
      '      - KAFKA_LOG_DIRS=/var/lib/kafka/data',
      '      - KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR=1',
      '      - KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR=1',
      '      - KAFKA_TRANSACTION_STATE_LOG_MIN_ISR=1',
      '',
    ].join('\n');
    const findings = lint(text);
    const names = findings.find((f) => f.code === 'controller-listener-names');
    assert.ok(names, JSON.stringify(findings.map((f) => f.code)));
    const fix = names!.fixes?.find((f) => f.preferred) ?? names!.fixes?.[0];
    assert.ok(fix, 'a fix that adds the variable');
    const fixed = applyEdits(text, fix!.edits);
    assert.match(fixed, /\n {6}- KAFKA_CONTROLLER_LISTENER_NAMES=CONTROLLER\n/);
    assert.deepEqual(
      serious(lint(fixed)).map((f) => f.code),
      [],
    );
  });
  it('an unresolved ${VAR} is not a type error; an unknown image gets one information finding', () => {
    const text =
      'services:\n  k:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: ${NODE}\n      KAFKA_PROCESS_ROLES: broker,controller\n  w:\n    image: wurstmeister/kafka\n    environment:\n      KAFKA_NODE_ID: x\n';
    const findings = lint(text);
    assert.ok(
      !findings.some((f) => f.code === 'invalid-value' || f.code === 'node-id'),
      JSON.stringify(findings.map((f) => f.code)),
    );
    const unknown = findings.filter((f) => f.range.start.line >= 6);
    assert.deepEqual(
      unknown.map((f) => [f.code, f.severity]),
      [['compose-unknown-image', 'information']],
    );
  });
});

describe("compose: other images' documented forms lint clean", () => {
  for (const name of ['bitnami', 'cp-kafka']) {
    it(name, () => {
      const file = path.join(REPO, 'test/fixtures/compose/dialects', name, 'docker-compose.yml');
      assert.deepEqual(
        serious(lint(fs.readFileSync(file, 'utf8'), file)).map((f) => [f.code, f.message]),
        [],
      );
    });
  }
  it('cp-kafka refusals: forbidden variable, controller without advertised listeners on 8.2 (Kafka 4.2)', () => {
    const file = path.join(REPO, 'test/fixtures/compose/dialects/cp-kafka/docker-compose.yml');
    const original = fs.readFileSync(file, 'utf8');
    const forbidden = original.replace(
      '      KAFKA_JMX_PORT: 9101\n',
      '      KAFKA_JMX_PORT: 9101\n      KAFKA_ADVERTISED_PORT: 9092\n',
    );
    const found = lint(forbidden, file).filter((f) => f.code === 'compose-image-refusal');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, lineOf(forbidden, 'KAFKA_ADVERTISED_PORT'));
    const controller = [
      'services:',
      '  controller:',
      '    image: confluentinc/cp-kafka:8.2.0',
      '    environment:',
      '      KAFKA_NODE_ID: 1',
      "      KAFKA_PROCESS_ROLES: 'controller'",
      "      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@controller:9093'",
      "      KAFKA_LISTENERS: 'CONTROLLER://:9093'",
      "      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER'",
      "      CLUSTER_ID: 'MkU3OEVBNTcwNTJENDM2Qk'",
      '',
    ].join('\n');
    assert.ok(lint(controller, file).some((f) => f.code === 'compose-image-refusal' && /8\.2\.0/.test(f.message)));
    assert.ok(!lint(controller.replace('8.2.0', '8.1.0'), file).some((f) => f.code === 'compose-image-refusal'));
  });
});

describe('compose: the network', () => {
  const file = examplePath('cluster/combined/plaintext');
  const original = fs.readFileSync(file, 'utf8');
  const found = (text: string, code: string) => lint(text, file).filter((f) => f.code === code);
  it('a voter on a host no service answers to', () => {
    const text = original.replace(
      "'1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093'",
      "'1@kafka-1:9093,2@kafka-2:9093,3@kafka-9:9093'",
    );
    const findings = found(text, 'compose-unresolved-host');
    assert.ok(findings.length >= 1);
    assert.equal(tokenAt(text, findings[0]), 'kafka-9');
  });
  it('a voter on localhost that is another service', () => {
    const text = original.replace(
      "'1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093'",
      "'1@kafka-1:9093,2@kafka-2:9093,3@localhost:9093'",
    );
    const findings = found(text, 'compose-unresolved-host');
    assert.ok(findings.some((f) => tokenAt(text, f) === 'localhost'));
  });
  it('an advertised listener naming another service', () => {
    const text = original.replace('PLAINTEXT://kafka-2:19092', 'PLAINTEXT://kafka-1:19092');
    const findings = found(text, 'compose-unresolved-host');
    assert.equal(findings.length, 1);
    assert.equal(
      findings[0].range.start.line,
      lineOf(text, 'PLAINTEXT://kafka-1:19092,PLAINTEXT_HOST://localhost:39092'),
    );
  });
  it('an advertised host port that is not published, and one published onto another container port', () => {
    const unpublished = original.replace('- 29092:9092', '- 29093:9092');
    const findings = found(unpublished, 'compose-published-port');
    assert.equal(findings.length, 1);
    assert.equal(tokenAt(unpublished, findings[0]), '29092');
    const wrongTarget = original.replace('- 29092:9092', '- 29092:19092');
    assert.equal(found(wrongTarget, 'compose-published-port').length, 1);
  });
  it('two services publishing one host port', () => {
    const text = original.replace('- 39092:9092', '- 29092:9092');
    const findings = found(text, 'compose-host-port-conflict');
    assert.deepEqual(
      findings.map((f) => f.range.start.line).sort((a, b) => a - b),
      [lineOf(text, '- 29092:9092'), lineOf(text, '- 29092:9092', lineOf(text, '- 29092:9092') + 1)],
    );
  });
  it('network_mode: host turns the network checks off', () => {
    const text = original
      .replace("'1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093'", "'1@kafka-1:9093,2@kafka-2:9093,3@kafka-9:9093'")
      .replace('    hostname: kafka-1\n', '    hostname: kafka-1\n    network_mode: host\n');
    assert.deepEqual(found(text, 'compose-unresolved-host'), []);
  });
});

describe('compose: the Kafka version comes from the image tag unless a setting gives one', () => {
  const service = (image: string) =>
    `services:\n  k:\n    image: ${image}\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_PROCESS_ROLES: broker,controller\n      KAFKA_CFG_NODE_ID: 1\n`;
  for (const [image, version] of [
    ['apache/kafka:3.8.0', '3.8'],
    ['confluentinc/cp-kafka:7.7.1', '3.7'],
    ['bitnami/kafka:3.7', '3.7'],
    ['apache/kafka-native:4.1.0', '4.1'],
  ]) {
    it(`${image} → ${version}`, () => {
      const analyzed = analyzeCompose({ uri: '/p/docker-compose.yml', text: service(image) }, () => undefined);
      assert.equal(analyzed.workspace.clusters[0].kafkaVersion, version);
      assert.equal(
        analyzeCompose({ uri: '/p/docker-compose.yml', text: service(image) }, () => undefined, { kafkaVersion: '4.0' })
          .workspace.clusters[0].kafkaVersion,
        '4.0',
      );
    });
  }
});

describe('compose: the real-Kafka corpus', () => {
  it('test/kafka/corpus/compose holds what each service receives today (node scripts/compose-corpus.mjs)', () => {
    const { status, stderr } = require('node:child_process').spawnSync(
      process.execPath,
      [path.join(REPO, 'scripts/compose-corpus.mjs'), '--check'],
      { encoding: 'utf8' },
    );
    assert.equal(status, 0, stderr);
  });
});

describe('compose: completion', () => {
  const text = [
    'services:',
    '  kafka:',
    '    image: apache/kafka:3.9.0',
    '    environment:',
    "      KAFKA_PROCESS_ROLES: 'broker,controller'",
    '      KAFKA_NODE_ID: 1',
    '      KAFKA_CONT',
    '  other:',
    '    image: bitnami/kafka:3.7',
    '    environment:',
    '      - KAFKA_CFG_NODE_ID=2',
    '      - KAFKA_CFG_PROCESS_ROLES=broker',
    '      - KAFKA_CFG_LIS',
    '',
  ].join('\n');
  const at = (line: number, character: number) =>
    composeCompletion(
      analyzeCompose({ uri: '/p/docker-compose.yml', text }, () => undefined),
      '/p/docker-compose.yml',
      { line, character },
    );
  it("variable names in the image's spelling, in the block's form, without the ones already set", () => {
    const map = at(6, 16).items;
    assert.ok(
      map.some(
        (item) =>
          item.label === 'KAFKA_CONTROLLER_QUORUM_VOTERS' && item.insertText === 'KAFKA_CONTROLLER_QUORUM_VOTERS: ',
      ),
    );
    assert.ok(!map.some((item) => item.label === 'KAFKA_NODE_ID'));
    assert.deepEqual(map[0].range, { start: { line: 6, character: 6 }, end: { line: 6, character: 16 } });
    const list = at(12, 19).items;
    assert.ok(list.some((item) => item.label === 'KAFKA_CFG_LISTENERS' && item.insertText === 'KAFKA_CFG_LISTENERS='));
    assert.ok(!list.some((item) => item.label.includes('__')), 'bitnami cannot write keys with _');
  });
  it('values through the virtual file, with ranges on the YAML value', () => {
    const items = at(4, 29).items;
    assert.ok(
      items.some((item) => /controller/.test(item.label)),
      JSON.stringify(items.map((item) => item.label)),
    );
    for (const item of items) if (item.range) assert.equal(item.range.start.line, 4);
  });
});

describe('compose: suppression comments', () => {
  it('# kraft-disable-next-line in the YAML hides that finding only', () => {
    const file = examplePath('cluster/combined/plaintext');
    const text = fs.readFileSync(file, 'utf8').replace(/KAFKA_NODE_ID: 2/, 'KAFKA_NODE_ID: 1');
    const line = lineOf(text, 'KAFKA_NODE_ID: 1');
    const suppressed = text
      .split('\n')
      .map((l, i) => (i === line ? `      # kraft-disable-next-line duplicate-node-id\n${l}` : l))
      .join('\n');
    const before = lint(text, file).filter((f) => f.code === 'duplicate-node-id').length;
    const after = lint(suppressed, file).filter((f) => f.code === 'duplicate-node-id').length;
    assert.equal(after, before - 1);
  });
});

describe('compose: rename', () => {
  it("a controller's node id with its voter entry in every service, in the YAML", () => {
    const file = examplePath('cluster/isolated/plaintext');
    const text = fs.readFileSync(file, 'utf8');
    const analyzed = analyzeCompose({ uri: file, text }, reader());
    const line = lineOf(text, 'KAFKA_NODE_ID: 2');
    const character = text.split('\n')[line].indexOf('2');
    const prepared = composePrepareRename(analyzed, file, { line, character });
    assert.ok(prepared, 'rename is possible on the id');
    assert.equal(prepared!.placeholder, '2');
    const result = composeRename(analyzed, file, { line, character }, '7');
    assert.ok(result && 'edits' in result, JSON.stringify(result));
    const renamed = applyEdits(
      text,
      (result as { edits: FileEdit[] }).edits.filter((edit) => edit.uri === file),
    );
    assert.match(renamed, /KAFKA_NODE_ID: 7/);
    assert.equal((renamed.match(/2@controller-2/g) ?? []).length, 0);
    assert.equal((renamed.match(/7@controller-2:9093/g) ?? []).length, 6);
    assert.deepEqual(serious(lint(renamed, file)), []);
  });
});

describe('compose: override files', () => {
  const base = fs.readFileSync(examplePath('cluster/combined/plaintext'), 'utf8');
  const override = 'services:\n  kafka-2:\n    environment:\n      KAFKA_NODE_ID: 1\n';
  it("docker-compose.override.yml applies to its base: findings land on the override's lines", () => {
    const files = { '/o/docker-compose.override.yml': override, '/o/.env': 'IMAGE=apache/kafka:4.0.0\n' };
    const all = lintCompose(
      [
        { uri: '/o/docker-compose.yml', text: base },
        { uri: '/o/docker-compose.override.yml', text: override },
      ],
      (uri) => (uri in files ? files[uri as keyof typeof files] : undefined),
    );
    const onOverride = (all.get('/o/docker-compose.override.yml') ?? []).filter((f) => f.code === 'duplicate-node-id');
    assert.equal(onOverride.length, 1);
    assert.equal(onOverride[0].range.start.line, 3);
    assert.ok((all.get('/o/docker-compose.yml') ?? []).some((f) => f.code === 'duplicate-node-id'));
  });
  it('an override alone, or a fragment without image:, is not judged as a whole config', () => {
    assert.deepEqual(lint(override, '/lonely/docker-compose.override.yml'), []);
    assert.deepEqual(lint(override, '/lonely/docker-compose.prod.yml'), []);
  });
});

describe('compose: bitnami → apache/kafka', () => {
  it('converts every service with the same properties (log.dirs aside) and no new finding', () => {
    const file = path.join(REPO, 'test/fixtures/compose/dialects/bitnami/docker-compose.yml');
    const text = fs.readFileSync(file, 'utf8');
    const offers = lint(text, file).filter((f) => f.code === 'compose-bitnami-legacy');
    assert.equal(offers.length, 3);
    const converted = applyEdits(
      text,
      offers.flatMap((f) => f.fixes![0].edits),
    );
    assert.deepEqual(serious(lint(converted, file)), []);
    assert.ok(!lint(converted, file).some((f) => f.code === 'compose-bitnami-legacy'));
    const propertiesOf = (source: string) =>
      analyzeCompose({ uri: file, text: source }, reader()).project.nodes.map((node) =>
        node.text
          .split('\n')
          .filter((line) => line && !line.startsWith('log.dirs='))
          .sort(),
      );
    assert.deepEqual(propertiesOf(converted), propertiesOf(text));
    assert.ok(
      analyzeCompose({ uri: file, text: converted }, reader()).project.nodes.every(
        (node) => node.dialect.id === 'apache',
      ),
    );
  });
});

describe('compose → properties (kraft-config compose-export)', () => {
  it("each service's server.properties passes the properties validation as the compose file does", () => {
    for (const name of ['cluster/combined/plaintext', 'cluster/isolated/ssl']) {
      const file = examplePath(name);
      const analyzed = analyzeCompose({ uri: file, text: fs.readFileSync(file, 'utf8') }, reader());
      const outputs = composeToProperties(analyzed.project.nodes, 'docker-compose.yml');
      assert.equal(outputs.length, 6 - (name.includes('combined') ? 3 : 0));
      const findings = [
        ...lintWorkspace(outputs.map((output) => ({ uri: `/export/${output.path}`, text: output.content }))).values(),
      ].flat();
      assert.deepEqual(
        serious(findings).map((f) => `${f.uri} ${f.code} ${f.message}`),
        [],
      );
    }
  });
});

describe('compose: services started by their own command', () => {
  it("the generator's single-machine compose (mounted files, entrypoint/command) gives no compose finding", () => {
    const text = [
      'services:',
      '  combined-1:',
      '    image: apache/kafka:4.3.0',
      '    network_mode: host',
      '    environment:',
      '      KAFKA_ADMIN_PASSWORD: ${KAFKA_ADMIN_PASSWORD:?export KAFKA_ADMIN_PASSWORD first}',
      '    volumes:',
      '      - ./localhost/combined-1/server.properties:/etc/kraft/server.properties:ro',
      '    entrypoint: ["/bin/bash", "-c"]',
      '    command:',
      "      - '/opt/kafka/bin/kafka-server-start.sh /etc/kraft/server.properties'",
      '',
    ].join('\n');
    assert.deepEqual(lint(text), []);
  });
});

describe('compose: YAML scalars (properties)', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '0',
      ' ',
      ':',
      '#',
      "'",
      '"',
      '\\',
      ',',
      '@',
      '-',
      '$',
      '{',
      '}',
      '/',
      '=',
      '\t',
      'é',
    ),
  });
  const styles = fc.constantFrom<ScalarStyle>('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE');
  it('a value written in any style reads back the same, and each decoded character maps into the token', () => {
    fc.assert(
      fc.property(text, styles, (value, style) => {
        const source = `KEY: ${renderScalar(value, style)}\n`;
        const doc = parseDocument(source);
        const node = (doc.contents as YAMLMap).items[0].value as Node;
        const decoded = decodeScalar(node, source)!;
        assert.equal(decoded.value, value);
        if (decoded.chars) {
          assert.equal(decoded.chars.length, value.length);
          for (const [start, end] of decoded.chars)
            assert.ok(start >= decoded.start && end <= decoded.end && start < end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('compose: accepted unknown keys', () => {
  it('a variable name accepted in kraft.validation.acceptedUnknownKeys (as the quick-fix records it) is not reported', () => {
    const text =
      'services:\n  k:\n    image: apache/kafka:4.0.0\n    environment:\n      KAFKA_PROCESS_ROLES: broker,controller\n      KAFKA_MY_PLUGIN_SETTING: x\n';
    const codes = (accepted: string[]) =>
      [
        ...lintCompose([{ uri: '/a/docker-compose.yml', text }], () => undefined, {
          acceptedUnknownKeys: accepted,
        }).values(),
      ]
        .flat()
        .filter((f) => f.code === 'unknown-key').length;
    assert.equal(codes([]), 1);
    assert.equal(codes(['KAFKA_MY_PLUGIN_SETTING']), 0);
    assert.equal(codes(['my.plugin.*']), 0);
  });
});
