// Expands every snippet in snippets/kafka-properties.code-snippets with its
// default placeholder values (first option of a choice) and checks that the
// result is a well-formed properties fragment. The node templates are also
// checked against Kafka's KRaft role rules: which keys each process role needs and may carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const snippetFile = path.join(root, 'snippets/kafka-properties.code-snippets');
const snippets = JSON.parse(fs.readFileSync(snippetFile, 'utf8'));

// ---------------------------------------------------------------------------
// A small TextMate/VS Code snippet expander: tabstops, placeholders (nested),
// choices, mirrors, variables with defaults and regex transforms.

function parseSnippet(src) {
  let i = 0;
  function parseUntil(stops) {
    const nodes = [];
    let text = '';
    const flush = () => {
      if (text) {
        nodes.push({ t: 'text', v: text });
        text = '';
      }
    };
    while (i < src.length) {
      const c = src[i];
      if (stops.includes(c)) break;
      if (c === '\\' && i + 1 < src.length && '$}\\,|'.includes(src[i + 1])) {
        text += src[i + 1];
        i += 2;
        continue;
      }
      if (c === '$') {
        const node = parseDollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
      }
      text += c;
      i++;
    }
    flush();
    return nodes;
  }
  function parseDollar() {
    const start = i;
    let m = /^\$(\d+)/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return { t: 'tab', n: +m[1] };
    }
    m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return { t: 'var', name: m[1], def: null };
    }
    if (src[i + 1] !== '{') return null;
    i += 2;
    m = /^(\d+)|^([A-Za-z_][A-Za-z0-9_]*)/.exec(src.slice(i));
    if (!m) {
      i = start;
      return null;
    }
    i += m[0].length;
    const isTab = m[1] !== undefined;
    const id = isTab ? +m[1] : m[2];
    const c = src[i];
    if (c === '}') {
      i++;
      return isTab ? { t: 'tab', n: id } : { t: 'var', name: id, def: null };
    }
    if (c === ':') {
      i++;
      const children = parseUntil(['}']);
      assert.equal(src[i], '}', `unterminated placeholder in ${src}`);
      i++;
      return isTab ? { t: 'ph', n: id, children } : { t: 'var', name: id, def: children };
    }
    if (c === '|' && isTab) {
      i++;
      const options = [];
      let cur = '';
      while (i < src.length && !(src[i] === '|' && src[i + 1] === '}')) {
        if (src[i] === '\\' && ',|\\'.includes(src[i + 1])) {
          cur += src[i + 1];
          i += 2;
          continue;
        }
        if (src[i] === ',') {
          options.push(cur);
          cur = '';
          i++;
          continue;
        }
        cur += src[i++];
      }
      options.push(cur);
      assert.ok(i < src.length, `unterminated choice in ${src}`);
      i += 2;
      return { t: 'choice', n: id, options };
    }
    if (c === '/') {
      i++;
      const readPart = () => {
        let s = '';
        let depth = 0; // inside ${...} of a format string a slash is not a delimiter
        while (i < src.length && (depth > 0 || src[i] !== '/')) {
          if (src[i] === '\\' && src[i + 1] === '/') {
            s += '/';
            i += 2;
            continue;
          }
          if (src[i] === '$' && src[i + 1] === '{') {
            depth++;
            s += '${';
            i += 2;
            continue;
          }
          if (src[i] === '}' && depth > 0) depth--;
          s += src[i++];
        }
        assert.equal(src[i], '/', `unterminated transform in ${src}`);
        i++;
        return s;
      };
      const regex = readPart();
      const format = readPart();
      let flags = '';
      while (i < src.length && src[i] !== '}') flags += src[i++];
      i++;
      return { t: isTab ? 'tabT' : 'varT', n: id, regex, format, flags };
    }
    i = start;
    return null;
  }
  const nodes = parseUntil([]);
  return nodes;
}

function applyFormat(format, match) {
  let out = '';
  let i = 0;
  const group = (n) => match[n] ?? '';
  while (i < format.length) {
    const rest = format.slice(i);
    let m;
    if (format[i] === '\\' && i + 1 < format.length) {
      out += format[i + 1];
      i += 2;
      continue;
    }
    if ((m = /^\$(\d+)/.exec(rest))) {
      out += group(+m[1]);
      i += m[0].length;
      continue;
    }
    if ((m = /^\$\{(\d+)\}/.exec(rest))) {
      out += group(+m[1]);
      i += m[0].length;
      continue;
    }
    if ((m = /^\$\{(\d+):\/(upcase|downcase|capitalize|camelcase|pascalcase)\}/.exec(rest))) {
      const v = group(+m[1]);
      out +=
        m[2] === 'upcase'
          ? v.toUpperCase()
          : m[2] === 'downcase'
            ? v.toLowerCase()
            : m[2] === 'capitalize'
              ? v.charAt(0).toUpperCase() + v.slice(1)
              : v;
      i += m[0].length;
      continue;
    }
    if ((m = /^\$\{(\d+):\?([^:}]*):([^}]*)\}/.exec(rest))) {
      out += match[+m[1]] ? m[2] : m[3];
      i += m[0].length;
      continue;
    }
    if ((m = /^\$\{(\d+):\+([^}]*)\}/.exec(rest))) {
      out += match[+m[1]] ? m[2] : '';
      i += m[0].length;
      continue;
    }
    if ((m = /^\$\{(\d+):-?([^}]*)\}/.exec(rest))) {
      out += match[+m[1]] ? match[+m[1]] : m[2];
      i += m[0].length;
      continue;
    }
    out += format[i++];
  }
  return out;
}

