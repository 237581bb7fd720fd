// The editor's linter: it keeps the analysis of a workspace folder between edits and, when files change, redoes only
// what depends on them. Nodes are built again only for changed texts, the grouping changes only around the changed
// files (regroup.ts), and only the clusters whose files or folder neighbours changed are linted again. The cost of an
// edit follows the edited cluster, not the workspace. Results are identical to `lintWorkspace` (incremental.test.ts).
import { normalizeVersion, type KafkaVersion } from '../catalog';
import type { DeclaredDeployment, EngineOptions, Finding } from '../types';
import type { VersionHint } from '../model/version';
import type { Cluster, GroupableNode } from './cluster';
import { FolderIndex, parentOf } from './folder-index';
import { folderOf } from './hosts';
import { lintClusters, versionOfFile, type AnalyzedWorkspace, type WorkspaceFile } from './lint';
import { isMetaPropertiesPath, readMeta, type MetaRecord } from './meta';
import { buildNode, type NodeConfig } from './node';
import { groupingKeyOf, IncrementalGrouping } from './regroup';

interface LintedNode {
  file: WorkspaceFile;
  version: ReturnType<typeof versionOfFile>;
  node: NodeConfig;
  /** A new serial each time the node is built: serials stand for contents in result keys. */
  serial: number;
  /** Everything about the file that cluster grouping reads: while no key changes, the grouping stands. Worked out
   * when first compared (a first analysis compares nothing). */
  groupingKey?: string;
}

export interface LintResult {
  workspace: AnalyzedWorkspace;
  findings: Map<string, Finding[]>;
  /** Files whose findings list is another one than after the previous update (removed files included). */
  changed: Set<string>;
}

interface UpdatePlan {
  workspace: AnalyzedWorkspace;
  clusters: Cluster[];
  keyOf: Map<Cluster, string>;
  /** Result key → findings per file, filled in as stale clusters are linted. */
  results: Map<string, Map<string, Finding[]>>;
  /** Clusters without a result for their key yet. */
  stale: [string, Cluster][];
  removed: readonly string[];
  previousFindings: Map<string, Finding[]>;
}

const groupingKeyOfLinted = (linted: LintedNode) => (linted.groupingKey ??= groupingKeyOf(linted.file, linted.node));

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A controller whose voters name only itself (see disjoint-sibling-quorum). */
const votesOnlyForItself = (node: NodeConfig) =>
  node.isController && node.voters.length === 1 && node.voters[0].parsed.id === node.nodeId;

/** Whether a file's node can stay: same text, folder, version, encoding, declarations and settings. */
function sameNode(known: LintedNode, file: WorkspaceFile, version: KafkaVersion): boolean {
  return (
    known.file.text === file.text &&
    (known.file.root ?? '') === (file.root ?? '') &&
    known.version.version === version &&
    known.node.encoding === file.encoding &&
    sameJson(known.file.deployment as DeclaredDeployment | undefined, file.deployment) &&
    sameJson(known.file.versionHint as VersionHint | undefined, file.versionHint) &&
    sameJson(known.file.options, file.options)
  );
}

export class WorkspaceLinter {
  /** Every file as last given, meta.properties included, in the order they came. */
  private inputs = new Map<string, WorkspaceFile>();
  private linted = new Map<string, LintedNode>();
  private nodes = new Map<string, NodeConfig>();
  private items = new Map<string, GroupableNode>();
  private metas: MetaRecord[] = [];
  private grouping = new IncrementalGrouping();
  private folders = new FolderIndex();
  private serials = 0;
  /** Current clusters → the key of their result; key → the findings of each of their files. */
  private keyOf = new Map<Cluster, string>();
  private results = new Map<string, Map<string, Finding[]>>();
  private findings = new Map<string, Finding[]>();
  private optionsKey = '';

  constructor(private options: EngineOptions = {}) {}

  setOptions(options: EngineOptions): void {
    this.options = options;
  }

  /** Lints the given files: the ones not given any more are forgotten, the others compared with what was known. */
  lint(files: WorkspaceFile[]): LintResult {
    const given = new Set<string>();
    const changed: WorkspaceFile[] = [];
    for (const file of files) {
      given.add(file.uri);
      if (this.inputs.get(file.uri) !== file) changed.push(file);
    }
    const removed = [...this.inputs.keys()].filter((uri) => !given.has(uri));
    return this.update(changed, removed);
  }

  /** Some files were added or changed, others removed. */
  update(changedFiles: readonly WorkspaceFile[], removedUris: readonly string[]): LintResult {
    const plan = this.plan(changedFiles, removedUris);
    this.lintStale(plan, plan.stale);
    return this.finish(plan);
  }

