#!/usr/bin/env node
// Deterministic mutation generator for the real-Kafka oracle corpus.
// Reads the valid base configs in test/kafka/corpus/base/*.properties and writes single and paired mutations
// to test/kafka/corpus/generated/<base>/<mutation>.properties. The output is committed; re-running this script
// reproduces it byte for byte (no clock, no Math.random: a seeded PRNG picks the paired mutations).
//
//   node scripts/kafka-mutate.mjs            # regenerate
//   node scripts/kafka-mutate.mjs --check    # exit 1 if the committed files differ from what would be generated
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASE_DIR = path.join(ROOT, 'test', 'kafka', 'corpus', 'base');
const OUT_DIR = path.join(ROOT, 'test', 'kafka', 'corpus', 'generated');

/** Parse a base file (simple key=value lines, comments dropped) into ordered [key, value] pairs. */
function parse(text) {
  return text
    .split('\n')
    .filter((l) => l.trim() && !/^\s*[#!]/.test(l))
    .map((l) => {
      const i = l.indexOf('=');
      return [l.slice(0, i), l.slice(i + 1)];
    });
}
const get = (e, k) => e.find(([kk]) => kk === k)?.[1];
const has = (e, k) => e.some(([kk]) => kk === k);
function set(e, k, v) {
  const out = e.map(([kk, vv]) => [kk, kk === k ? v : vv]);
  if (!has(e, k)) out.push([k, v]);
  return out;
}
const drop = (e, k) => e.filter(([kk]) => kk !== k);
const ctrlName = (e) => (get(e, 'controller.listener.names') ?? 'CONTROLLER').split(',')[0].trim();
const listeners = (e) =>
  (get(e, 'listeners') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const listenerNames = (e) => listeners(e).map((l) => l.split('://')[0]);
const brokerListenerName = (e) => listenerNames(e).find((n) => n !== ctrlName(e));
/** Replace a listener name everywhere it appears as a whole word in a value. */
const renameIn = (v, from, to) => v.replace(new RegExp(`(^|[,\\s])${from}(?=:|$|,|\\s)`, 'g'), `$1${to}`);

/** Each mutation: [id, fn(entries) -> entries | null (not applicable)]. */
function mutations(e) {
  const out = [];
  const M = (id, fn) => out.push([id, fn]);
  // --- drop every key, one at a time
  for (const [k] of e) M(`drop-${k}`, (x) => drop(x, k));
  // --- roles
  for (const r of [
    'broker',
    'controller',
    'broker,controller',
    '',
    'Broker',
    'broker,',
    'broker,broker',
    'controller,controller',
    'zookeeper',
  ])
    M(`roles-${r === '' ? 'empty' : r.replace(/,/g, '+').replace(/\+$/, '+trailing-comma')}`, (x) =>
      get(x, 'process.roles') === r ? null : set(x, 'process.roles', r),
    );
  // --- node ids
  M('node-id-x', (x) => set(x, 'node.id', 'x'));
  M('node-id-negative', (x) => set(x, 'node.id', '-3'));
  M('node-id-99', (x) => set(x, 'node.id', '99'));
  M('node-id-broker-id-mismatch', (x) => set(x, 'broker.id', String(Number(get(x, 'node.id')) + 1)));
  M('node-id-to-broker-id', (x) => set(drop(x, 'node.id'), 'broker.id', get(x, 'node.id')));
  // --- listener renames
  M('rename-controller-listener-consistently', (x) => {
    const from = ctrlName(x);
    return x.map(([k, v]) => [
      k,
      [
        'listeners',
        'advertised.listeners',
        'controller.listener.names',
        'listener.security.protocol.map',
        'early.start.listeners',
      ].includes(k)
        ? renameIn(v, from, 'QUORUM')
        : v,
    ]);
  });
  M('rename-controller-listener-in-listeners-only', (x) =>
    has(x, 'listeners') && listenerNames(x).includes(ctrlName(x))
      ? set(x, 'listeners', renameIn(get(x, 'listeners'), ctrlName(x), 'QUORUM'))
      : null,
  );
  M('rename-controller-listener-in-names-only', (x) => set(x, 'controller.listener.names', 'QUORUM'));
  M('lowercase-controller-listener-names', (x) =>
    set(x, 'controller.listener.names', get(x, 'controller.listener.names')?.toLowerCase() ?? 'controller'),
  );
  M('lowercase-listeners', (x) =>
    has(x, 'listeners')
      ? set(
          x,
          'listeners',
          get(x, 'listeners').replace(/^[^:]+|,[^:]+/g, (s) => s.toLowerCase()),
        )
      : null,
  );
  M('rename-broker-listener-in-listeners-only', (x) => {
    const b = brokerListenerName(x);
    return b ? set(x, 'listeners', renameIn(get(x, 'listeners'), b, 'CLIENT')) : null;
  });
  M('rename-broker-listener-consistently', (x) => {
    const b = brokerListenerName(x);
    if (!b) return null;
    let y = x.map(([k, v]) => [
      k,
      ['listeners', 'advertised.listeners', 'listener.security.protocol.map', 'inter.broker.listener.name'].includes(k)
        ? renameIn(v, b, 'CLIENT')
        : v,
    ]);
    if (has(y, 'listener.security.protocol.map') && !/(^|,)CLIENT:/.test(get(y, 'listener.security.protocol.map')))
      y = set(y, 'listener.security.protocol.map', `${get(y, 'listener.security.protocol.map')},CLIENT:PLAINTEXT`);
    if (!has(y, 'listener.security.protocol.map'))
      y = set(y, 'listener.security.protocol.map', `CLIENT:PLAINTEXT,${ctrlName(y)}:PLAINTEXT`);
    return y;
  });
  M('add-controller-listener-to-listeners', (x) =>
    listenerNames(x).includes(ctrlName(x))
      ? null
      : set(x, 'listeners', `${get(x, 'listeners') ?? 'PLAINTEXT://:9092'},${ctrlName(x)}://:9093`),
  );
  M('remove-controller-listener-from-listeners', (x) => {
    const ls = listeners(x).filter((l) => !l.startsWith(ctrlName(x) + '://'));
    return ls.length === listeners(x).length ? null : set(x, 'listeners', ls.join(','));
  });
  M('add-plaintext-listener', (x) =>
    listenerNames(x).includes('EXTRA')
      ? null
      : set(x, 'listeners', `${get(x, 'listeners') ?? ''},EXTRA://:9999`.replace(/^,/, '')),
  );
  // --- ports
  M('move-controller-port', (x) =>
    has(x, 'listeners')
      ? set(x, 'listeners', get(x, 'listeners').replace(/(CONTROLLER:\/\/[^:,]*:)\d+/, '$19193'))
      : null,
  );
  M('duplicate-port', (x) =>
    listeners(x).length > 1 ? set(x, 'listeners', get(x, 'listeners').replace(/:(\d+)(,.*):\d+/, ':$1$2:$1')) : null,
  );
  M('port-missing', (x) =>
    has(x, 'listeners') ? set(x, 'listeners', get(x, 'listeners').replace(/:\d+(,|$)/, '$1')) : null,
  );
  M('port-99999', (x) =>
    has(x, 'listeners') ? set(x, 'listeners', get(x, 'listeners').replace(/:\d+(,|$)/, ':99999$1')) : null,
  );
  // --- advertised
  M('advertised-0.0.0.0', (x) =>
    has(x, 'advertised.listeners')
      ? set(x, 'advertised.listeners', get(x, 'advertised.listeners').replace(/\/\/[^:,]*:/g, '//0.0.0.0:'))
      : set(
          x,
          'advertised.listeners',
          listeners(x)
            .map((l) => l.replace(/\/\/[^:]*:/, '//0.0.0.0:'))
            .join(','),
        ),
  );
  M('listeners-0.0.0.0-no-advertised', (x) =>
    has(x, 'listeners')
      ? set(drop(x, 'advertised.listeners'), 'listeners', get(x, 'listeners').replace(/\/\/[^:,]*:/g, '//0.0.0.0:'))
      : null,
  );
  M('advertised-unknown-listener', (x) =>
    set(x, 'advertised.listeners', `${get(x, 'advertised.listeners') ?? ''},OTHER://other:9999`.replace(/^,/, '')),
  );
  M('advertised-empty', (x) => set(x, 'advertised.listeners', ''));
  // --- protocol map
  M('protocol-map-drop-controller', (x) =>
    has(x, 'listener.security.protocol.map')
      ? set(
          x,
          'listener.security.protocol.map',
          get(x, 'listener.security.protocol.map')
            .split(',')
            .filter((p) => !p.startsWith(ctrlName(x) + ':'))
            .join(','),
        )
      : null,
  );
  M('protocol-map-bad-protocol', (x) => set(x, 'listener.security.protocol.map', `${ctrlName(x)}:TLS`));
  M('protocol-map-missing-colon', (x) =>
    set(
      x,
      'listener.security.protocol.map',
      `${get(x, 'listener.security.protocol.map') ?? 'PLAINTEXT:PLAINTEXT'},${ctrlName(x)}`,
    ),
  );
  // --- inter-broker
  M('ibl-controller', (x) => set(x, 'inter.broker.listener.name', ctrlName(x)));
  M('ibl-unknown', (x) => set(x, 'inter.broker.listener.name', 'REPLICATION'));
  M('ibl-plus-sibp', (x) =>
    set(
      set(x, 'inter.broker.listener.name', get(x, 'inter.broker.listener.name') ?? 'PLAINTEXT'),
      'security.inter.broker.protocol',
      'PLAINTEXT',
    ),
  );
  M('sibp-lowercase', (x) => set(drop(x, 'inter.broker.listener.name'), 'security.inter.broker.protocol', 'plaintext'));
  // --- voters / bootstrap
  const votersOr = (x, fn) =>
    has(x, 'controller.quorum.voters')
      ? set(x, 'controller.quorum.voters', fn(get(x, 'controller.quorum.voters')))
      : null;
  M('voter-missing-at', (x) => votersOr(x, (v) => v.replace('@', '-')));
  M('voter-missing-port', (x) => votersOr(x, (v) => v.replace(/:\d+/, '')));
  M('voter-id-letter', (x) => votersOr(x, (v) => v.replace(/^\d+@/, 'n@')));
  M('voter-host-0.0.0.0', (x) => votersOr(x, (v) => v.replace(/@[^:,]+:/, '@0.0.0.0:')));
  M('voter-trailing-comma', (x) => votersOr(x, (v) => `${v},`));
  M('voter-port-70000', (x) => votersOr(x, (v) => v.replace(/:\d+/, ':70000')));
  M('voter-space-after-comma', (x) => votersOr(x, (v) => v.replace(/,/g, ', ')));
  M('voter-semicolons', (x) => votersOr(x, (v) => (v.includes(',') ? v.replace(/,/g, ';') : null)));
  M('voter-duplicate-id', (x) => votersOr(x, (v) => `${v},${v.split(',')[0].replace(/@[^:]+/, '@elsewhere')}`));
  M('voters-without-self', (x) =>
    votersOr(x, (v) =>
      v
        .split(',')
        .filter((s) => !s.startsWith(`${get(x, 'node.id')}@`))
        .concat(['9@far-away:9093'])
        .join(','),
    ),
  );
  M('voters-with-self', (x) =>
    votersOr(x, (v) =>
      v.split(',').some((s) => s.startsWith(`${get(x, 'node.id')}@`)) ? null : `${v},${get(x, 'node.id')}@self:9093`,
    ),
  );
  M('voters-to-bootstrap', (x) =>
    has(x, 'controller.quorum.voters')
      ? set(
          drop(x, 'controller.quorum.voters'),
          'controller.quorum.bootstrap.servers',
          get(x, 'controller.quorum.voters').replace(/(^|,)\d+@/g, '$1'),
        )
      : null,
  );
  M('bootstrap-to-voters', (x) =>
    has(x, 'controller.quorum.bootstrap.servers')
      ? set(
          drop(x, 'controller.quorum.bootstrap.servers'),
          'controller.quorum.voters',
          get(x, 'controller.quorum.bootstrap.servers')
            .split(',')
            .map((s, i) => `${i + 1}@${s}`)
            .join(','),
        )
      : null,
  );
  M('bootstrap-with-ids', (x) => set(x, 'controller.quorum.bootstrap.servers', '1@localhost:9093'));
  M('bootstrap-and-voters', (x) =>
    has(x, 'controller.quorum.voters') && !has(x, 'controller.quorum.bootstrap.servers')
      ? set(x, 'controller.quorum.bootstrap.servers', get(x, 'controller.quorum.voters').replace(/(^|,)\d+@/g, '$1'))
      : null,
  );
  M('no-quorum-at-all', (x) => drop(drop(x, 'controller.quorum.voters'), 'controller.quorum.bootstrap.servers'));
  // --- unknown and misspelled keys, removed keys
  M('add-unknown-key', (x) => set(x, 'this.is.not.a.kafka.key', 'true'));
  M('add-zookeeper-connect', (x) => set(x, 'zookeeper.connect', 'localhost:2181'));
  M('misspelled-num-partitions', (x) => set(x, 'num.partition', '3'));
  M('misspelled-process-roles', (x) => set(drop(x, 'process.roles'), 'process.role', get(x, 'process.roles')));
  M('add-control-plane-listener', (x) => set(x, 'control.plane.listener.name', ctrlName(x)));
  // --- bad types and enums
  M('bad-int', (x) => set(x, 'num.network.threads', 'three'));
  M('bad-long', (x) => set(x, 'log.retention.ms', '7d'));
  M('bad-boolean', (x) => set(x, 'auto.create.topics.enable', 'on'));
  M('bad-short', (x) => set(x, 'offsets.topic.replication.factor', '1.0'));
  M('bad-range', (x) => set(x, 'num.io.threads', '0'));
  M('bad-enum-compression', (x) => set(x, 'compression.type', 'zip'));
  M('bad-enum-cleanup', (x) => set(x, 'log.cleanup.policy', 'remove'));
  M('bad-class', (x) => set(x, 'authorizer.class.name', 'org.example.NoSuchAuthorizer'));
  M('good-authorizer', (x) =>
    set(x, 'authorizer.class.name', 'org.apache.kafka.metadata.authorizer.StandardAuthorizer'),
  );
  // --- whitespace and syntax
  M('values-padded', (x) => x.map(([k, v]) => [k, ` ${v} `]));
  M('colon-separator', (x) => x.map(([k, v]) => [`${k}:`, v]));
  M('log-dirs-empty', (x) => set(x, 'log.dirs', ''));
  M('log-dirs-trailing-comma', (x) => (has(x, 'log.dirs') ? set(x, 'log.dirs', `${get(x, 'log.dirs')},`) : null));
  return out;
}

/** Small deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function render(entries, header) {
  // colon-separator mutation stores "key:" as key: write "key:value" then
  const body = entries.map(([k, v]) => (k.endsWith(':') ? `${k}${v}` : `${k}=${v}`)).join('\n');
  return `# generated by scripts/kafka-mutate.mjs: ${header}\n${body}\n`;
}

export function generate() {
  const files = new Map();
  const bases = fs
    .readdirSync(BASE_DIR)
    .filter((f) => f.endsWith('.properties'))
    .sort();
  for (const bf of bases) {
    const name = bf.replace(/\.properties$/, '');
    const base = parse(fs.readFileSync(path.join(BASE_DIR, bf), 'utf8'));
    const muts = mutations(base);
    const seen = new Set([JSON.stringify(base)]);
    const emit = (id, entries) => {
      const key = JSON.stringify(entries);
      if (seen.has(key)) return;
      seen.add(key);
      files.set(`${name}/${id}.properties`, render(entries, `${name} + ${id}`));
    };
    for (const [id, fn] of muts) {
      const r = fn(base);
      if (r) emit(id, r);
    }
    // paired mutations: 12 per base, chosen by a PRNG seeded with the base name
    const rnd = prng([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    let made = 0;
    for (let tries = 0; made < 12 && tries < 200; tries++) {
      const [id1, f1] = muts[Math.floor(rnd() * muts.length)];
      const [id2] = muts[Math.floor(rnd() * muts.length)];
      if (id1 === id2) continue;
      const a = f1(base);
      if (!a) continue;
      const f2b = mutations(a).find(([i]) => i === id2)?.[1];
      const b = f2b?.(a);
      if (!b) continue;
      const before = files.size;
      emit(`pair-${id1}--${id2}`, b);
      if (files.size > before) made++;
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = generate();
  if (process.argv.includes('--check')) {
    const onDisk = new Set();
    const walk = (d) => {
      for (const ent of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
        const p = path.join(d, ent.name);
        if (ent.isDirectory()) walk(p);
        else onDisk.add(path.relative(OUT_DIR, p).split(path.sep).join('/'));
      }
    };
    walk(OUT_DIR);
    let bad = 0;
    for (const [f, text] of files) {
      if (!onDisk.has(f) || fs.readFileSync(path.join(OUT_DIR, f), 'utf8') !== text) {
        console.error(`differs: ${f}`);
        bad++;
      }
      onDisk.delete(f);
    }
    for (const f of onDisk) {
      console.error(`extra: ${f}`);
      bad++;
    }
    console.log(
      bad
        ? `${bad} generated files out of date: run node scripts/kafka-mutate.mjs`
        : `${files.size} generated files up to date`,
    );
    process.exit(bad ? 1 : 0);
  }
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  for (const [f, text] of files) {
    fs.mkdirSync(path.dirname(path.join(OUT_DIR, f)), { recursive: true });
    fs.writeFileSync(path.join(OUT_DIR, f), text);
  }
  console.log(`wrote ${files.size} files to ${path.relative(ROOT, OUT_DIR)}/`);
}
