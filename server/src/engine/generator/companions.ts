// After "Add a broker or controller": the files the generator wrote beside a cluster (topology.json, the format,
// start and stop scripts, README, docker-compose.yml) learn about the new node. Each mention of a node of the same
// role is copied for the new node, so hand edits elsewhere in those files stay as they are.
import { modify, parse } from 'jsonc-parser';
import { isWildcardHost, parseListener, splitList, type ParsedListener } from '../parser/values';
import type { FileEdit } from '../types';
import type { AddNodePlan, ExistingFile } from './addNode';

/** The files the generator writes beside a cluster's node folders. */
export const COMPANION_FILES = [
  'topology.json',
  'format-storage.sh',
  'start-cluster.sh',
  'stop-cluster.sh',
  'README.md',
  'docker-compose.yml',
];

const folderOf = (path: string) => path.split('/').slice(0, -1).join('/');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Where a node's folder name names it in the companion files. A numbered name (`broker-5`) is specific: anywhere as
 * a word (`kraft-broker-5`, `broker-5-data`, not `broker-50`). A bare role name (`broker`, one node of its kind) is
 * also an ordinary word: only as a compose service key, its volume (`broker-data`) and its container (`kraft-broker`).
 */
const nameRe = (name: string) =>
  /\d/.test(name)
    ? new RegExp(`(?<!\\w)${escape(name)}(?!\\w)`, 'g')
    : new RegExp(
        `(?<![\\w-])${escape(name)}(?=-data(?!\\w)|:\\s*(?:\\{.*)?$)|(?<=kraft-)${escape(name)}(?![\\w-])`,
        'g',
      );
const valueOf = (text: string, key: string) =>
  new RegExp(`^\\s*${escape(key)}\\s*[=:]\\s*(.*?)\\s*$`, 'm').exec(text)?.[1];

/** `names`: the node's folder name and its `<role>-<id>` name (compose services are named so). */
interface NodeFacts {
  id: string;
  path: string;
  dir: string;
  names: string[];
  dataDir?: string;
  ports: string[];
}

function factsOf(path: string, text: string): NodeFacts {
  const dir = folderOf(path);
  const ports = [...(valueOf(text, 'listeners') ?? '').matchAll(/:(\d+)\s*(?:,|$)/g)].map((match) => match[1]);
  const id = valueOf(text, 'node.id') ?? valueOf(text, 'broker.id') ?? '';
  const roles = (valueOf(text, 'process.roles') ?? '').split(',').map((role) => role.trim());
  const label =
    roles.includes('broker') && roles.includes('controller')
      ? 'combined'
      : roles.includes('controller')
        ? 'controller'
        : 'broker';
  return {
    id,
    path,
    dir,
    names: [dir.split('/').pop() ?? '', `${label}-${id}`],
    dataDir: valueOf(text, 'log.dirs') ?? valueOf(text, 'log.dir'),
    ports,
  };
}

/** The listeners of a list, by listener name (Kafka's grammar: the engine's parser). */
function listenersOf(value: string | undefined): Map<string, ParsedListener> {
  const found = new Map<string, ParsedListener>();
  for (const item of splitList(value ?? '')) {
    const listener = parseListener(item);
    if (listener) found.set(listener.name, listener);
  }
  return found;
}

/**
 * How the anchor node is reached (`host:port`, by its listeners, advertised listeners and the host its folder names)
 * and how the new node is reached the same way: a list of endpoints that names the anchor (a smoke test's
 * `--bootstrap-server`, the start script's `--bootstrap-controller`) then names the new node too.
 */
function endpointMap(anchor: ExistingFile, added: ExistingFile, addedHost: string): Map<string, string> {
  const hostOfPath = (path: string) => path.split('/').slice(-3)[0];
  const map = new Map<string, string>();
  for (const key of ['listeners', 'advertised.listeners']) {
    const before = listenersOf(valueOf(anchor.text, key));
    const after = listenersOf(valueOf(added.text, key));
    // Endpoint lists write an IPv6 host in brackets.
    const written = (host: string) => (host.includes(':') ? `[${host}]` : host);
    for (const [name, { host, port }] of before) {
      const target = after.get(name);
      if (!target) continue;
      const from = isWildcardHost(host) ? hostOfPath(anchor.path) : written(host);
      const to = isWildcardHost(target.host) ? addedHost : written(target.host);
      if (from && to) map.set(`${from}:${port}`, `${to}:${target.port}`);
    }
  }
  return map;
}

const ENDPOINT = String.raw`(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):\d+`;
const ENDPOINT_LIST = new RegExp(`(?<![\\w.:/@-])${ENDPOINT}(?:,${ENDPOINT})+(?![\\w.:-])`, 'g');

/** The endpoint lists of a line that name the anchor, each with the new node's endpoint added after the anchor's. */
function listEdits(line: string, lineNumber: number, uri: string, endpoints: Map<string, string>): FileEdit[] {
  const edits: FileEdit[] = [];
  for (const match of line.matchAll(ENDPOINT_LIST)) {
    const entries = match[0].split(',');
    const additions = entries.flatMap((entry) => {
      const mapped = endpoints.get(entry);
      return mapped && !entries.includes(mapped) ? [mapped] : [];
    });
    if (additions.length === 0) continue;
    const start = match.index!;
    edits.push({
      uri,
      range: {
        start: { line: lineNumber, character: start },
        end: { line: lineNumber, character: start + match[0].length },
      },
      newText: [...entries, ...new Set(additions)].join(','),
    });
  }
  return edits;
}