function transform(value, node) {
  const re = new RegExp(node.regex, node.flags.replace(/[^gimsuy]/g, ''));
  if (re.global) return value.replace(re, (...args) => applyFormat(node.format, args));
  const m = re.exec(value);
  if (!m) return value;
  return value.slice(0, m.index) + applyFormat(node.format, m) + value.slice(m.index + m[0].length);
}

/** Expands a snippet body; `choices` maps a tabstop number to the option to use. */
function expand(body, choices = {}) {
  const src = Array.isArray(body) ? body.join('\n') : body;
  const nodes = parseSnippet(src);
  const defaults = new Map();
  const unknownVars = [];
  const collect = (list) => {
    for (const n of list) {
      if (n.t === 'ph') {
        collect(n.children);
        if (!defaults.has(n.n)) defaults.set(n.n, n);
      }
      if (n.t === 'choice' && !defaults.has(n.n)) defaults.set(n.n, n);
      if (n.t === 'var') {
        unknownVars.push(n.name);
        if (n.def) collect(n.def);
      }
    }
  };
  collect(nodes);
  const valueOf = (n, seen = new Set()) => {
    if (n in choices) return String(choices[n]);
    const d = defaults.get(n);
    if (!d || seen.has(n)) return '';
    seen.add(n);
    return d.t === 'choice' ? d.options[0] : render(d.children, seen);
  };
  const render = (list, seen = new Set()) =>
    list
      .map((n) => {
        switch (n.t) {
          case 'text':
            return n.v;
          case 'tab':
            return valueOf(n.n, new Set(seen));
          case 'ph':
            return valueOf(n.n, new Set(seen));
          case 'choice':
            return valueOf(n.n, new Set(seen));
          case 'tabT':
            return transform(valueOf(n.n, new Set(seen)), n);
          case 'var':
            return n.def ? render(n.def, seen) : '';
          case 'varT':
            return '';
          default:
            throw new Error(`unknown node ${n.t}`);
        }
      })
      .join('');
  return { text: render(nodes), unknownVars, choiceOptions: [...defaults.values()].filter((d) => d.t === 'choice') };
}

// ---------------------------------------------------------------------------
// Properties helpers (the snippets never use continuations or escapes).