  /**
   * `update`, with the clusters to lint taken in slices of about `sliceNodes` files when there are many and none of
   * them has a result yet (a folder's first analysis): each slice's findings go to `onSlice` as soon as they are
   * known, and `pause` is awaited between slices, so that a host can send them while the rest is linted. Nothing
   * else may call this linter before the returned promise settles.
   */
  async updateInSlices(
    changedFiles: readonly WorkspaceFile[],
    removedUris: readonly string[],
    onSlice: (findings: ReadonlyMap<string, Finding[]>) => void,
    pause: () => Promise<void>,
    sliceNodes = 100,
  ): Promise<LintResult> {
    const plan = this.plan(changedFiles, removedUris);
    const fresh = plan.stale.length === plan.clusters.length && this.results.size === 0;
    const total = plan.stale.reduce((count, [, cluster]) => count + cluster.nodes.length, 0);
    if (!fresh || total <= sliceNodes) {
      this.lintStale(plan, plan.stale);
      return this.finish(plan);
    }
    for (let start = 0; start < plan.stale.length; ) {
      let end = start;
      for (let nodes = 0; end < plan.stale.length && nodes < sliceNodes; end++)
        nodes += plan.stale[end][1].nodes.length;
      const slice = plan.stale.slice(start, end);
      this.lintStale(plan, slice);
      const findings = new Map<string, Finding[]>();
      for (const [key] of slice) for (const [uri, list] of plan.results.get(key)!) findings.set(uri, list);
      onSlice(findings);
      start = end;
      if (start < plan.stale.length) await pause();
    }
    return this.finish(plan);
  }

  /** Builds what the next update needs that the first one did not (the grouping's index): for idle time. */
  prepare(): void {
    this.grouping.index(this.items);
  }

  /** Nodes, grouping and result keys after a change; which clusters need linting. */
  private plan(changedFiles: readonly WorkspaceFile[], removedUris: readonly string[]): UpdatePlan {
    this.prepare();
    let changed = changedFiles;
    let removed = removedUris;
    for (const uri of removed) this.inputs.delete(uri);
    for (const file of changed) this.inputs.set(file.uri, file);
    // Settings and meta.properties change rarely: either starts afresh.
    const metaChanged = [...changed.map((file) => file.uri), ...removed].some(isMetaPropertiesPath);
    const optionsKey = JSON.stringify([
      normalizeVersion(this.options.kafkaVersion),
      this.options.ruleSeverity ?? {},
      this.options.acceptedUnknownKeys ?? [],
    ]);
    const previousFindings = this.findings;
    if (metaChanged || optionsKey !== this.optionsKey) {
      this.optionsKey = optionsKey;
      this.reset();
      changed = [...this.inputs.values()];
      removed = [];
      this.metas = changed.filter((file) => isMetaPropertiesPath(file.uri)).map((f) => readMeta(f.uri, f.text));
    }

    // Nodes: built again only when something they are made of changed.
    const touched = new Set<string>();
    const rebuilt = new Set<string>();
    for (const uri of removed) {
      if (!this.linted.delete(uri)) continue;
      this.nodes.delete(uri);
      this.items.delete(uri);
      touched.add(uri);
      rebuilt.add(uri);
    }
    for (const file of changed) {
      if (isMetaPropertiesPath(file.uri)) continue;
      const version = versionOfFile(file, this.options);
      const known = this.linted.get(file.uri);
      if (known && sameNode(known, file, version.version)) {
        known.file = file;
        continue;
      }
      const node = buildNode(file.uri, file.text, version.version, file.encoding);
      const linted: LintedNode = { file, version, node, serial: ++this.serials };
      this.linted.set(file.uri, linted);
      this.nodes.set(file.uri, node);
      this.items.set(file.uri, { node, root: file.root ?? '', declared: file.deployment });
      if (!known || groupingKeyOfLinted(linted) !== groupingKeyOfLinted(known)) touched.add(file.uri);
      rebuilt.add(file.uri);
    }
    for (const uri of rebuilt) {
      if (this.linted.has(uri)) this.folders.add(uri);
      else this.folders.delete(uri);
    }

    // Grouping: a cluster takes the version of a member whose version was found beside it, else of its first one.
    const versionOf = (members: NodeConfig[]) => {
      const inferred = members.find((node) => this.linted.get(node.uri)!.version.origin.kind === 'inferred');
      return this.linted.get((inferred ?? members[0]).uri)!.version;
    };
    const { clusters, clusterOf } = this.grouping.update(this.items, touched, rebuilt, versionOf);
    const workspace: AnalyzedWorkspace = {
      nodes: this.nodes,
      clusters,
      clusterOf,
      version: normalizeVersion(this.options.kafkaVersion),
      metas: this.metas,
      inputs: this.inputs,
    };

    // A cluster's result depends on its files and on the files sharing a folder with them (sibling-quorum rule);
    // a one-node cluster also on the nodes beside its folder that vote only for themselves. Clusters near a file
    // built again, or new from the grouping, get their key worked out; the others keep theirs.
    const dirty = new Set<Cluster>();
    const mark = (uri: string, onlyAlone = false) => {
      const cluster = clusterOf.get(uri);
      if (cluster && (!onlyAlone || cluster.nodes.length === 1)) dirty.add(cluster);
    };
    const parents = new Set<string>();
    for (const uri of rebuilt) {
      const folder = folderOf(uri);
      for (const neighbour of this.folders.in(folder)) mark(neighbour);
      parents.add(parentOf(folder));
    }
    for (const parent of parents)
      for (const folder of this.folders.foldersIn(parent)) for (const uri of this.folders.in(folder)) mark(uri, true);

    const keyOf = new Map<Cluster, string>();
    const results = new Map<string, Map<string, Finding[]>>();
    const stale: [string, Cluster][] = [];
    for (const cluster of clusters) {
      const known = this.keyOf.get(cluster);
      const key = known !== undefined && !dirty.has(cluster) ? known : this.keyFor(cluster);
      keyOf.set(cluster, key);
      const result = this.results.get(key);
      if (result) results.set(key, result);
      else stale.push([key, cluster]);
    }
    return { workspace, clusters, keyOf, results, stale, removed, previousFindings };
  }

