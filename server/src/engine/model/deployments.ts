// Which config files are processes of one running deployment, and why we think so.
// Declared membership (a `.kraftrc.json` cluster, a generated `topology.json`, one docker-compose project) is taken as
// given. Everything else is inferred, carefully: files that name the same controllers belong together, but loopback
// addresses only tie files that sit side by side, a folder holding a complete quorum of its own is a boundary, Kafka's
// own sample files are each checked alone, and two files that claim one node.id on one host:port are alternatives
// (they cannot run at the same time), never a duplicate.
import type { DeclaredDeployment, DeploymentSource } from '../types';
import { parentOf } from '../workspace/folder-index';
import { directoryOf, folderOf, hostOf, normalizeHost } from '../workspace/hosts';
import { ownControllerListener, type NodeConfig } from '../workspace/node';
import { compareCodeUnits } from '../text-order';

/** Why a file belongs to its deployment; shown to the user (hover, status item) so a wrong guess can be corrected. */
export type Membership =
  /** Declared by a `.kraftrc.json` cluster, a `topology.json` or a compose project (`origin` is that file). */
  | { kind: 'declared'; source: DeploymentSource; origin: string }
  /** A ZooKeeper-mode config (no process.roles, zookeeper.connect set): never grouped with KRaft nodes. */
  | { kind: 'zookeeper' }
  /** One of Kafka's sample configs in an unpacked distribution (`config/kraft/*.properties`, 4.x `config/*.properties`). */
  | { kind: 'distribution-sample'; alternatives: string[] }
  /** Claims the node.id and a host:port of `of`: a variant of that process (they cannot run at the same time). */
  | { kind: 'alternative'; of: string[] }
  /** Names the same controllers as the other members; `loopbackOnly` when only localhost endpoints tie them. */
  | { kind: 'shared-quorum'; loopbackOnly: boolean }
  /** Nothing ties it to another file. */
  | { kind: 'alone' };

export interface DeploymentInput {
  node: NodeConfig;
  /** Workspace folder of the file: files of different folders are never one deployment. */
  root: string;
  declared?: DeclaredDeployment;
}

export interface Deployment {
  /** Stable id: the declared id, else derived from the members' paths. */
  id: string;
  /** Name shown to the user: the declared name, else the members' common folder. */
  name: string;
  nodes: NodeConfig[];
  membership: Membership;
}

/** A ZooKeeper-mode config: Kafka 3.x runs it with ZooKeeper, 4.x no longer starts it. */
export function isZooKeeperMode(node: NodeConfig): boolean {
  return !node.settings.has('process.roles') && node.settings.has('zookeeper.connect');
}

const SAMPLE_NAMES = new Set([
  'server.properties',
  'broker.properties',
  'controller.properties',
  'reconfig-server.properties',
]);

/**
 * Kafka's distribution ships its samples in `config/kraft/` (3.x) and `config/` (4.x). They are alternatives (one
 * combined node, or a controller plus a broker), recognised when at least two of them sit in such a folder.
 */
function distributionFolders(uris: string[]): Set<string> {
  const count = new Map<string, number>();
  for (const uri of uris) {
    const dirs = directoryOf(uri);
    const last = dirs[dirs.length - 1];
    const isConfigFolder = last === 'config' || (last === 'kraft' && dirs[dirs.length - 2] === 'config');
    if (isConfigFolder && SAMPLE_NAMES.has(baseName(uri)))
      count.set(dirs.join('/'), (count.get(dirs.join('/')) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([folder]) => folder));
}

const baseName = (uri: string) => uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);

export function groupDeployments(items: DeploymentInput[]): Deployment[] {
  const deployments: Deployment[] = [];
  const declared = new Map<string, DeploymentInput[]>();
  const samples = distributionFolders(items.map((item) => item.node.uri));
  const inferred: DeploymentInput[] = [];
  for (const item of items) {
    const uri = item.node.uri;
    if (isZooKeeperMode(item.node)) deployments.push(single(item.node, { kind: 'zookeeper' }));
    else if (item.declared) declared.set(item.declared.id, [...(declared.get(item.declared.id) ?? []), item]);
    else if (samples.has(folderOf(uri)) && SAMPLE_NAMES.has(baseName(uri))) {
      const alternatives = items.filter(
        (other) =>
          other !== item &&
          folderOf(other.node.uri) === folderOf(uri) &&
          SAMPLE_NAMES.has(baseName(other.node.uri)) &&
          !isZooKeeperMode(other.node),
      );
      deployments.push(
        single(item.node, { kind: 'distribution-sample', alternatives: alternatives.map((other) => other.node.uri) }),
      );
    } else inferred.push(item);
  }
  for (const [id, members] of declared) {
    const { source, origin, name } = members[0].declared!;
    deployments.push({
      id,
      name,
      nodes: members.map((member) => member.node),
      membership: { kind: 'declared', source, origin },
    });
  }
  // Built once: per group it made grouping quadratic in the number of files.
  const inferredNodes = inferred.map((item) => item.node);
  for (const group of linkByQuorum(inferred)) {
    for (const copy of splitCopies(group.nodes, inferredNodes))
      deployments.push(...splitAlternatives(copy, group.loopbackOnly));
  }
  return deployments;
}