function parseLines(text) {
  const entries = [];
  const problems = [];
  text.split('\n').forEach((line, idx) => {
    if (/^\s*$/.test(line) || /^\s*[#!]/.test(line)) return;
    const m = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(line);
    if (!m) {
      problems.push(`line ${idx + 1} is not key=value: ${JSON.stringify(line)}`);
      return;
    }
    if (/\s$/.test(m[2])) problems.push(`line ${idx + 1} has trailing whitespace`);
    entries.push({ key: m[1], value: m[2] });
  });
  return { entries, problems };
}

const csv = (v) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
function parseListeners(v) {
  return csv(v).map((e) => {
    const m = /^(.*):\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$/.exec(e);
    assert.ok(m, `listener entry ${e} does not parse`);
    return { name: m[1].toUpperCase(), host: m[2], port: +m[3] };
  });
}
function parseVoters(v) {
  return csv(v).map((e) => {
    const m = /^(\d+)@([^:@]+):(\d+)$/.exec(e);
    assert.ok(m, `voter entry ${e} does not parse`);
    return { id: +m[1], host: m[2], port: +m[3] };
  });
}
const PROTOCOLS = new Set(['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL']);
function parseMap(v) {
  const map = new Map();
  for (const e of csv(v)) {
    const at = e.lastIndexOf(':');
    assert.ok(at > 0, `protocol map entry ${e} has no colon`);
    const proto = e.slice(at + 1);
    assert.ok(PROTOCOLS.has(proto), `unknown security protocol ${proto}`);
    map.set(e.slice(0, at).toUpperCase(), proto);
  }
  return map;
}

/** Checks one node template against the KRaft role rules. */
function checkNode(props) {
  const get = (k) => props.get(k);
  for (const k of [
    'process.roles',
    'node.id',
    'controller.quorum.voters',
    'listeners',
    'controller.listener.names',
    'listener.security.protocol.map',
    'log.dirs',
  ]) {
    assert.ok(props.has(k) && get(k) !== '', `missing ${k}`);
  }
  const roles = csv(get('process.roles'));
  assert.ok(roles.length > 0 && roles.every((r) => r === 'broker' || r === 'controller'), 'process.roles');
  assert.equal(new Set(roles).size, roles.length, 'duplicate role');
  const isBroker = roles.includes('broker');
  const isController = roles.includes('controller');
  const nodeId = Number(get('node.id'));
  assert.ok(Number.isInteger(nodeId) && nodeId >= 0, 'node.id');
  const voters = parseVoters(get('controller.quorum.voters'));
  assert.ok(voters.length > 0, 'voters');
  for (const v of voters) assert.ok(v.host && v.host !== '0.0.0.0', 'voter host must be routable');
  const voterIds = voters.map((v) => v.id);
  const listeners = parseListeners(get('listeners'));
  const listenerNames = listeners.map((l) => l.name);
  assert.equal(new Set(listenerNames).size, listenerNames.length, 'duplicate listener name');
  const ports = listeners.map((l) => l.port);
  assert.equal(new Set(ports).size, ports.length, 'duplicate listener port');
  const advertised = props.has('advertised.listeners') ? parseListeners(get('advertised.listeners')) : listeners;
  for (const a of parseListeners(get('advertised.listeners') ?? '')) {
    assert.ok(a.host !== '' && a.host !== '0.0.0.0', `advertised host of ${a.name} must be a real host`);
  }
  const controllerNames = csv(get('controller.listener.names'));
  assert.ok(controllerNames.length > 0, 'controller.listener.names');
  const map = parseMap(get('listener.security.protocol.map'));
  const used = new Set([
    ...listenerNames,
    ...advertised.map((a) => a.name),
    ...controllerNames.map((n) => n.toUpperCase()),
  ]);
  const ibl = get('inter.broker.listener.name');
  if (ibl !== undefined) used.add(ibl.toUpperCase());
  for (const n of used) assert.ok(map.has(n), `listener ${n} is not in listener.security.protocol.map`);
  assert.ok(
    !(props.has('inter.broker.listener.name') && props.has('security.inter.broker.protocol')),
    'only one of inter.broker.listener.name and security.inter.broker.protocol',
  );

  if (isController) {
    assert.ok(voterIds.includes(nodeId), 'a controller node.id must be in the voters (C3)');
    for (const c of controllerNames)
      assert.ok(listenerNames.includes(c), `controller listener ${c} must be in listeners (C5)`);
  }
  if (isController && !isBroker) {
    for (const n of listenerNames)
      assert.ok(controllerNames.includes(n), 'controller-only listeners must all be controller listeners (C1)');
    assert.ok(!(ibl && controllerNames.includes(ibl)), 'C2');
  }
  if (isBroker && !isController) {
    assert.ok(!voterIds.includes(nodeId), 'a broker-only node.id must not be in the voters (B1)');
    for (const c of controllerNames)
      assert.ok(!listenerNames.includes(c), 'broker-only listeners must not contain the controller listener (B3)');
  }
  if (isBroker) {
    const brokerAdvertised = advertised.filter((a) => !controllerNames.includes(a.name)).map((a) => a.name);
    assert.ok(brokerAdvertised.length > 0, 'at least one broker advertised listener (BA1)');
    const interBroker = (ibl ?? get('security.inter.broker.protocol') ?? 'PLAINTEXT').toUpperCase();
    assert.ok(brokerAdvertised.includes(interBroker), 'inter-broker listener must be advertised (BA2)');
    for (const a of brokerAdvertised)
      assert.ok(listenerNames.includes(a), 'advertised names must be a subset of listeners (BA3)');
  }
}

// ---------------------------------------------------------------------------

const NODE_TEMPLATES = {
  'kraft-controller': 'controller',
  'kraft-broker': 'broker',
  'kraft-combined': 'broker,controller',
};
const REQUIRED_PREFIXES = [
  'kraft-controller',
  'kraft-broker',
  'kraft-combined',
  'kraft-protocol-map',
  'kraft-sasl-plaintext',
  'kraft-sasl-ssl',
  'kraft-ssl',
  'kraft-small-cluster-replication',
];

const prefixesOf = (s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

test('all expected snippet prefixes exist', () => {
  const all = Object.values(snippets).flatMap(prefixesOf);
  for (const p of REQUIRED_PREFIXES) assert.ok(all.includes(p), `missing prefix ${p}`);
  assert.equal(new Set(all).size, all.length, 'duplicate prefix');
});

for (const [name, snippet] of Object.entries(snippets)) {
  test(`snippet "${name}" expands to well-formed properties`, () => {
    assert.equal(snippet.scope, 'kafka-properties');
    assert.ok(
      typeof snippet.description === 'string' && snippet.description.length > 0 && snippet.description.length <= 100,
      'short description',
    );
    const variants = [{}];
    const { choiceOptions } = expand(snippet.body);
    for (const c of choiceOptions) for (const o of c.options) variants.push({ [c.n]: o });
    for (const choices of variants) {
      const { text, unknownVars } = expand(snippet.body, choices);
      assert.deepEqual(unknownVars, [], 'snippet uses variables (an unescaped ${...}?)');
      assert.ok(!text.includes('${') && !/\$\d/.test(text), `unexpanded snippet syntax in ${text}`);
      const { entries, problems } = parseLines(text);
      assert.deepEqual(problems, []);
      assert.ok(entries.length > 0, 'no key=value line');
      const keys = entries.map((e) => e.key);
      const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
      assert.deepEqual(dup, [], 'duplicate keys');
      for (const { key, value } of entries) {
        if (/password|jaas\.config/.test(key)) assert.match(value, /CHANGE_ME/, `${key} must be a placeholder`);
        if (/\.location$/.test(key)) assert.match(value, /CHANGE_ME/, `${key} must be a placeholder`);
        if (/advertised\.listeners$/.test(key)) assert.ok(!value.includes('0.0.0.0'), 'advertised 0.0.0.0');
      }
    }
  });
}

for (const [prefix, roles] of Object.entries(NODE_TEMPLATES)) {
  test(`${prefix} is a valid ${roles} node for Kafka 4.x`, () => {
    const snippet = Object.values(snippets).find((s) => prefixesOf(s).includes(prefix));
    assert.ok(snippet, prefix);
    const { entries } = parseLines(expand(snippet.body).text);
    const props = new Map(entries.map((e) => [e.key, e.value]));
    assert.equal(props.get('process.roles'), roles);
    checkNode(props);
  });
}

test('node templates of one cluster agree on the voters', () => {
  const voters = Object.keys(NODE_TEMPLATES).map((prefix) => {
    const snippet = Object.values(snippets).find((s) => prefixesOf(s).includes(prefix));
    return new Map(parseLines(expand(snippet.body).text).entries.map((e) => [e.key, e.value])).get(
      'controller.quorum.voters',
    );
  });
  assert.equal(new Set(voters).size, 1);
  assert.match(voters[0], /^1@host1:9093,3@host2:9093,5@host3:9093$/);
});

test('small-cluster replication: RF = brokers, min ISR = RF - 1 but at least 1', () => {
  const snippet = Object.values(snippets).find((s) => prefixesOf(s).includes('kraft-small-cluster-replication'));
  for (const rf of [1, 2, 3]) {
    const props = new Map(
      parseLines(expand(snippet.body, { 1: String(rf) }).text).entries.map((e) => [e.key, e.value]),
    );
    const minIsr = String(Math.max(1, rf - 1));
    assert.equal(props.get('offsets.topic.replication.factor'), String(rf));
    assert.equal(props.get('transaction.state.log.replication.factor'), String(rf));
    assert.equal(props.get('transaction.state.log.min.isr'), minIsr);
    assert.equal(props.get('share.coordinator.state.topic.replication.factor'), String(rf));
    assert.equal(props.get('share.coordinator.state.topic.min.isr'), minIsr);
  }
});

test('SASL snippets build the listener-specific JAAS key in lower case', () => {
  for (const [prefix, listener] of [
    ['kraft-sasl-plaintext', 'sasl_plaintext'],
    ['kraft-sasl-ssl', 'sasl_ssl'],
  ]) {
    const snippet = Object.values(snippets).find((s) => prefixesOf(s).includes(prefix));
    const keys = parseLines(expand(snippet.body).text).entries.map((e) => e.key);
    assert.ok(keys.includes(`listener.name.${listener}.scram-sha-512.sasl.jaas.config`), keys.join(' '));
    const props = new Map(parseLines(expand(snippet.body).text).entries.map((e) => [e.key, e.value]));
    assert.ok(
      csv(props.get('sasl.enabled.mechanisms')).includes(props.get('sasl.mechanism.inter.broker.protocol')),
      'G11',
    );
  }
});

test('expander handles the snippet syntax used here', () => {
  assert.equal(expand('a=${1:x}-$1-${1/(.*)/${1:/upcase}/}').text, 'a=x-x-X');
  assert.equal(expand('${2|p,q|}:${2}').text, 'p:p');
  assert.equal(expand('${1/^(?:(3)|.*)$/${1:?2:1}/}', { 1: '3' }).text, '2');
  assert.equal(expand('${1/^(?:(3)|.*)$/${1:?2:1}/}', { 1: '2' }).text, '1');
  assert.equal(expand('\\${file:x}').text, '${file:x}');
});