/** A copy of `text` that speaks of the new node where it spoke of the anchor node (one pass: no double rewrites). */
function retarget(text: string, from: NodeFacts, to: NodeFacts, relative: (path: string) => string): string {
  const literals = new Map<string, string>([
    [relative(from.path), relative(to.path)],
    [relative(from.dir), relative(to.dir)],
  ]);
  if (from.dataDir && to.dataDir) literals.set(from.dataDir, to.dataDir);
  const names = from.names
    .map((name, i) => [name, to.names[i]] as const)
    .filter(([name, target]) => name && name !== target);
  const alternatives = [
    ...[...literals.keys()].sort((a, b) => b.length - a.length).map(escape),
    ...names.map(([name]) => nameRe(name).source),
  ];
  let out = text.replace(
    new RegExp(alternatives.map((source) => `(${source})`).join('|'), 'g'),
    (match) => literals.get(match) ?? names.find(([name]) => name === match)?.[1] ?? match,
  );
  if (/^\s*\|/.test(out)) {
    // A table row: its first cell is the node id; ports are cells of their own.
    out = out.replace(new RegExp(`^(\\s*\\|\\s*)${escape(from.id)}(\\s*\\|)`), `$1${to.id}$2`);
    from.ports.forEach((port, i) => {
      if (to.ports[i]) out = out.replace(new RegExp(`\\|\\s*${port}\\s*\\|`), `| ${to.ports[i]} |`);
    });
  }
  return out;
}

/**
 * Edits to the companion files of the cluster `nodes` belong to: those in the nearest folder at or above the nodes'
 * common folder that holds any of them. `companions` are candidate files the host read (paths like the nodes').
 */
export function planCompanionEdits(plan: AddNodePlan, nodes: ExistingFile[], companions: ExistingFile[]): FileEdit[] {
  const roleOf = (text: string) =>
    new Set((valueOf(text, 'process.roles') ?? '').split(',').map((role) => role.trim()));
  const same = nodes.filter((node) => {
    const roles = roleOf(node.text);
    return roles.size === 1 && roles.has(plan.role);
  });
  const anchors = same.length > 0 ? same : nodes.filter((node) => roleOf(node.text).has(plan.role));
  if (anchors.length === 0) return [];
  const anchorFile = anchors.reduce((best, node) =>
    Number(factsOf(node.path, node.text).id) > Number(factsOf(best.path, best.text).id) ? node : best,
  );
  const anchor = factsOf(anchorFile.path, anchorFile.text);
  const added = factsOf(plan.file.path, plan.file.content);
  const dirs = nodes.map((node) => folderOf(node.path).split('/'));
  let common = 0;
  while (dirs.every((dir) => common < dir.length && dir[common] === dirs[0][common])) common++;
  const base = dirs[0].slice(0, common);
  let folder: string | undefined;
  for (let depth = base.length; depth >= 0 && folder === undefined; depth--) {
    const candidate = base.slice(0, depth).join('/');
    if (
      companions.some(
        (file) => folderOf(file.path) === candidate && COMPANION_FILES.includes(file.path.split('/').pop()!),
      )
    )
      folder = candidate;
  }
  if (folder === undefined) return [];
  const relative = (path: string) => (folder ? path.slice(folder.length + 1) : path);
  const endpoints = endpointMap(anchorFile, { path: plan.file.path, text: plan.file.content }, plan.host);
  const edits: FileEdit[] = [];
  for (const file of companions.filter((item) => folderOf(item.path) === folder)) {
    const name = file.path.split('/').pop()!;
    if (name === 'topology.json') {
      const key = plan.role === 'broker' ? 'brokers' : 'controllers';
      const count = parse(file.text)?.[key];
      if (typeof count !== 'number') continue;
      for (const edit of modify(file.text, [key], count + 1, {
        formattingOptions: { insertSpaces: true, tabSize: 2 },
      })) {
        edits.push({
          uri: file.path,
          range: { start: positionAt(file.text, edit.offset), end: positionAt(file.text, edit.offset + edit.length) },
          newText: edit.content,
        });
      }
      continue;
    }
    if (!COMPANION_FILES.includes(name)) continue;
    const lines = file.text.split('\n');
    const mentions = (line: string) =>
      line.includes(relative(anchor.dir)) || anchor.names.some((name) => name !== '' && nameRe(name).test(line));
    for (let i = 0; i < lines.length; i++) {
      if (!mentions(lines[i])) {
        edits.push(...listEdits(lines[i], i, file.path, endpoints));
        continue;
      }
      // A YAML block named after the node (a compose service, a depends_on entry): copied whole.
      const block = [lines[i]];
      const indent = /^(\s*)/.exec(lines[i])![1].length;
      if (/:\s*$/.test(lines[i]) && /\.ya?ml$/.test(name)) {
        while (i + 1 < lines.length && lines[i + 1].trim() !== '' && /^(\s*)/.exec(lines[i + 1])![1].length > indent)
          block.push(lines[++i]);
      }
      const copy = block.map((text) => retarget(text, anchor, added, relative)).join('\n');
      // Inserted after the block: only new lines, nothing else in the file changes.
      const after = i + 1 < lines.length ? { line: i + 1, character: 0 } : { line: i, character: lines[i].length };
      edits.push({
        uri: file.path,
        range: { start: after, end: after },
        newText: i + 1 < lines.length ? `${copy}\n` : `\n${copy}`,
      });
    }
  }
  return edits;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