function single(node: NodeConfig, membership: Membership): Deployment {
  return { id: node.uri, name: nameOf([node]), nodes: [node], membership };
}

/** The members' deepest common folder (its last segment), or the file's folder and name for one file. */
function nameOf(nodes: NodeConfig[]): string {
  const dirs = nodes.map((node) => directoryOf(node.uri));
  let common = 0;
  while (dirs.every((dir) => common < dir.length && dir[common] === dirs[0][common])) common++;
  if (nodes.length === 1) return [dirs[0][dirs[0].length - 1], baseName(nodes[0].uri)].filter(Boolean).join('/');
  return dirs[0].slice(0, common).filter(Boolean).slice(-1)[0] ?? '/';
}

interface Endpoint {
  host: string;
  port: number;
  loopback: boolean;
}

function quorumEndpoints(node: NodeConfig): Endpoint[] {
  const endpoints: Endpoint[] = [];
  const add = (host: string, port: number) => {
    const normalized = normalizeHost(host);
    endpoints.push({ host: normalized, port, loopback: normalized === 'localhost' });
  };
  for (const voter of node.voters)
    if (voter.parsed.endpoint) add(voter.parsed.endpoint.host, voter.parsed.endpoint.port);
  for (const server of node.bootstrapServers) if (server.parsed) add(server.parsed.host, server.parsed.port);
  return endpoints;
}

/** A folder that holds every controller its files name: a quorum of its own, so a boundary between deployments. */
function selfContainedFolders(items: DeploymentInput[]): Set<string> {
  const byFolder = new Map<string, NodeConfig[]>();
  for (const item of items) {
    const folder = folderOf(item.node.uri);
    const nodes = byFolder.get(folder);
    if (nodes) nodes.push(item.node);
    else byFolder.set(folder, [item.node]);
  }
  const result = new Set<string>();
  for (const [folder, nodes] of byFolder) {
    const controllers = nodes.filter((node) => node.isController);
    if (controllers.length === 0) continue;
    const ids = new Set(controllers.map((node) => node.nodeId));
    const served = new Set(
      controllers.map((node) => `${hostOf(node) ?? 'localhost'}:${ownControllerListener(node)?.port}`),
    );
    const voterIds = nodes.flatMap((node) => node.voters.map((voter) => voter.parsed.id));
    const bootstrap = nodes.flatMap((node) =>
      node.bootstrapServers.map(
        (server) => server.parsed && `${normalizeHost(server.parsed.host)}:${server.parsed.port}`,
      ),
    );
    if (voterIds.every((id) => ids.has(id)) && bootstrap.every((endpoint) => endpoint && served.has(endpoint)))
      result.add(folder);
  }
  return result;
}

/**
 * Unites files that name the same quorum endpoint. A loopback endpoint only ties files in one folder or in sibling
 * folders (localhost/controller-1 and localhost/broker-2), and never two self-contained folders.
 */
function linkByQuorum(items: DeploymentInput[]): { nodes: NodeConfig[]; loopbackOnly: boolean }[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const strongLink = new Set<number>();
  const union = (a: number, b: number, strong: boolean) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[ra] = rb;
    if (strong) strongLink.add(a).add(b);
  };
  const selfContained = selfContainedFolders(items);
  const buckets = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const endpoint of quorumEndpoints(item.node)) {
      const scope = endpoint.loopback ? `loopback:${parentOf(folderOf(item.node.uri))}` : 'host';
      const key = `${item.root}\u0000${endpoint.host}:${endpoint.port}\u0000${scope}`;
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [i]);
      else if (!bucket.includes(i)) bucket.push(i);
    }
  });
  for (const [key, members] of buckets) {
    const strong = key.endsWith('\u0000host');
    const folders = new Set(
      members.map((i) => folderOf(items[i].node.uri)).filter((folder) => selfContained.has(folder)),
    );
    // Two complete quorums answering the same endpoint are two setups; a file that is not one of them stays apart.
    const ambiguous = folders.size >= 2;
    const anchorOf = new Map<string, number>();
    for (const i of members) {
      const folder = folderOf(items[i].node.uri);
      const anchorKey = ambiguous ? (selfContained.has(folder) ? folder : '\u0001rest') : '';
      const anchor = anchorOf.get(anchorKey);
      if (anchor === undefined) anchorOf.set(anchorKey, i);
      else union(i, anchor, strong);
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].map((members) => ({
    nodes: members.map((i) => items[i].node),
    loopbackOnly: members.length > 1 && !members.some((i) => strongLink.has(i)),
  }));
}

