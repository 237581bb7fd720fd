// Groups nodes into clusters: nodes whose controller quorum names the same controllers belong together.
// Copies of one cluster in separate folders (correct/ and broken/, dev/ and prod/ on localhost) are kept apart.
import { ownControllerListener, type NodeConfig } from './node';

export interface Cluster {
  nodes: NodeConfig[];
  /** Broker nodes of the cluster (broker-only and combined). */
  brokers: NodeConfig[];
  controllers: NodeConfig[];
  /** Every voter id some node lists has a controller node here: counts of brokers are then trustworthy. */
  complete: boolean;
}

export interface GroupableNode {
  node: NodeConfig;
  /** Workspace folder the file belongs to; nodes of different folders are never grouped. */
  root: string;
}

function quorumTokens(node: NodeConfig): string[] {
  const tokens: string[] = [];
  for (const voter of node.voters) {
    const endpoint = voter.parsed.endpoint;
    if (endpoint) tokens.push(`${normalizeHost(endpoint.host)}:${endpoint.port}`);
  }
  for (const server of node.bootstrapServers) {
    if (server.parsed) tokens.push(`${normalizeHost(server.parsed.host)}:${server.parsed.port}`);
  }
  return tokens;
}

export function normalizeHost(host: string): string {
  const lower = host.toLowerCase();
  return lower === 'localhost' || lower === '127.0.0.1' || lower === '::1' || lower === '' || lower === '0.0.0.0' ? 'localhost' : lower;
}

function directoryOf(uri: string): string[] {
  const parts = uri.replace(/\\/g, '/').split('/');
  parts.pop();
  return parts;
}

/** The folder a file sits in, with `/` separators. */
export const folderOf = (uri: string) => directoryOf(uri).join('/');

export function groupClusters(items: GroupableNode[]): Cluster[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const token of quorumTokens(item.node)) {
      const key = `${item.root}\u0000${token}`;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, NodeConfig[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item.node]);
  });
  const all = items.map((item) => item.node);
  return [...groups.values()].flatMap((group) => splitCopies(group, all)).map(describe);
}

/**
 * Splits a group whose sub-folders each hold their own copy of the cluster (correct/ and broken/, dev/ and prod/ on
 * localhost). A folder is a copy when every node id in it also appears in a sibling folder *and* the folder holds the
 * controllers its nodes vote for: a lone node with a clashing id is a duplicate, not a copy.
 */
function splitCopies(nodes: NodeConfig[], all: NodeConfig[]): NodeConfig[][] {
  if (nodes.length < 2) return [nodes];
  const dirs = nodes.map((node) => directoryOf(node.uri));
  let common = 0;
  while (dirs.every((dir) => common < dir.length && dir[common] === dirs[0][common])) common++;
  const partitions = new Map<string, NodeConfig[]>();
  nodes.forEach((node, i) => {
    const key = dirs[i][common] ?? '';
    partitions.set(key, [...(partitions.get(key) ?? []), node]);
  });
  if (partitions.size < 2) return [nodes];
  // A folder whose every node id also appears in a sibling folder holds a copy of the cluster, not part of it.
  const idsOf = (members: NodeConfig[]) => members.map((node) => node.nodeId).filter((id): id is number => id !== undefined);
  const copies = [...partitions.entries()].filter(([key, members]) => {
    const ids = idsOf(members);
    const elsewhere = new Set([...partitions.entries()].filter(([other]) => other !== key).flatMap(([, others]) => idsOf(others)));
    if (key === '' || ids.length === 0 || !ids.every((id) => elsewhere.has(id))) return false;
    const folder = [...dirs[nodes.indexOf(members[0])].slice(0, common), key].join('/') + '/';
    const controllersHere = new Set(all.filter((node) => node.isController && node.uri.replace(/\\/g, '/').startsWith(folder)).map((node) => node.nodeId));
    const voterSets = members.filter((node) => node.voters.length > 0).map((node) => new Set(node.voters.map((voter) => voter.parsed.id)));
    const agreed = voterSets.length ? [...voterSets[0]].filter((id) => voterSets.every((set) => set.has(id))) : [];
    return agreed.length > 0 ? agreed.every((id) => controllersHere.has(id)) : controllersHere.size > 0;
  });
  if (copies.length === 0) return [nodes];
  // Every copy stands alone; the other folders stay together (they may hold one cluster spread over hosts).
  const copyKeys = new Set(copies.map(([key]) => key));
  const rest = [...partitions.entries()].filter(([key]) => !copyKeys.has(key)).flatMap(([, members]) => members);
  return [...copies.map(([, members]) => members), ...(rest.length ? [rest] : [])].flatMap((group) => (group.length < nodes.length ? splitCopies(group, all) : [group]));
}

function describe(nodes: NodeConfig[]): Cluster {
  const controllers = nodes.filter((node) => node.isController);
  const brokers = nodes.filter((node) => node.isBroker);
  const controllerIds = new Set(controllers.map((node) => node.nodeId));
  const voterIds = new Set(nodes.flatMap((node) => node.voters.map((voter) => voter.parsed.id)));
  const complete = voterIds.size > 0 && [...voterIds].every((id) => controllerIds.has(id));
  return { nodes, brokers, controllers, complete };
}

/** The voter entry (`id@host:port`) that names this controller: its controller listener's host, else its host. */
export function voterEntryOf(node: NodeConfig): string | undefined {
  const listener = ownControllerListener(node);
  const host = hostOf(node);
  if (node.nodeId === undefined || !listener || !host) return undefined;
  return `${node.nodeId}@${listener.host && listener.host !== '0.0.0.0' ? listener.host : host}:${listener.port}`;
}

/** The host a process runs on, as far as its config tells: an advertised or bound host, else its voter entry. */
export function hostOf(node: NodeConfig): string | undefined {
  for (const item of [...node.advertised, ...node.listeners]) {
    const host = item.parsed?.host;
    if (host && host !== '0.0.0.0' && host !== '::') return normalizeHost(host);
  }
  const own = node.voters.find((voter) => voter.parsed.id === node.nodeId)?.parsed.endpoint;
  if (own && own.host && own.host !== '0.0.0.0') return normalizeHost(own.host);
  // The seed layout keeps each host's processes in a folder named after the host.
  const dirs = directoryOf(node.uri);
  for (let i = dirs.length - 1; i >= Math.max(0, dirs.length - 3); i--) {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(dirs[i])) return dirs[i];
  }
  return undefined;
}
