// Cluster grouping for the incremental linter: after an edit, only the files whose grouping can change are grouped
// again. Grouping (model/deployments.ts) ties files through shared quorum endpoints, declared deployments, folders
// and the folders below a group's common folder; so a changed file is regrouped together with every file under the
// deepest folder that holds it, its old cluster, and every file sharing an endpoint or declaration with them. Beyond
// that region nothing can differ, and the previous clusters are kept.
import type { NodeConfig } from './node';
import { directoryOf, folderOf, normalizeHost } from './hosts';
import { groupClusters, type Cluster, type GroupableNode } from './cluster';
import type { WorkspaceFile } from './lint';

const listenerKey = (item: NodeConfig['listeners'][number]) => [
  item.span.text,
  item.parsed?.name,
  item.parsed?.host,
  item.parsed?.port,
];

/**
 * Everything about a file that grouping (model/deployments.ts, workspace/cluster.ts, workspace/hosts.ts) reads.
 * While no file's key changes, the grouping stands. A new node field read by grouping must be added here
 * (test/unit/incremental.test.ts compares the incremental linter with a full lint after random edits).
 */
export function groupingKeyOf(file: WorkspaceFile, node: NodeConfig): string {
  return JSON.stringify([
    file.root ?? '',
    file.deployment ?? null,
    file.versionHint ?? null,
    file.options?.kafkaVersion ?? null,
    node.settings.has('process.roles'),
    node.settings.has('zookeeper.connect'),
    node.nodeId ?? null,
    node.isController,
    node.isBroker,
    node.listenersDefaulted,
    node.declaredHost ?? null,
    node.voters.map((voter) => [voter.parsed.id, voter.parsed.endpoint?.host, voter.parsed.endpoint?.port]),
    node.bootstrapServers.map((server) => [server.parsed?.host, server.parsed?.port]),
    node.listeners.map(listenerKey),
    node.advertised.map(listenerKey),
    node.controllerListenerNames.map((name) => name.text),
  ]);
}

/** What ties a file to others beyond its folder: the quorum endpoints it names and its declared deployment. */
function linksOf(item: GroupableNode): string[] {
  const links = new Set<string>();
  for (const voter of item.node.voters)
    if (voter.parsed.endpoint) links.add(`${normalizeHost(voter.parsed.endpoint.host)}:${voter.parsed.endpoint.port}`);
  for (const server of item.node.bootstrapServers)
    if (server.parsed) links.add(`${normalizeHost(server.parsed.host)}:${server.parsed.port}`);
  if (item.declared) links.add(`\u0000declared:${item.declared.id}`);
  return [...links];
}

/** The deepest folder holding every path. */
function commonFolder(uris: Iterable<string>): string {
  let common: readonly string[] | undefined;
  for (const uri of uris) {
    const dirs = directoryOf(uri);
    if (!common) common = dirs;
    else {
      let length = 0;
      while (length < common.length && length < dirs.length && common[length] === dirs[length]) length++;
      if (length < common.length) common = common.slice(0, length);
    }
  }
  return (common ?? []).join('/');
}

const isUnder = (uri: string, folder: string) => (folderOf(uri) + '/').startsWith(folder + '/');

export class IncrementalGrouping {
  private previous: { uris: string[]; clusters: Cluster[]; clusterOf: Map<string, Cluster> } | undefined;
  /** Link → files naming it, and file → its links, for the files of the previous grouping. */
  private linked = new Map<string, Set<string>>();
  private links = new Map<string, string[]>();

  reset(): void {
    this.previous = undefined;
    this.linked.clear();
    this.links.clear();
  }