  private lintStale(plan: UpdatePlan, stale: readonly (readonly [string, Cluster])[]): void {
    if (stale.length === 0) return;
    const fresh = lintClusters(
      plan.workspace,
      stale.map(([, cluster]) => cluster),
      this.options,
      this.folders,
    );
    for (const [key, cluster] of stale)
      plan.results.set(key, new Map(cluster.nodes.map((node) => [node.uri, fresh.get(node.uri) ?? []])));
  }

  /** Findings of the clusters that have a new key (or are new): the others' lists stand as they were. */
  private finish({ workspace, clusters, keyOf, results, removed, previousFindings }: UpdatePlan): LintResult {
    const changedFindings = new Set<string>();
    for (const uri of removed) if (this.findings.delete(uri)) changedFindings.add(uri);
    if (this.findings !== previousFindings)
      for (const uri of previousFindings.keys()) if (!this.linted.has(uri)) changedFindings.add(uri);
    for (const cluster of clusters) {
      const key = keyOf.get(cluster)!;
      if (this.keyOf.get(cluster) === key) continue;
      for (const [uri, list] of results.get(key)!) {
        if (this.findings.get(uri) === list) continue;
        this.findings.set(uri, list);
        changedFindings.add(uri);
      }
    }
    this.keyOf = keyOf;
    this.results = results;
    return { workspace, findings: this.findings, changed: changedFindings };
  }

  private reset(): void {
    this.linted.clear();
    this.nodes = new Map();
    this.items.clear();
    this.grouping.reset();
    this.folders.clear();
    this.keyOf = new Map();
    this.results = new Map();
    this.findings = new Map();
  }

  /** What a cluster's findings are made of: its identity, its files' contents and those of its neighbours. */
  private keyFor(cluster: Cluster): string {
    const serialOf = (uri: string) => `${uri}\u0001${this.linted.get(uri)!.serial}`;
    const neighbours = new Set<string>();
    for (const node of cluster.nodes) for (const uri of this.folders.in(folderOf(node.uri))) neighbours.add(uri);
    if (cluster.nodes.length === 1 && votesOnlyForItself(cluster.nodes[0])) {
      const parent = parentOf(folderOf(cluster.nodes[0].uri));
      for (const folder of this.folders.foldersIn(parent))
        for (const uri of this.folders.in(folder))
          if (votesOnlyForItself(this.linted.get(uri)!.node)) neighbours.add(uri);
    }
    const settings = cluster.nodes.map((node) => this.inputs.get(node.uri)?.options ?? null);
    return (
      JSON.stringify([cluster.id, cluster.name, cluster.membership, cluster.kafkaVersion, settings]) +
      cluster.nodes.map((node) => serialOf(node.uri)).join('\u0000') +
      '\u0002' +
      [...neighbours].map(serialOf).sort().join('\u0000')
    );
  }
}
