#!/usr/bin/env node
// Clusters that really run: starts real Kafka processes from the cached jars, only on 127.0.0.1 with free ports,
// in a temporary directory, with small heaps, and cleans up every process and directory, also on failure.
//
//   node test/kafka/cluster.mjs                  # A, B, C, D on Kafka 4.3.1 and A on 4.0.2
//   node test/kafka/cluster.mjs A C              # some scenarios
//   KAFKA_CLUSTER_VERSIONS=4.3.1,4.0.2 node test/kafka/cluster.mjs A
//   KRAFT_CLUSTER_CONFIGS=cli|builtin|auto       # where node configs come from (default auto, see configSource)
//   KEEP_CLUSTER_DIR=1                           # keep the temp dir (logs) for inspection
//
// Scenario A: 3 combined nodes, static voters: format, start, wait for leader + 3 brokers, topic (3 partitions,
//             RF 3), produce 100 messages with acks=all and consume them all back, stop.
// Scenario B: isolated 3 controllers + 3 brokers (from the CLI generator when built, else builtin with a dynamic
//             quorum); same round trip. Static voters are formatted plainly, a dynamic quorum
//             (controller.quorum.bootstrap.servers only) with --initial-controllers / --no-initial-controllers.
// Scenario D: isolated 3 + 3 from the builtin templates with a dynamic quorum (always builtin).
// Scenario C: broken on purpose, must NOT work within the timeout:
//             C1 voters that differ between nodes (two nodes carry a stale voter list with wrong ports);
//             C2 a duplicate node.id (two combined nodes both node.id=2).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { KAFKA_DIR, ROOT, classpath, harnessDir, javaMissing, failMissing, which } from '../../scripts/kafka-lib.mjs';
import { fetchKafka } from '../../scripts/kafka-fetch.mjs';

const HOST = '127.0.0.1';
const JVM = ['-Xmx256m', '-Xms64m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.net.preferIPv4Stack=true'];
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const children = new Set();
const tempDirs = new Set();

// ------------------------------------------------------------------ utilities
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

/** n distinct free TCP ports on 127.0.0.1 (all sockets held open until every port is known). */
async function freePorts(n) {
  const servers = [];
  try {
    for (let i = 0; i < n; i++) {
      const s = net.createServer();
      await new Promise((res, rej) => {
        s.once('error', rej);
        s.listen(0, HOST, res);
      });
      servers.push(s);
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  }
}

/** A Kafka Uuid string: 16 random bytes, URL-safe base64 without padding, never starting with '-'. */
function kafkaUuid() {
  for (;;) {
    const s = randomBytes(16).toString('base64url');
    if (!s.startsWith('-')) return s;
  }
}

function writeProps(file, entries) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    Object.entries(entries)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
}