  /**
   * The clusters of `items`. `changed`: files whose grouping key changed or that are new; `current` gives the node
   * now standing for a file (nodes rebuilt with an unchanged key replace the old ones in kept clusters).
   */
  group(
    items: GroupableNode[],
    versionOf: Parameters<typeof groupClusters>[1],
    changed: Set<string>,
    current: (uri: string) => NodeConfig | undefined,
  ): Cluster[] {
    const uris = items.map((item) => item.node.uri);
    const previous = this.previous;
    const present = new Set(uris);
    const touched = new Set(changed);
    if (previous) for (const uri of previous.uris) if (!present.has(uri)) touched.add(uri);
    let clusters: Cluster[] | undefined;
    if (
      previous &&
      touched.size === 0 &&
      uris.length === previous.uris.length &&
      uris.every((uri, i) => uri === previous.uris[i])
    ) {
      clusters = previous.clusters.map((cluster) => this.renewed(cluster, current));
    } else if (previous) {
      // Files sharing a link with a touched file before the edit, then after it.
      const sharers = new Set<string>();
      const share = (uri: string) =>
        (this.links.get(uri) ?? []).forEach((link) => this.linked.get(link)?.forEach((other) => sharers.add(other)));
      touched.forEach(share);
      this.updateLinks(items, touched, present);
      touched.forEach(share);
      const region = this.regionOf([...touched, ...sharers], uris, previous.clusterOf, touched);
      if (region) {
        const kept = previous.clusters
          .filter((cluster) => !cluster.nodes.some((node) => region.has(node.uri)))
          .map((cluster) => this.renewed(cluster, current));
        clusters = [
          ...kept,
          ...groupClusters(
            items.filter((item) => region.has(item.node.uri)),
            versionOf,
          ),
        ];
      }
    }
    if (!clusters) {
      if (!previous) this.updateLinks(items, new Set(uris), present);
      clusters = groupClusters(items, versionOf);
    }
    const clusterOf = new Map<string, Cluster>();
    for (const cluster of clusters) for (const node of cluster.nodes) clusterOf.set(node.uri, cluster);
    this.previous = { uris, clusters, clusterOf };
    return clusters;
  }

  /**
   * Every file under the deepest folder holding the seeds, grown until no file inside shares a link or an old
   * cluster with a file outside. Undefined when that is most of the workspace (grouping everything is then simpler).
   */
  private regionOf(
    seeds: string[],
    uris: string[],
    oldClusterOf: Map<string, Cluster>,
    removed: Set<string>,
  ): Set<string> | undefined {
    const members = new Set(seeds);
    for (let round = 0; round < 8; round++) {
      const folder = commonFolder(members);
      const region = new Set(folder === '' ? uris : uris.filter((uri) => isUnder(uri, folder)));
      for (const uri of removed) region.add(uri);
      if (region.size > Math.max(64, uris.length / 2)) return undefined;
      let grew = false;
      const reach = (other: string) => {
        if (region.has(other) || members.has(other)) return;
        members.add(other);
        grew = true;
      };
      for (const uri of region) {
        members.add(uri);
        for (const link of this.links.get(uri) ?? []) this.linked.get(link)?.forEach(reach);
        oldClusterOf.get(uri)?.nodes.forEach((node) => reach(node.uri));
      }
      if (!grew) return region;
    }
    return undefined;
  }

  private updateLinks(items: GroupableNode[], touched: Set<string>, present: Set<string>): void {
    for (const uri of touched) {
      for (const link of this.links.get(uri) ?? []) this.linked.get(link)?.delete(uri);
      this.links.delete(uri);
    }
    for (const item of items) {
      const uri = item.node.uri;
      if (!touched.has(uri) || !present.has(uri)) continue;
      const links = linksOf(item);
      this.links.set(uri, links);
      for (const link of links) {
        const set = this.linked.get(link);
        if (set) set.add(uri);
        else this.linked.set(link, new Set([uri]));
      }
    }
  }

  /** A kept cluster with the nodes that now stand for its files. */
  private renewed(cluster: Cluster, current: (uri: string) => NodeConfig | undefined): Cluster {
    const now = (node: NodeConfig) => current(node.uri) ?? node;
    if (cluster.nodes.every((node) => now(node) === node)) return cluster;
    return {
      ...cluster,
      nodes: cluster.nodes.map(now),
      brokers: cluster.brokers.map(now),
      controllers: cluster.controllers.map(now),
    };
  }
}
