// Cluster grouping for the incremental linter: after an edit, only the files whose grouping can change are grouped
// again. Grouping (model/deployments.ts) ties files through shared quorum endpoints, declared deployments, folders
// and the folders below a group's common folder; so a changed file is regrouped together with every file under the
// deepest folder that holds it, its old cluster, and every file sharing an endpoint or declaration with them. Beyond
// that region nothing can differ, and the previous clusters are kept.
import type { NodeConfig } from './node';
import { directoryOf, normalizeHost } from './hosts';
import { groupClusters, type Cluster, type GroupableNode } from './cluster';
import { FolderIndex } from './folder-index';
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

export interface Grouping {
  clusters: Cluster[];
  /** File → its cluster; kept up to date in place from one update to the next. */
  clusterOf: Map<string, Cluster>;
}

export class IncrementalGrouping {
  private clusters: Cluster[] = [];
  private clusterOf = new Map<string, Cluster>();
  private started = false;
  /** Link → files naming it, and file → its links. */
  private linked = new Map<string, Set<string>>();
  private links = new Map<string, string[]>();
  private folders = new FolderIndex();
  /** Order of first arrival: a region is grouped in the order a full grouping would see its files. */
  private arrival = new Map<string, number>();
  private arrivals = 0;

  /** Whether the links, folders and arrival order of the files grouped so far are known (built on first need). */
  private indexed = false;

  reset(): void {
    this.clusters = [];
    this.clusterOf = new Map();
    this.started = false;
    this.indexed = false;
    this.linked.clear();
    this.links.clear();
    this.folders.clear();
    this.arrival.clear();
    this.arrivals = 0;
  }

  /**
   * The clusters after some files changed. `items`: every file now, in the hosts' order; `touched`: files whose
   * grouping key changed, new files and removed ones (absent from `items`); `rebuilt`: files whose node was built
   * again with the same key (they replace the old node in the cluster that keeps them).
   */
  update(
    items: ReadonlyMap<string, GroupableNode>,
    touched: ReadonlySet<string>,
    rebuilt: ReadonlySet<string>,
    versionOf: Parameters<typeof groupClusters>[1],
  ): Grouping {
    // The first grouping groups everything: the index that later regroups need is built when one comes (index()).
    if (!this.started) {
      this.started = true;
      return this.groupAll(items, versionOf);
    }
    this.index(items);
    for (const uri of touched) {
      if (items.has(uri)) {
        this.folders.add(uri);
        if (!this.arrival.has(uri)) this.arrival.set(uri, this.arrivals++);
      } else {
        this.folders.delete(uri);
        this.arrival.delete(uri);
      }
    }
    if (touched.size > 0) {
      // Files sharing a link with a touched file before the edit, then after it.
      const sharers = new Set<string>();
      const share = (uri: string) =>
        (this.links.get(uri) ?? []).forEach((link) => this.linked.get(link)?.forEach((other) => sharers.add(other)));
      touched.forEach(share);
      this.updateLinks(items, touched);
      touched.forEach(share);
      const region = this.regionOf([...touched, ...sharers], touched, items.size);
      if (!region) return this.groupAll(items, versionOf);
      const dropped = new Set<Cluster>();
      for (const uri of region) {
        const cluster = this.clusterOf.get(uri);
        if (cluster) dropped.add(cluster);
        this.clusterOf.delete(uri);
      }
      const regrouped = groupClusters(
        [...region]
          .filter((uri) => items.has(uri))
          .sort((a, b) => this.arrival.get(a)! - this.arrival.get(b)!)
          .map((uri) => items.get(uri)!),
        versionOf,
      );
      for (const cluster of regrouped) for (const node of cluster.nodes) this.clusterOf.set(node.uri, cluster);
      this.clusters = [...this.clusters.filter((cluster) => !dropped.has(cluster)), ...regrouped];
    }
    this.renew(items, rebuilt);
    return { clusters: this.clusters, clusterOf: this.clusterOf };
  }

  /**
   * Indexes the files of the first grouping, as they were grouped: call it before the items change (the linter does,
   * and a host may call it when idle). Nothing to do once done.
   */
  index(items: ReadonlyMap<string, GroupableNode>): void {
    if (!this.started || this.indexed) return;
    this.indexed = true;
    for (const uri of items.keys()) {
      this.folders.add(uri);
      if (!this.arrival.has(uri)) this.arrival.set(uri, this.arrivals++);
    }
    this.updateLinks(items, new Set(items.keys()));
  }

  private groupAll(items: ReadonlyMap<string, GroupableNode>, versionOf: Parameters<typeof groupClusters>[1]) {
    this.clusters = groupClusters([...items.values()], versionOf);
    this.clusterOf = new Map();
    for (const cluster of this.clusters) for (const node of cluster.nodes) this.clusterOf.set(node.uri, cluster);
    return { clusters: this.clusters, clusterOf: this.clusterOf };
  }

  /**
   * Every file under the deepest folder holding the seeds, grown until no file inside shares a link or an old
   * cluster with a file outside. Undefined when that is most of the workspace (grouping everything is then simpler).
   */
  private regionOf(seeds: string[], removed: ReadonlySet<string>, total: number): Set<string> | undefined {
    const members = new Set(seeds);
    const limit = Math.max(64, total / 2);
    for (let round = 0; round < 8; round++) {
      const under = this.folders.under(commonFolder(members), limit);
      if (!under) return undefined;
      const region = new Set(under);
      for (const uri of removed) region.add(uri);
      if (region.size > limit) return undefined;
      let grew = false;
      const reach = (other: string) => {
        if (region.has(other) || members.has(other)) return;
        members.add(other);
        grew = true;
      };
      for (const uri of region) {
        members.add(uri);
        for (const link of this.links.get(uri) ?? []) this.linked.get(link)?.forEach(reach);
        this.clusterOf.get(uri)?.nodes.forEach((node) => reach(node.uri));
      }
      if (!grew) return region;
    }
    return undefined;
  }

  private updateLinks(items: ReadonlyMap<string, GroupableNode>, touched: ReadonlySet<string>): void {
    for (const uri of touched) {
      for (const link of this.links.get(uri) ?? []) this.linked.get(link)?.delete(uri);
      this.links.delete(uri);
      const item = items.get(uri);
      if (!item) continue;
      const links = linksOf(item);
      this.links.set(uri, links);
      for (const link of links) {
        const set = this.linked.get(link);
        if (set) set.add(uri);
        else this.linked.set(link, new Set([uri]));
      }
    }
  }

  /** Kept clusters take the nodes that now stand for their files. */
  private renew(items: ReadonlyMap<string, GroupableNode>, rebuilt: ReadonlySet<string>): void {
    const replaced = new Map<Cluster, Cluster>();
    for (const uri of rebuilt) {
      const cluster = this.clusterOf.get(uri);
      if (!cluster || replaced.has(cluster)) continue;
      const now = (node: NodeConfig) => items.get(node.uri)?.node ?? node;
      if (cluster.nodes.every((node) => now(node) === node)) continue;
      const renewed = {
        ...cluster,
        nodes: cluster.nodes.map(now),
        brokers: cluster.brokers.map(now),
        controllers: cluster.controllers.map(now),
      };
      replaced.set(cluster, renewed);
      for (const node of renewed.nodes) this.clusterOf.set(node.uri, renewed);
    }
    if (replaced.size > 0) this.clusters = this.clusters.map((cluster) => replaced.get(cluster) ?? cluster);
  }
}