function readProps(file) {
  const out = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || /^\s*[#!]/.test(line)) continue;
    const m = /^\s*([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

/** Settings that keep a test cluster light on a 2-core machine (only added when the config lacks them). */
const LIGHT = {
  'num.network.threads': '2',
  'num.io.threads': '2',
  'num.recovery.threads.per.data.dir': '1',
  'background.threads': '2',
  'offsets.topic.num.partitions': '3',
  'transaction.state.log.num.partitions': '3',
  'share.coordinator.state.topic.num.partitions': '3',
  'group.initial.rebalance.delay.ms': '0',
  'log.cleaner.dedupe.buffer.size': '2097152',
};

// ------------------------------------------------------------------ processes
function javaProc(version, mainClass, args, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      ...JVM,
      `-Dlog4j2.configurationFile=${path.join(KAFKA_DIR, 'log4j2-server.properties')}`,
      '-cp',
      classpath(version, [harnessDir(version)]),
      mainClass,
      ...args,
    ],
    {
      cwd: path.dirname(logFile),
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  fs.closeSync(out);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Run a Java main to completion; resolves {code, output}. */
function javaRun(version, mainClass, args, logFile, { timeoutMs = 120000, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(
      'java',
      [
        ...JVM,
        `-Dlog4j2.configurationFile=${path.join(KAFKA_DIR, capture ? 'log4j2-verdict.properties' : 'log4j2-server.properties')}`,
        '-cp',
        classpath(version, [harnessDir(version)]),
        mainClass,
        ...args,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      fs.appendFileSync(logFile, output);
      resolve({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

async function stopAll(procs, graceMs = 15000) {
  const alive = procs.filter((p) => p.exitCode === null && p.signalCode === null);
  for (const p of alive) killGroup(p, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && alive.some((p) => p.exitCode === null && p.signalCode === null)) await sleep(200);
  for (const p of alive) if (p.exitCode === null && p.signalCode === null) killGroup(p, 'SIGKILL');
}

function cleanupSync() {
  for (const c of children) killGroup(c, 'SIGKILL');
  children.clear();
  if (!process.env.KEEP_CLUSTER_DIR) for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
}
process.on('exit', cleanupSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    cleanupSync();
    process.exit(130);
  });

// ------------------------------------------------------------------ node configs
/**
 * Builtin configs. A node: { id, roles, config (object) }. Ports are fresh free ports on 127.0.0.1.
 */
async function builtinNodes(dir, layout, { controllers, brokers, dynamic = false }) {
  const ports = await freePorts(controllers + brokers + (layout === 'combined' ? controllers : 0));
  const nodes = [];
  let pi = 0;
  const ctrl = [];
  const ctrlCount = layout === 'combined' ? controllers : controllers;
  for (let i = 1; i <= ctrlCount; i++) ctrl.push({ id: i, port: ports[pi++] });
  const voters = ctrl.map((c) => `${c.id}@${HOST}:${c.port}`).join(',');
  const bootstrapServers = ctrl.map((c) => `${HOST}:${c.port}`).join(',');
  const quorum = dynamic
    ? { 'controller.quorum.bootstrap.servers': bootstrapServers }
    : { 'controller.quorum.voters': voters };
  if (layout === 'combined') {
    for (const c of ctrl) {
      const bp = ports[pi++];
      nodes.push({
        id: c.id,
        roles: ['broker', 'controller'],
        config: {
          'process.roles': 'broker,controller',
          'node.id': String(c.id),
          ...quorum,
          listeners: `PLAINTEXT://${HOST}:${bp},CONTROLLER://${HOST}:${c.port}`,
          'advertised.listeners': `PLAINTEXT://${HOST}:${bp},CONTROLLER://${HOST}:${c.port}`,
          'controller.listener.names': 'CONTROLLER',
          'inter.broker.listener.name': 'PLAINTEXT',
          'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
          'log.dirs': path.join(dir, `node-${c.id}`, 'data'),
        },
      });
    }
  } else {
    for (const c of ctrl) {
      nodes.push({
        id: c.id,
        roles: ['controller'],
        config: {
          'process.roles': 'controller',
          'node.id': String(c.id),
          ...quorum,
          listeners: `CONTROLLER://${HOST}:${c.port}`,
          'advertised.listeners': `CONTROLLER://${HOST}:${c.port}`,
          'controller.listener.names': 'CONTROLLER',
          'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT',
          'log.dirs': path.join(dir, `node-${c.id}`, 'metadata'),
        },
      });
    }
    for (let b = 1; b <= brokers; b++) {
      const id = controllers + b;
      const bp = ports[pi++];
      nodes.push({
        id,
        roles: ['broker'],
        config: {
          'process.roles': 'broker',
          'node.id': String(id),
          ...quorum,
          listeners: `PLAINTEXT://${HOST}:${bp}`,
          'advertised.listeners': `PLAINTEXT://${HOST}:${bp}`,
          'controller.listener.names': 'CONTROLLER',
          'inter.broker.listener.name': 'PLAINTEXT',
          'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
          'log.dirs': path.join(dir, `node-${id}`, 'data'),
        },
      });
    }
  }
  return nodes;
}

/**
 * Configs from our own generator: `kraft-config generate --layout <l> --controllers N --brokers M --hosts 127.0.0.1 --out DIR`.
 * They are then localised for the test: every port is mapped to a free port (consistently across files),
 * wildcard listener hosts are bound to 127.0.0.1, and log dirs are moved into the temp dir.
 */
async function cliNodes(dir, layout, { controllers, brokers }) {
  const out = path.join(dir, 'generated');
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      'generate',
      '--layout',
      layout,
      '--controllers',
      String(controllers),
      '--brokers',
      String(brokers),
      '--hosts',
      HOST,
      '--out',
      out,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`kraft-config generate failed (exit ${r.status}): ${r.stderr || r.stdout}`);
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.properties')) files.push(p);
    }
  };
  walk(out);
  if (!files.length) throw new Error(`kraft-config generate wrote no .properties files into ${out}`);
  const configs = files.sort().map((f) => readProps(f));
  const portRe = /(:)(\d{1,5})(?=$|,)/g;
  const portKeys = [
    'listeners',
    'advertised.listeners',
    'controller.quorum.voters',
    'controller.quorum.bootstrap.servers',
  ];
  const original = new Set();
  for (const c of configs) for (const k of portKeys) for (const m of (c[k] ?? '').matchAll(portRe)) original.add(m[2]);
  const fresh = await freePorts(original.size);
  const map = new Map([...original].map((p, i) => [p, String(fresh[i])]));
  return configs.map((c) => {
    const id = Number(c['node.id'] ?? c['broker.id']);
    const config = { ...c };
    for (const k of portKeys)
      if (config[k]) config[k] = config[k].replace(portRe, (_, colon, p) => `${colon}${map.get(p)}`);
    if (config.listeners) config.listeners = config.listeners.replace(/:\/\/(0\.0\.0\.0)?:/g, `://${HOST}:`);
    config['log.dirs'] = path.join(dir, `node-${id}`, 'data');
    delete config['log.dir'];
    if (config['metadata.log.dir']) config['metadata.log.dir'] = path.join(dir, `node-${id}`, 'metadata');
    return { id, roles: (config['process.roles'] ?? '').split(',').map((s) => s.trim()), config };
  });
}

let cliSourceUsable = null;
/** Where configs come from: KRAFT_CLUSTER_CONFIGS=builtin|cli|auto (auto: the CLI generator when it works). */
async function configSource(dir, layout, opts) {
  const mode = process.env.KRAFT_CLUSTER_CONFIGS ?? 'auto';
  if (!opts.builtinOnly && (mode === 'cli' || (mode === 'auto' && fs.existsSync(CLI) && cliSourceUsable !== false))) {
    try {
      const nodes = await cliNodes(dir, layout, opts);
      cliSourceUsable = true;
      return { nodes, source: 'kraft-config generate' };
    } catch (e) {
      if (mode === 'cli') throw e;
      cliSourceUsable = false;
      log(`note: CLI generator not usable (${String(e.message).split('\n')[0]}); using the builtin configs`);
    }
  }
  return { nodes: await builtinNodes(dir, layout, opts), source: 'builtin' };
}

// ------------------------------------------------------------------ cluster lifecycle
async function formatAll(version, _dir, nodes) {
  const clusterId = kafkaUuid();
  const dynamic = nodes.every((n) => !n.config['controller.quorum.voters']);
  let initialControllers = null;
  if (dynamic) {
    initialControllers = nodes
      .filter((n) => n.roles.includes('controller'))
      .map((n) => {
        const name = (n.config['controller.listener.names'] ?? 'CONTROLLER').split(',')[0].trim();
        const m = new RegExp(`${name}://([^:,]*):(\\d+)`, 'i').exec(
          n.config['advertised.listeners'] ?? n.config.listeners,
        );
        n.directoryId = kafkaUuid();
        return `${n.id}@${m[1] || HOST}:${m[2]}:${n.directoryId}`;
      })
      .join(',');
  }
  // format two at a time (2 cores)
  const queue = [...nodes];
  const results = [];
  const worker = async () => {
    while (queue.length) {
      const n = queue.shift();
      const args = ['format', '-t', clusterId, '-c', n.file];
      if (dynamic)
        args.push(
          ...(n.roles.includes('controller')
            ? ['--initial-controllers', initialControllers]
            : ['--no-initial-controllers']),
        );
      const r = await javaRun(version, 'kafka.tools.StorageTool', args, path.join(n.dir, 'format.log'));
      results.push({ n, r });
    }
  };
  await Promise.all([worker(), worker()]);
  for (const { n, r } of results)
    if (r.code !== 0)
      throw new Error(`kafka-storage format failed for node ${n.id} (exit ${r.code}):\n${r.output.slice(-3000)}`);
  return { clusterId, dynamic };
}

async function startCluster(version, dir, nodes) {
  for (const n of nodes) {
    n.dir = path.join(dir, `node-${n.id}${n.suffix ?? ''}`);
    fs.mkdirSync(n.dir, { recursive: true });
    n.config = { ...LIGHT, ...n.config };
    n.file = path.join(n.dir, 'server.properties');
    writeProps(n.file, n.config);
  }
  const { clusterId, dynamic } = await formatAll(version, dir, nodes);
  log(`  formatted ${nodes.length} nodes (cluster id ${clusterId}${dynamic ? ', dynamic quorum' : ', static voters'})`);
  for (const n of nodes) n.proc = javaProc(version, 'kafka.Kafka', [n.file], path.join(n.dir, 'server.log'));
  return clusterId;
}

function brokerBootstrap(nodes) {
  return nodes
    .filter((n) => n.roles.includes('broker'))
    .map((n) => {
      const m =
        /PLAINTEXT:\/\/([^:,]*):(\d+)/i.exec(n.config['advertised.listeners'] ?? n.config.listeners) ??
        /([A-Z_]+):\/\/([^:,]*):(\d+)/.exec(n.config.listeners);
      return `${m[1] || HOST}:${m[2]}`;
    })
    .join(',');
}

async function client(version, dir, args, timeoutMs) {
  const r = await javaRun(version, 'ClusterClient', args, path.join(dir, 'client.log'), {
    timeoutMs: timeoutMs + 60000,
    capture: true,
  });
  const steps = r.output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  return { code: r.code, steps, output: r.output };
}

function deadNodes(nodes) {
  return nodes
    .filter((n) => n.proc.exitCode !== null)
    .map((n) => {
      const tail = fs
        .readFileSync(path.join(n.dir, 'server.log'), 'utf8')
        .split('\n')
        .filter((l) => /ERROR|Exception|FATAL/.test(l))
        .slice(-3)
        .join(' | ');
      return `node ${n.id} exited ${n.proc.exitCode}: ${tail.slice(0, 600)}`;
    });
}

function grepLogs(nodes, re) {
  const hits = [];
  for (const n of nodes) {
    const f = path.join(n.dir, 'server.log');
    if (!fs.existsSync(f)) continue;
    for (const line of fs.readFileSync(f, 'utf8').split('\n'))
      if (re.test(line)) {
        hits.push(`node ${n.id}${n.suffix ?? ''}: ${line.replace(/^\[[^\]]*\] /, '').slice(0, 300)}`);
        break;
      }
  }
  return hits;
}

// ------------------------------------------------------------------ scenarios
async function withCluster(name, version, fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kraft-cluster-${name}-`));
  tempDirs.add(dir);
  const t0 = Date.now();
  let nodes = [];
  try {
    const res = await fn(dir, (ns) => {
      nodes = ns;
    });
    return { name, version, ok: true, seconds: (Date.now() - t0) / 1000, ...res };
  } catch (e) {
    const dead = nodes.length && nodes[0].proc ? deadNodes(nodes) : [];
    return { name, version, ok: false, seconds: (Date.now() - t0) / 1000, error: String(e.message ?? e), dead };
  } finally {
    await stopAll(nodes.map((n) => n.proc).filter(Boolean));
    if (process.env.KEEP_CLUSTER_DIR) log(`  kept ${dir}`);
    else {
      fs.rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    }
  }
}

async function roundTrip(name, version, layout, opts) {
  return withCluster(name, version, async (dir, track) => {
    const { nodes, source } = await configSource(dir, layout, opts);
    track(nodes);
    log(`  ${name}: ${nodes.length} nodes from ${source}`);
    await startCluster(version, dir, nodes);
    const brokers = nodes.filter((n) => n.roles.includes('broker')).length;
    const c = await client(
      version,
      dir,
      [brokerBootstrap(nodes), String(brokers), '150000', 'kraft-test', '3', '3', '100'],
      150000,
    );
    for (const s of c.steps) log(`  ${name}: ${JSON.stringify(s)}`);
    const dead = deadNodes(nodes);
    if (c.code !== 0 || dead.length)
      throw new Error(
        `round trip failed (client exit ${c.code}) ${dead.join('; ')}\n${c.output.split('\n').slice(-8).join('\n')}`,
      );
    return { source, steps: c.steps };
  });
}

/** Broken cluster: must NOT reach a leader with all brokers registered within timeoutMs. */
async function broken(name, version, describe, mutate, timeoutMs = 45000) {
  return withCluster(name, version, async (dir, track) => {
    const nodes = await builtinNodes(dir, 'combined', { controllers: 3, brokers: 0 });
    await mutate(nodes);
    track(nodes);
    log(`  ${name}: ${describe}`);
    await startCluster(version, dir, nodes);
    const c = await client(version, dir, [brokerBootstrap(nodes), String(nodes.length), String(timeoutMs)], timeoutMs);
    const wait = c.steps.find((s) => s.step === 'wait');
    log(`  ${name}: ${JSON.stringify(wait ?? c.output.slice(-300))}`);
    const evidence = [
      ...deadNodes(nodes),
      ...grepLogs(
        nodes,
        /Unable to register the broker|fatal fault|IllegalStateException|DUPLICATE_BROKER_REGISTRATION|DuplicateBrokerRegistration|INCONSISTENT_VOTER/,
      ),
    ];
    if (wait?.ok)
      throw new Error(`the broken cluster formed a quorum and registered all brokers: ${JSON.stringify(wait)}`);
    return { observed: wait ?? { output: c.output.slice(-500) }, evidence };
  });
}

const SCENARIOS = {
  A: (v) => roundTrip('A-3-combined', v, 'combined', { controllers: 3, brokers: 0 }),
  B: (v) => roundTrip('B-3-controllers-3-brokers', v, 'isolated', { controllers: 3, brokers: 3, dynamic: true }),
  D: (v) =>
    roundTrip('D-dynamic-quorum-builtin', v, 'isolated', {
      controllers: 3,
      brokers: 3,
      dynamic: true,
      builtinOnly: true,
    }),
  C: async (v) => [
    await broken(
      'C1-voters-differ',
      v,
      'nodes 2 and 3 carry a stale controller.quorum.voters (their entries for the other voters point at ports nobody listens on)',
      async (nodes) => {
        const stale = await freePorts(6); // released again: nothing listens there
        let k = 0;
        for (const n of nodes.slice(1)) {
          n.config['controller.quorum.voters'] = n.config['controller.quorum.voters']
            .split(',')
            .map((e) => {
              const id = Number(e.split('@')[0]);
              return id === n.id ? e : `${id}@${HOST}:${stale[k++]}`;
            })
            .join(',');
        }
      },
    ),
    await broken('C2-duplicate-node-id', v, 'the third combined node also has node.id=2 (voters 1,2,3)', (nodes) => {
      const n3 = nodes[2];
      n3.id = 2;
      n3.suffix = '-dup';
      n3.config['node.id'] = '2';
    }),
  ],
};

function writeReport(results) {
  const L = [
    '# Real-Kafka cluster scenarios',
    '',
    'Written by `node test/kafka/cluster.mjs` (last run). Every process bound to 127.0.0.1 on free ports, in a temp dir.',
    '',
    '| scenario | Kafka | configs | result | seconds | observed |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const obs = r.observed
      ? `leader ${r.observed.leader}, registered brokers [${r.observed.brokers ?? ''}]`
      : (r.steps ?? []).map((s) => `${s.step}${s.messages !== undefined ? ` ${s.messages}` : ''}`).join(', ');
    L.push(
      `| ${r.name} | ${r.version} | ${r.source ?? 'builtin'} | ${r.ok ? 'PASS' : 'FAIL'} | ${r.seconds.toFixed(1)} | ${obs || (r.error ?? '').split('\n')[0]} |`,
    );
  }
  L.push('');
  for (const r of results.filter((x) => x.evidence?.length)) {
    L.push(`${r.name} (Kafka ${r.version}) log evidence:`, '');
    for (const e of r.evidence)
      L.push(`- \`${e.replace(/`/g, "'").replace(/\/tmp\/kraft-cluster-[^/ ]*/g, '<tmp>')}\``);
    L.push('');
  }
  fs.writeFileSync(path.join(KAFKA_DIR, 'CLUSTER-REPORT.md'), L.join('\n'));
}

async function main() {
  const missing = javaMissing() ?? (which('mvn') ? null : 'mvn not found on PATH');
  if (missing) {
    failMissing(missing);
    return 0;
  }
  const wanted = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('-'))
    .map((s) => s.toUpperCase());
  // default plan: every scenario on the newest release, the combined round trip also on the older one
  let plan = [
    ['4.3.1', ['A', 'B', 'C', 'D']],
    ['4.0.2', ['A']],
  ];
  if (process.env.KAFKA_CLUSTER_VERSIONS || wanted.length) {
    const versions = (process.env.KAFKA_CLUSTER_VERSIONS ?? '4.3.1')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    plan = versions.map((v) => [v, wanted.length ? wanted : ['A', 'B', 'C', 'D']]);
  }
  fetchKafka([...new Set(plan.map(([v]) => v))], { quiet: true });
  const results = [];
  for (const [v, names] of plan) {
    for (const s of names) {
      if (!SCENARIOS[s]) throw new Error(`unknown scenario ${s}`);
      log(`Kafka ${v} scenario ${s} ...`);
      const r = await SCENARIOS[s](v);
      results.push(...[r].flat());
    }
  }
  console.log('\ncluster scenarios:');
  for (const r of results) {
    console.log(
      `  ${r.ok ? 'PASS' : 'FAIL'} ${r.name} (Kafka ${r.version}${r.source ? `, configs: ${r.source}` : ''}) ${r.seconds.toFixed(1)} s`,
    );
    if (r.observed) console.log(`       observed: ${JSON.stringify(r.observed)}`);
    for (const e of r.evidence ?? []) console.log(`       evidence: ${e}`);
    if (!r.ok)
      console.log(
        `       ${r.error.split('\n').join('\n       ')}${r.dead?.length ? `\n       ${r.dead.join('\n       ')}` : ''}`,
      );
  }
  const failed = results.filter((r) => !r.ok).length;
  writeReport(results);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    cleanupSync();
    process.exit(code);
  },
  (e) => {
    console.error(e.stack ?? e);
    cleanupSync();
    process.exit(2);
  },
);
