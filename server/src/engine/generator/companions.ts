// After "Add a broker or controller": the files the generator wrote beside a cluster (topology.json, the format,
// start and stop scripts, README, docker-compose.yml) learn about the new node. Each mention of a node of the same
// role is copied for the new node, so hand edits elsewhere in those files stay as they are.
import { modify, parse } from 'jsonc-parser';
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
      if (!mentions(lines[i])) continue;
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
