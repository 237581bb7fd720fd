// Tests of the "Generate KRaft cluster" engine and the `kraft-config generate` CLI.
import * as assert from 'assert';
import {
  generateTopology,
  isKafkaUuid,
  kafkaUuid,
  planAddNode,
  seededRandomBytes,
  validateSpec,
  SpecError,
  type GenerateResult,
  type Layout,
  type SecurityProtocol,
  type TopologySpec,
} from '../../server/src/engine/generator';
import { runGenerate, type GenerateIo } from '../../server/src/cli/generate';
import { lintWorkspace } from '../../server/src/engine/index';
import { allCatalogs, setLocale } from '../../server/src/engine/i18n';
import type { Finding } from '../../server/src/engine/types';

const SEED_HOSTS = ['192.168.40.11', '192.168.40.14', '192.168.40.18'];
const random = () => seededRandomBytes(42);

function props(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([^#!\s][^=]*?)=(.*)$/.exec(line);
    if (match) map.set(match[1].trim(), match[2].trim());
  }
  return map;
}

function nodeFiles(result: GenerateResult) {
  return result.files.filter((f) => f.path.endsWith('/server.properties'));
}

function endpoints(value: string | undefined): { name: string; host: string; port: number }[] {
  return (value ?? '')
    .split(',')
    .filter((s) => s)
    .map((s) => {
      const m = /^([A-Z0-9_]+):\/\/(.*):(\d+)$/.exec(s.trim());
      assert.ok(m, `malformed listener ${s}`);
      return { name: m![1], host: m![2], port: Number(m![3]) };
    });
}

/**
 * Findings the generator produces on purpose, each explained in the generated warnings/README:
 * quorum-size (1 or an even number of controllers).
 */
const DELIBERATE = new Set(['quorum-size']);
/**
 * Engine false positives, reported to the engine owner: `config.providers` is read by AbstractConfig in every Kafka
 * version (the key is only *defined* from 4.2), so it is not an unknown key on 3.5-4.1.
 */
function knownFalsePositive(finding: Finding): boolean {
  return finding.code === 'unknown-key' && /"config\.providers"/.test(finding.message);
}

function lintFindings(result: GenerateResult, kafkaVersion: string): Finding[] {
  const files = nodeFiles(result).map((f) => ({ uri: `file:///cluster/${f.path}`, text: f.content }));
  const findings: Finding[] = [];
  for (const list of lintWorkspace(files, { kafkaVersion }).values()) findings.push(...list);
  return findings.filter((f) => !DELIBERATE.has(f.code) && !knownFalsePositive(f));
}

/** Structural checks that must hold for every generated topology. */
function checkTopology(result: GenerateResult, label: string): void {
  const files = nodeFiles(result);
  const spec = result.spec;
  const b = spec.brokerListener.name;
  const c = spec.controllerListener.name;
  assert.strictEqual(files.length, result.nodes.length, label);
  const ids = new Set<number>();
  const portsByHost = new Map<string, Set<number>>();
  const dirsByHost = new Map<string, Set<string>>();
  const quorumValues = new Set<string>();
  for (const file of files) {
    const p = props(file.content);
    const id = Number(p.get('node.id'));
    assert.ok(!ids.has(id), `${label}: duplicate node id ${id}`);
    ids.add(id);
    const node = result.nodes.find((n) => n.id === id)!;
    assert.ok(node, `${label}: node ${id} not planned`);
    const roles = p.get('process.roles');
    const listeners = endpoints(p.get('listeners'));
    const advertised = endpoints(p.get('advertised.listeners'));
    const ports = portsByHost.get(node.host) ?? new Set<number>();
    portsByHost.set(node.host, ports);
    for (const l of listeners) {
      assert.ok(!ports.has(l.port), `${label}: port ${l.port} used twice on ${node.host}`);
      ports.add(l.port);
    }
    for (const a of advertised) {
      assert.strictEqual(a.host, node.host, `${label}: advertised host`);
      assert.notStrictEqual(a.host, '0.0.0.0');
    }
    const map = p.get('listener.security.protocol.map')!;
    for (const name of [b, c])
      assert.ok(
        map.split(',').some((e) => e.startsWith(`${name}:`)),
        `${label}: ${name} mapped`,
      );
    assert.strictEqual(p.get('controller.listener.names'), c);
    if (roles === 'controller') {
      assert.deepStrictEqual(
        listeners.map((l) => l.name),
        [c],
        `${label}: controller-only listeners`,
      );
      assert.ok(!p.has('inter.broker.listener.name'));
      if (spec.kafkaVersion.startsWith('3.') && Number(spec.kafkaVersion.split('.')[1]) < 9)
        assert.ok(!p.has('advertised.listeners'), label);
      else
        assert.deepStrictEqual(
          advertised.map((a) => a.name),
          [c],
          label,
        );
    } else if (roles === 'broker') {
      assert.deepStrictEqual(
        listeners.map((l) => l.name),
        [b],
        `${label}: broker-only listeners`,
      );
      assert.strictEqual(p.get('inter.broker.listener.name'), b);
      assert.ok(!advertised.some((a) => a.name === c));
      if (spec.kafkaVersion === '4.3')
        assert.ok(!p.has('default.replication.factor') && !p.has('num.partitions'), `${label}: B8`);
    } else {
      assert.strictEqual(roles, 'broker,controller', label);
      assert.deepStrictEqual(
        listeners.map((l) => l.name),
        [b, c],
        label,
      );
      assert.strictEqual(p.get('inter.broker.listener.name'), b);
    }
    const dirs = dirsByHost.get(node.host) ?? new Set<string>();
    dirsByHost.set(node.host, dirs);
    assert.ok(!dirs.has(p.get('log.dirs')!), `${label}: data dir shared on ${node.host}`);
    dirs.add(p.get('log.dirs')!);
    if (spec.quorum === 'static') {
      assert.ok(!p.has('controller.quorum.bootstrap.servers'));
      quorumValues.add(p.get('controller.quorum.voters')!);
    } else {
      assert.ok(!p.has('controller.quorum.voters'), `${label}: dynamic quorum must not set voters`);
      quorumValues.add(p.get('controller.quorum.bootstrap.servers')!);
    }
    // Replication fits the broker count.
    const brokers = result.nodes.filter((n) => n.role !== 'controller').length;
    const rf = Math.min(brokers, 3);
    if (roles !== 'controller') {
      assert.strictEqual(p.get('offsets.topic.replication.factor'), String(rf), label);
      assert.strictEqual(p.get('transaction.state.log.min.isr'), String(Math.max(1, rf - 1)), label);
    }
    assert.strictEqual(p.get('min.insync.replicas'), String(Math.max(1, rf - 1)), label);
    // No secrets: every password is a config-provider reference.
    for (const [key, value] of p) {
      if (/password/.test(key)) assert.match(value, /^\$\{file:/, `${label}: ${key}`);
      if (/jaas/.test(key)) assert.ok(!/password="(?!\$\{file:)/.test(value), `${label}: ${key}`);
    }
  }
  assert.strictEqual(quorumValues.size, 1, `${label}: quorum string differs between nodes`);
  const controllers = result.nodes.filter((n) => n.role !== 'broker');
  const quorum = [...quorumValues][0];
  assert.strictEqual(quorum.split(',').length, controllers.length, label);

  // Format script: same cluster id everywhere, the right quorum flags, never voters together with --initial-controllers.
  const format = result.files.find((f) => f.path === 'format-storage.sh')!.content;
  assert.ok(format.includes(`CLUSTER_ID='${result.clusterId}'`), label);
  const formatLines = format.split('\n').filter((l) => l.startsWith('format '));
  assert.strictEqual(formatLines.length, result.nodes.length, label);
  for (const line of formatLines) {
    const node = result.nodes.find((n) => line.includes(`'${n.configPath}'`))!;
    if (spec.quorum === 'static') assert.ok(!/initial-controllers|standalone/.test(line), label);
    else if (node.role === 'broker') assert.ok(line.includes('--no-initial-controllers'), label);
    else assert.ok(line.includes('--initial-controllers "$INITIAL_CONTROLLERS"'), label);
  }
  const start = result.files.find((f) => f.path === 'start-cluster.sh')!.content;
  assert.ok(
    start.indexOf('start_controllers &&') >= 0 && start.indexOf('wait_for_quorum && start_brokers') >= 0,
    label,
  );
  const topology = JSON.parse(result.files.find((f) => f.path === 'topology.json')!.content) as TopologySpec;
  assert.strictEqual(topology.clusterId, result.clusterId);
  const readme = result.files.find((f) => f.path === 'README.md')!.content;
  assert.ok(readme.includes('kafka-topics.sh') && readme.includes('--create --topic smoke'), label);
  assert.ok(readme.includes(quorum), label);
}

describe('generator: cluster id', () => {
  it('looks like kafka-storage random-uuid output', () => {
    const rnd = seededRandomBytes(1);
    for (let i = 0; i < 200; i++) {
      const id = kafkaUuid(rnd);
      assert.strictEqual(id.length, 22);
      assert.match(id, /^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
      assert.ok(isKafkaUuid(id));
    }
  });
  it('never starts with "-" even when the random source says so', () => {
    const id = kafkaUuid(() => new Uint8Array(16).fill(0xfb));
    assert.ok(!id.startsWith('-'));
    assert.ok(isKafkaUuid(id));
  });
  it('is deterministic for a seeded random source and random otherwise', () => {
    assert.strictEqual(kafkaUuid(seededRandomBytes(5)), kafkaUuid(seededRandomBytes(5)));
    assert.notStrictEqual(kafkaUuid(), kafkaUuid());
  });
});

describe('generator: seed reproduction', () => {
  const spec: TopologySpec = { layout: 'isolated', controllers: 3, brokers: 3, hosts: SEED_HOSTS, profile: 'seed' };
  const result = generateTopology(spec, { randomBytes: random() });

  it('puts controllers 1/3/5 on 9093 and brokers 2/4/6 on 9092, one of each per host', () => {
    const summary = result.nodes.map(
      (n) => `${n.id} ${n.role} ${n.host} ${n.brokerPort ?? n.controllerPort} ${n.dataDir} ${n.configPath}`,
    );
    assert.deepStrictEqual(summary, [
      '1 controller 192.168.40.11 9093 /kafkacontroller 192.168.40.11/controller/server.properties',
      '2 broker 192.168.40.11 9092 /kafkabroker 192.168.40.11/broker/server.properties',
      '3 controller 192.168.40.14 9093 /kafkacontroller 192.168.40.14/controller/server.properties',
      '4 broker 192.168.40.14 9092 /kafkabroker 192.168.40.14/broker/server.properties',
      '5 controller 192.168.40.18 9093 /kafkacontroller 192.168.40.18/controller/server.properties',
      '6 broker 192.168.40.18 9092 /kafkabroker 192.168.40.18/broker/server.properties',
    ]);
  });
  it('writes the seed voters string on every node', () => {
    for (const file of nodeFiles(result)) {
      assert.strictEqual(
        props(file.content).get('controller.quorum.voters'),
        '1@192.168.40.11:9093,3@192.168.40.14:9093,5@192.168.40.18:9093',
      );
    }
  });
  it('uses the same ids and ports with the standard directory profile', () => {
    const standard = generateTopology({ ...spec, profile: undefined }, { randomBytes: random() });
    assert.deepStrictEqual(
      standard.nodes.map((n) => n.id),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepStrictEqual(
      standard.nodes.map((n) => n.dataDir),
      [
        '/var/lib/kafka/controller',
        '/var/lib/kafka/broker',
        '/var/lib/kafka/controller',
        '/var/lib/kafka/broker',
        '/var/lib/kafka/controller',
        '/var/lib/kafka/broker',
      ],
    );
  });
  it('offers controllers 1.. and brokers 101.. with the ranges scheme', () => {
    const ranges = generateTopology({ ...spec, nodeIds: 'ranges' }, { randomBytes: random() });
    assert.deepStrictEqual(
      ranges.nodes.map((n) => `${n.id}:${n.role}`),
      ['1:controller', '2:controller', '3:controller', '101:broker', '102:broker', '103:broker'],
    );
  });
  it('passes the linter with no findings', () => {
    assert.deepStrictEqual(
      lintFindings(result, '4.3').map((f) => `${f.uri} ${f.code}: ${f.message}`),
      [],
    );
    checkTopology(result, 'seed');
  });
  it('is reproducible from topology.json', () => {
    const topology = JSON.parse(result.files.find((f) => f.path === 'topology.json')!.content) as TopologySpec;
    const again = generateTopology(topology, { randomBytes: seededRandomBytes(999) });
    assert.deepStrictEqual(again.files, result.files);
  });
});

describe('generator: matrix', () => {
  const layouts: Layout[] = ['isolated', 'combined', 'mixed'];
  const protocols: SecurityProtocol[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
  let cases = 0;
  for (const layout of layouts) {
    for (const controllers of [1, 3, 5]) {
      for (const brokers of [1, 3, 6]) {
        // Combined: every node is a broker, the broker count is the controller count.
        if (layout === 'combined' && brokers !== controllers) continue;
        for (const hosts of [undefined, ['localhost'], ['10.0.0.1', '10.0.0.2', '10.0.0.3']]) {
          for (const protocol of protocols) {
            for (const quorum of ['static', 'dynamic'] as const) {
              const spec: TopologySpec = {
                layout,
                controllers,
                brokers: layout === 'combined' ? undefined : brokers,
                hosts,
                quorum,
                brokerListener: { protocol, saslMechanism: protocol.startsWith('SASL') ? 'SCRAM-SHA-256' : undefined },
              };
              const label = `${layout} c${controllers} b${brokers} ${hosts ? hosts.join('+') : 'default-host'} ${protocol} ${quorum}`;
              cases++;
              it(label, () => {
                const result = generateTopology(spec, { randomBytes: random() });
                checkTopology(result, label);
                assert.deepStrictEqual(
                  lintFindings(result, '4.3').map((f) => `${f.uri} ${f.code}: ${f.message}`),
                  [],
                  label,
                );
              });
            }
          }
        }
      }
    }
  }
  it(`covers the combinations (${cases})`, () => assert.ok(cases > 300));

  for (const version of ['3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3']) {
    for (const layout of layouts) {
      for (const protocol of ['PLAINTEXT', 'SASL_SSL'] as SecurityProtocol[]) {
        for (const quorum of ['static', 'dynamic'] as const) {
          if (quorum === 'dynamic' && version.startsWith('3.') && Number(version.split('.')[1]) < 9) continue;
          const label = `Kafka ${version} ${layout} ${protocol} ${quorum}`;
          it(label, () => {
            const result = generateTopology(
              {
                layout,
                controllers: 3,
                brokers: layout === 'combined' ? undefined : 2,
                hosts: SEED_HOSTS,
                kafkaVersion: version,
                quorum,
                brokerListener: { protocol },
              },
              { randomBytes: random() },
            );
            checkTopology(result, label);
            assert.deepStrictEqual(
              lintFindings(result, version).map((f) => `${f.uri} ${f.code}: ${f.message}`),
              [],
              label,
            );
            const share = nodeFiles(result).some((f) =>
              f.content.includes('share.coordinator.state.topic.replication.factor'),
            );
            assert.strictEqual(share, !version.startsWith('3.'), label);
          });
        }
      }
    }
  }

  it('gives every localhost process distinct ports and data directories', () => {
    const result = generateTopology({ layout: 'isolated', controllers: 3, brokers: 6 }, { randomBytes: random() });
    assert.deepStrictEqual(
      result.nodes.map((n) => n.brokerPort ?? n.controllerPort),
      [9093, 9095, 9097, 9092, 9094, 9096, 9098, 9100, 9102],
    );
    assert.ok(result.files.some((f) => f.path === 'docker-compose.yml'));
    assert.strictEqual(new Set(result.nodes.map((n) => n.dataDir)).size, 9);
  });
  it('puts default.replication.factor on broker-only nodes only before 4.3', () => {
    const old = generateTopology(
      { layout: 'isolated', controllers: 1, brokers: 1, kafkaVersion: '4.2' },
      { randomBytes: random() },
    );
    const broker = nodeFiles(old).find((f) => f.path.includes('/broker'))!;
    assert.strictEqual(props(broker.content).get('default.replication.factor'), '1');
  });
  it('uses the given listener names', () => {
    const result = generateTopology(
      {
        layout: 'mixed',
        controllers: 3,
        brokers: 3,
        hosts: SEED_HOSTS,
        brokerListener: { name: 'INTERNAL', protocol: 'SSL' },
        controllerListener: { name: 'CTRL' },
      },
      { randomBytes: random() },
    );
    checkTopology(result, 'names');
    assert.deepStrictEqual(lintFindings(result, '4.3'), []);
    assert.ok(
      nodeFiles(result).every(
        (f) => props(f.content).get('listener.security.protocol.map') === 'INTERNAL:SSL,CTRL:SSL',
      ),
    );
  });
});

describe('generator: validateSpec', () => {
  afterEach(() => setLocale('en'));
  it('accepts the defaults', () => {
    assert.deepStrictEqual(
      validateSpec({ layout: 'isolated' }).filter((p) => p.severity === 'error'),
      [],
    );
  });
  it('explains even controller counts', () => {
    const problems = validateSpec({ layout: 'isolated', controllers: 4 });
    const even = problems.find((p) => p.code === 'gen.warn.evenControllers')!;
    assert.strictEqual(even.severity, 'warning');
    assert.match(even.message, /4 controllers need a majority of 3.*1 failure/);
    const result = generateTopology({ layout: 'isolated', controllers: 4 }, { randomBytes: random() });
    assert.ok(result.warnings.some((w) => w.includes('majority of 3')));
    assert.ok(result.files.find((f) => f.path === 'README.md')!.content.includes('majority of 3'));
  });
  it('rejects a dynamic quorum before 3.9, wildcard hosts, equal ports, SCRAM on the controller listener', () => {
    const codes = (spec: TopologySpec) =>
      validateSpec(spec)
        .filter((p) => p.severity === 'error')
        .map((p) => p.code);
    assert.deepStrictEqual(codes({ layout: 'isolated', kafkaVersion: '3.8', quorum: 'dynamic' }), [
      'gen.problem.dynamicVersion',
    ]);
    assert.deepStrictEqual(codes({ layout: 'isolated', hosts: ['0.0.0.0'] }), ['gen.problem.hostWildcard']);
    assert.deepStrictEqual(codes({ layout: 'isolated', hosts: ['a', 'a'] }), ['gen.problem.hostDuplicate']);
    assert.deepStrictEqual(codes({ layout: 'isolated', hosts: ['localhost', 'b'] }), ['gen.problem.hostLocalMixed']);
    assert.deepStrictEqual(codes({ layout: 'isolated', controllerListener: { port: 9092 } }), [
      'gen.problem.listenerSamePort',
    ]);
    assert.deepStrictEqual(codes({ layout: 'isolated', brokerListener: { name: 'internal' } }), [
      'gen.problem.listenerName',
    ]);
    assert.deepStrictEqual(
      codes({ layout: 'isolated', controllerListener: { protocol: 'SASL_SSL', saslMechanism: 'SCRAM-SHA-256' } }),
      ['gen.problem.controllerScram'],
    );
    assert.deepStrictEqual(codes({ layout: 'combined', controllers: 3, brokers: 5 }), ['gen.problem.combinedBrokers']);
    assert.deepStrictEqual(codes({ layout: 'isolated', kafkaVersion: '3.4' }), ['gen.problem.version']);
    assert.deepStrictEqual(codes({ layout: 'isolated', clusterId: '-bad' }), ['gen.problem.clusterId']);
    assert.throws(() => generateTopology({ layout: 'isolated', controllers: 0 }), SpecError);
  });
  it('localizes problems', () => {
    setLocale('zh-CN');
    const [problem] = validateSpec({ layout: 'isolated', kafkaVersion: '3.8', quorum: 'dynamic' });
    assert.match(problem.message, /动态控制器仲裁/);
  });
  it('has every generator message in both languages', () => {
    const catalog = allCatalogs()[2];
    assert.deepStrictEqual(Object.keys(catalog.en).sort(), Object.keys(catalog['zh-cn']).sort());
  });
});

describe('generator: planAddNode', () => {
  const base = generateTopology(
    { layout: 'isolated', controllers: 3, brokers: 3, hosts: SEED_HOSTS, profile: 'seed' },
    { randomBytes: random() },
  );
  const existing = nodeFiles(base).map((f) => ({ path: `cluster/${f.path}`, text: f.content }));

  function apply(
    text: string,
    edits: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      newText: string;
    }[],
  ): string {
    const lines = text.split('\n');
    for (const edit of [...edits].sort((a, b) => b.range.start.line - a.range.start.line)) {
      const { start, end } = edit.range;
      assert.strictEqual(start.line, end.line);
      lines[start.line] =
        lines[start.line].slice(0, start.character) + edit.newText + lines[start.line].slice(end.character);
    }
    return lines.join('\n');
  }

  it('adds a broker without touching the existing nodes', () => {
    const plan = planAddNode(existing, 'broker', '192.168.40.20');
    assert.strictEqual(plan.nodeId, 7);
    assert.strictEqual(plan.file.path, 'cluster/192.168.40.20/broker/server.properties');
    assert.deepStrictEqual(plan.edits, []);
    const p = props(plan.file.content);
    assert.strictEqual(p.get('advertised.listeners'), 'PLAINTEXT://192.168.40.20:9092');
    const files = [...existing, { path: plan.file.path, text: plan.file.content }].map((f) => ({
      uri: f.path,
      text: f.text,
    }));
    const findings = [...lintWorkspace(files, { kafkaVersion: '4.3' }).values()]
      .flat()
      .filter((f) => !DELIBERATE.has(f.code));
    assert.deepStrictEqual(
      findings.map((f) => `${f.uri} ${f.code}: ${f.message}`),
      [],
    );
  });
  it('adds a broker next to an existing one with the next free port and its own directory', () => {
    const plan = planAddNode(existing, 'broker');
    assert.strictEqual(plan.host, '192.168.40.11');
    const p = props(plan.file.content);
    assert.strictEqual(p.get('listeners'), 'PLAINTEXT://:9094');
    assert.strictEqual(p.get('log.dirs'), '/kafkabroker-7');
    assert.strictEqual(plan.file.path, 'cluster/192.168.40.11/broker-7/server.properties');
  });
  it('adds a controller to a static quorum by editing every voters list', () => {
    const plan = planAddNode(existing, 'controller', '192.168.40.20');
    assert.strictEqual(plan.quorum, 'static');
    assert.strictEqual(plan.edits.length, existing.length);
    const voters = '1@192.168.40.11:9093,3@192.168.40.14:9093,5@192.168.40.18:9093,7@192.168.40.20:9093';
    assert.strictEqual(props(plan.file.content).get('controller.quorum.voters'), voters);
    const updated = existing.map((f) => ({
      uri: f.path,
      text: apply(
        f.text,
        plan.edits.filter((e) => e.uri === f.path),
      ),
    }));
    for (const f of updated) assert.strictEqual(props(f.text).get('controller.quorum.voters'), voters);
    updated.push({ uri: plan.file.path, text: plan.file.content });
    const findings = [...lintWorkspace(updated, { kafkaVersion: '4.3' }).values()]
      .flat()
      .filter((f) => !DELIBERATE.has(f.code));
    assert.deepStrictEqual(
      findings.map((f) => `${f.uri} ${f.code}: ${f.message}`),
      [],
    );
    assert.ok(plan.warnings.length >= 2, 'restart + even count explained');
  });
  it('adds a controller to a dynamic quorum with add-controller instructions', () => {
    const dyn = generateTopology(
      { layout: 'isolated', hosts: SEED_HOSTS, quorum: 'dynamic' },
      { randomBytes: random() },
    );
    const plan = planAddNode(
      nodeFiles(dyn).map((f) => ({ path: f.path, text: f.content })),
      'controller',
      '192.168.40.20',
    );
    assert.strictEqual(plan.quorum, 'dynamic');
    assert.ok(!props(plan.file.content).has('controller.quorum.voters'));
    assert.ok(plan.steps.some((s) => s.includes('add-controller')));
    assert.ok(plan.steps.some((s) => s.includes('--no-initial-controllers')));
  });
});

describe('cli: kraft-config generate', () => {
  function memoryIo(initial: Record<string, string> = {}) {
    const files = new Map(Object.entries(initial));
    const out: string[] = [];
    const err: string[] = [];
    const io: GenerateIo = {
      writeFile: async (path, content) => {
        files.set(path, content);
      },
      exists: async (path) => [...files.keys()].some((f) => f === path || f.startsWith(`${path}/`)),
      isDirEmpty: async (path) => ![...files.keys()].some((f) => f.startsWith(`${path}/`)),
      readFile: async (path) => {
        const text = files.get(path);
        if (text === undefined) throw new Error('not found');
        return text;
      },
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
    };
    return { io, files, out, err };
  }
  const options = { randomBytes: seededRandomBytes(3) };

  it('prints usage for --help', async () => {
    const m = memoryIo();
    assert.strictEqual(await runGenerate(['--help'], m.io), 0);
    assert.match(m.out.join(''), /Usage: kraft-config generate/);
  });
  it('reports usage errors with exit code 2', async () => {
    for (const args of [
      [],
      ['--layout', 'isolated'],
      ['--out', 'x'],
      ['--layout', 'ring', '--out', 'x'],
      ['--controllers', 'three', '--layout', 'isolated', '--out', 'x'],
      ['--bogus', '--out', 'x'],
      ['--layout'],
      ['--layout', 'isolated', '--out', 'x', '--protocol', 'TLS'],
      ['--layout', 'isolated', '--out', 'x', '--kafka-version', '3.8', '--quorum', 'dynamic'],
    ]) {
      const m = memoryIo();
      assert.strictEqual(await runGenerate(args, m.io, options), 2, args.join(' '));
      assert.ok(m.err.join('').length > 0);
      assert.strictEqual(m.files.size, 0);
    }
  });
  it('writes the topology into an empty folder', async () => {
    const m = memoryIo();
    const code = await runGenerate(
      [
        '--layout',
        'isolated',
        '--controllers',
        '3',
        '--brokers',
        '3',
        '--hosts',
        SEED_HOSTS.join(','),
        '--profile',
        'seed',
        '--out',
        'out',
      ],
      m.io,
      options,
    );
    assert.strictEqual(code, 0, m.err.join(''));
    assert.ok(m.files.has('out/192.168.40.11/controller/server.properties'));
    assert.ok(m.files.has('out/README.md') && m.files.has('out/topology.json') && m.files.has('out/format-storage.sh'));
    assert.match(m.out.join(''), /node 1: controller on 192.168.40.11/);
  });
  it('refuses a non-empty folder unless --force', async () => {
    const m = memoryIo({ 'out/notes.txt': 'mine' });
    assert.strictEqual(await runGenerate(['--layout', 'combined', '--out', 'out'], m.io, options), 1);
    assert.match(m.err.join(''), /not empty/);
    assert.strictEqual(m.files.size, 1);
    assert.strictEqual(await runGenerate(['--layout', 'combined', '--out', 'out', '--force'], m.io, options), 0);
    assert.ok(m.files.size > 1);
    assert.strictEqual(m.files.get('out/notes.txt'), 'mine');
  });
  it('reproduces a topology from --spec', async () => {
    const m = memoryIo();
    assert.strictEqual(
      await runGenerate(
        ['--layout=mixed', '--brokers=2', '--quorum=dynamic', '--protocol=SASL_SSL', '--out=a'],
        m.io,
        options,
      ),
      0,
    );
    assert.strictEqual(
      await runGenerate(['--spec', 'a/topology.json', '--out', 'b'], m.io, { randomBytes: seededRandomBytes(77) }),
      0,
    );
    for (const [path, content] of m.files)
      if (path.startsWith('a/')) assert.strictEqual(m.files.get(`b/${path.slice(2)}`), content, path);
  });
  it('localizes its messages', async () => {
    setLocale('zh-cn');
    try {
      const m = memoryIo({ 'out/x': '' });
      assert.strictEqual(await runGenerate(['--layout', 'isolated', '--out', 'out'], m.io, options), 1);
      assert.match(m.err.join(''), /不为空/);
    } finally {
      setLocale('en');
    }
  });
});
