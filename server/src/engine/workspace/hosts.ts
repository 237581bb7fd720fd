// Where a process runs and where its file sits: the host and folder facts the cluster model and the rules share.
import { isWildcardHost } from '../parser/values';
import { ownControllerListener, type NodeConfig } from './node';

/** Loopback and wildcard hosts all mean "this machine". */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  return lower === 'localhost' || lower === '127.0.0.1' || lower === '::1' || isWildcardHost(lower)
    ? 'localhost'
    : lower;
}

// Grouping and rules ask for the folder of the same few thousand paths again and again (per pair of nodes, per
// keystroke): each answer is computed once. The cache forgets everything when it grows past any real workspace.
const MAX_REMEMBERED = 200_000;
const directories = new Map<string, readonly string[]>();
const folders = new Map<string, string>();

/** The folders of a file's path, outermost first. */
export function directoryOf(uri: string): readonly string[] {
  let parts = directories.get(uri);
  if (parts === undefined) {
    const split = uri.replace(/\\/g, '/').split('/');
    split.pop();
    parts = Object.freeze(split);
    if (directories.size >= MAX_REMEMBERED) directories.clear();
    directories.set(uri, parts);
  }
  return parts;
}

/** The folder a file sits in, with `/` separators. */
export function folderOf(uri: string): string {
  let folder = folders.get(uri);
  if (folder === undefined) {
    folder = directoryOf(uri).join('/');
    if (folders.size >= MAX_REMEMBERED) folders.clear();
    folders.set(uri, folder);
  }
  return folder;
}

// Grouping and several rules ask for the host of every node, some once per voter: each node's answer is kept.
const hosts = new WeakMap<NodeConfig, string | null>();

/** The host a process runs on, as far as its config tells: an advertised or bound host, else its voter entry. */
export function hostOf(node: NodeConfig): string | undefined {
  let host = hosts.get(node);
  if (host === undefined) hosts.set(node, (host = computeHostOf(node) ?? null));
  return host ?? undefined;
}

function computeHostOf(node: NodeConfig): string | undefined {
  if (node.declaredHost) return normalizeHost(node.declaredHost);
  for (const items of [node.advertised, node.listeners])
    for (const item of items) {
      const host = item.parsed?.host;
      if (host !== undefined && !isWildcardHost(host)) return normalizeHost(host);
    }
  const own = node.voters.find((voter) => voter.parsed.id === node.nodeId)?.parsed.endpoint;
  if (own && !isWildcardHost(own.host)) return normalizeHost(own.host);
  // The seed layout keeps each host's processes in a folder named after the host.
  const dirs = directoryOf(node.uri);
  for (let i = dirs.length - 1; i >= Math.max(0, dirs.length - 3); i--) {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(dirs[i])) return dirs[i];
  }
  return undefined;
}

/** The voter entry (`id@host:port`) that names this controller: its controller listener's host, else its host. */
export function voterEntryOf(node: NodeConfig): string | undefined {
  const listener = ownControllerListener(node);
  const host = hostOf(node);
  if (node.nodeId === undefined || !listener || !host) return undefined;
  return `${node.nodeId}@${isWildcardHost(listener.host) ? host : listener.host}:${listener.port}`;
}