/**
 * Splits a group whose sub-folders each hold their own copy of the cluster (correct/ and broken/, dev/ and prod/ on
 * one set of hosts). A folder is a copy when every node id in it also appears in a sibling folder *and* the folder
 * holds the controllers its nodes vote for: a lone node with a clashing id is a duplicate, not a copy.
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
  const idsOf = (members: NodeConfig[]) =>
    members.map((node) => node.nodeId).filter((id): id is number => id !== undefined);
  const copies = [...partitions.entries()].filter(([key, members]) => {
    const ids = idsOf(members);
    const elsewhere = new Set(
      [...partitions.entries()].filter(([other]) => other !== key).flatMap(([, others]) => idsOf(others)),
    );
    if (key === '' || ids.length === 0 || !ids.every((id) => elsewhere.has(id))) return false;
    const folder = [...dirs[nodes.indexOf(members[0])].slice(0, common), key].join('/') + '/';
    const controllersHere = new Set(
      all
        .filter((node) => node.isController && node.uri.replace(/\\/g, '/').startsWith(folder))
        .map((node) => node.nodeId),
    );
    const voterSets = members
      .filter((node) => node.voters.length > 0)
      .map((node) => new Set(node.voters.map((voter) => voter.parsed.id)));
    const agreed = voterSets.length ? [...voterSets[0]].filter((id) => voterSets.every((set) => set.has(id))) : [];
    return agreed.length > 0 ? agreed.every((id) => controllersHere.has(id)) : controllersHere.size > 0;
  });
  if (copies.length === 0) return [nodes];
  // Every copy stands alone; the other folders stay together (they may hold one cluster spread over hosts).
  const copyKeys = new Set(copies.map(([key]) => key));
  const rest = [...partitions.entries()].filter(([key]) => !copyKeys.has(key)).flatMap(([, members]) => members);
  return [...copies.map(([, members]) => members), ...(rest.length ? [rest] : [])].flatMap((group) =>
    group.length < nodes.length ? splitCopies(group, all) : [group],
  );
}

/** The host:port pairs a process binds; the host is unknown ('') when neither listener nor layout tells it. */
const boundByNode = new WeakMap<NodeConfig, { host: string; port: number }[]>();

function boundEndpoints(node: NodeConfig): { host: string; port: number }[] {
  // Alternatives are looked for between every two files of a group: each node's endpoints are worked out once.
  let bound = boundByNode.get(node);
  if (!bound) boundByNode.set(node, (bound = computeBoundEndpoints(node)));
  return bound;
}

function computeBoundEndpoints(node: NodeConfig): { host: string; port: number }[] {
  const host = hostOf(node) ?? '';
  // A listener with a template host (`PLAINTEXT://${HOST}:9092`) still tells its port.
  const portOf = (item: NodeConfig['listeners'][number]) =>
    item.parsed?.port ?? Number(/:(\d+)\s*$/.exec(item.span.text)?.[1] ?? 0);
  return node.listeners.filter((item) => portOf(item) > 0).map((item) => ({ host, port: portOf(item) }));
}

/** A single-label name such as `broker` or `kafka1`: in the usual container setups, one host name is one process. */
const CONTAINER_HOST = /^(?!localhost$)[a-z][a-z0-9_-]*$/i;

/**
 * Two files that cannot run at the same time because they describe one process in two ways: the same node.id on a
 * shared host:port, or two configs for one container (both say they are host `broker` and bind the same port).
 */
export function areAlternatives(a: NodeConfig, b: NodeConfig): boolean {
  if (a.listenersDefaulted || b.listenersDefaulted) return false;
  const theirs = boundEndpoints(b);
  const shared = boundEndpoints(a).filter((mine) =>
    theirs.some((other) => other.port === mine.port && (other.host === mine.host || !other.host || !mine.host)),
  );
  if (shared.length === 0) return false;
  if (a.nodeId !== undefined && a.nodeId === b.nodeId) return true;
  return shared.some((endpoint) => CONTAINER_HOST.test(endpoint.host));
}

/**
 * Keeps alternatives out of one deployment: the outermost file with the plainest name stays with the others, each
 * variant is checked on its own (`controller_in_migration.properties` beside `controller.properties`).
 */
function splitAlternatives(nodes: NodeConfig[], loopbackOnly: boolean): Deployment[] {
  const sortKey = new Map(nodes.map((node) => [node, [directoryOf(node.uri).length, baseName(node.uri).length]]));
  const ordered = [...nodes].sort((a, b) => {
    const [depthA, nameA] = sortKey.get(a)!;
    const [depthB, nameB] = sortKey.get(b)!;
    return depthA - depthB || nameA - nameB || compareCodeUnits(a.uri, b.uri);
  });
  const main: NodeConfig[] = [];
  const variants: { node: NodeConfig; of: NodeConfig[] }[] = [];
  for (const node of ordered) {
    const clashes = main.filter((other) => areAlternatives(node, other));
    if (clashes.length) variants.push({ node, of: clashes });
    else main.push(node);
  }
  const kept = nodes.filter((node) => main.includes(node));
  const membership: Membership = kept.length > 1 ? { kind: 'shared-quorum', loopbackOnly } : { kind: 'alone' };
  return [
    { id: kept.map((node) => node.uri).sort()[0], name: nameOf(kept), nodes: kept, membership },
    ...variants.map(({ node, of }) => single(node, { kind: 'alternative', of: of.map((other) => other.uri) })),
  ];
}
