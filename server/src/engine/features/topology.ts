// The cluster model the editor and the CLI show: clusters → hosts → processes, with listeners, voter edges and the
// findings of each process. Pure shaping of an analysis that already exists; no rule runs here.
import { offsetToPosition } from '../parser/values';
import type { Finding, Severity } from '../types';
import { hostOf, folderOf, type Cluster } from '../workspace/cluster';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { controllerNames, type NodeConfig } from '../workspace/node';

export interface ProblemCounts { errors: number; warnings: number; infos: number }

export interface TopologyListener { name: string; host: string; port?: number; protocol?: string; controller: boolean }

export interface TopologyFinding { code: string; severity: Severity; message: string; line: number; character: number }

export interface TopologyProcess {
  /** The engine's identity of the file (a path in the server and CLI). */
  uri: string;
  roles: string[];
  nodeId?: number;
  /** Where `node.id` (or `broker.id`) is written, else the file's first line: where "open" puts the cursor. */
  line: number;
  character: number;
  host: string;
  ports: number[];
  listeners: TopologyListener[];
  /** Voter ids this process lists in controller.quorum.voters. */
  votesFor: number[];
  counts: ProblemCounts;
  findings: TopologyFinding[];
}

export interface TopologyHost { name: string; processes: TopologyProcess[] }

export interface TopologyEdge { from: string; to: string; voterId: number }

export interface KafkaVersionInfo {
  version: string;
  /** `setting`: kraft.kafkaVersion or --kafka-version; `default`: nothing said, the newest known version applies. */
  source: 'setting' | 'default' | 'inferred';
  /** Where an inferred version comes from (a file or folder name). */
  detail?: string;
}

export interface TopologyCluster {
  /** Stable while the same files form the cluster: the folder plus the first file. */
  id: string;
  name: string;
  /** Folder all its files share. */
  folder: string;
  size: number;
  controllerCount: number;
  brokerCount: number;
  /** Every voter id some node lists has its controller among the files. */
  complete: boolean;
  kafkaVersion: KafkaVersionInfo;
  hosts: TopologyHost[];
  edges: TopologyEdge[];
  counts: ProblemCounts;
}

export interface TopologyModel { clusters: TopologyCluster[] }

export const UNKNOWN_HOST = '?';

const count = (findings: { severity: Severity }[]): ProblemCounts => ({
  errors: findings.filter((finding) => finding.severity === 'error').length,
  warnings: findings.filter((finding) => finding.severity === 'warning').length,
  infos: findings.filter((finding) => finding.severity === 'information' || finding.severity === 'hint').length,
});

function commonFolder(uris: string[]): string {
  const dirs = uris.map((uri) => folderOf(uri).split('/'));
  let common = 0;
  while (dirs.length > 0 && dirs.every((dir) => common < dir.length && dir[common] === dirs[0][common])) common++;
  return dirs.length ? dirs[0].slice(0, common).join('/') : '';
}

function processOf(node: NodeConfig, findings: Finding[]): TopologyProcess {
  const entry = node.nodeIdEntry;
  const position = entry ? offsetToPosition(node.doc, entry.valueOffsets[0] ?? entry.keyStart) : { line: 0, character: 0 };
  const names = new Set(controllerNames(node));
  const listeners = node.listeners.flatMap((item) =>
    item.parsed
      ? [{ name: item.parsed.name, host: item.parsed.host, port: item.parsed.port, protocol: node.protocolMap.get(item.parsed.name), controller: names.has(item.parsed.name) }]
      : [],
  );
  const ports = [...new Set(listeners.map((listener) => listener.port).filter((port): port is number => port !== undefined))].sort((a, b) => a - b);
  const own = findings.filter((finding) => finding.uri === node.uri);
  return {
    uri: node.uri,
    roles: [...node.roles].filter((role) => role === 'broker' || role === 'controller').sort().reverse(),
    nodeId: node.nodeId,
    line: position.line,
    character: position.character,
    host: hostOf(node) ?? UNKNOWN_HOST,
    ports,
    listeners,
    votesFor: node.voters.map((voter) => voter.parsed.id).filter((id): id is number => id !== undefined),
    counts: count(own),
    findings: own.map((finding) => ({ code: finding.code, severity: finding.severity, message: finding.message, line: finding.range.start.line, character: finding.range.start.character })),
  };
}

const byNodeId = (a: TopologyProcess, b: TopologyProcess) => (a.nodeId ?? Infinity) - (b.nodeId ?? Infinity) || a.uri.localeCompare(b.uri);

function clusterOf(cluster: Cluster, workspace: AnalyzedWorkspace, findings: Map<string, Finding[]>, version: KafkaVersionInfo): TopologyCluster {
  const processes = cluster.nodes.map((node) => processOf(node, findings.get(node.uri) ?? [])).sort(byNodeId);
  const hosts = new Map<string, TopologyProcess[]>();
  for (const process of processes) hosts.set(process.host, [...(hosts.get(process.host) ?? []), process]);
  const edges: TopologyEdge[] = [];
  for (const process of processes) {
    for (const voterId of new Set(process.votesFor)) {
      const controller = processes.find((other) => other.nodeId === voterId && other.roles.includes('controller'));
      if (controller && controller !== process) edges.push({ from: process.uri, to: controller.uri, voterId });
    }
  }
  const uris = processes.map((process) => process.uri);
  const folder = commonFolder(uris);
  const parts = folder.split('/').filter(Boolean);
  return {
    id: `${folder}\u0000${[...uris].sort()[0] ?? ''}`,
    name: parts[parts.length - 1] ?? folder,
    folder,
    size: processes.length,
    controllerCount: cluster.controllers.length,
    brokerCount: cluster.brokers.length,
    complete: cluster.complete,
    kafkaVersion: version,
    hosts: [...hosts.entries()]
      .map(([name, members]) => ({ name, processes: members }))
      .sort((a, b) => (a.name === UNKNOWN_HOST ? 1 : 0) - (b.name === UNKNOWN_HOST ? 1 : 0) || byNodeId(a.processes[0], b.processes[0])),
    edges,
    counts: count(processes.flatMap((process) => process.findings)),
  };
}

/** The clusters of one analysed workspace folder, with their findings; `version` says where the Kafka version came from. */
export function topologyOf(workspace: AnalyzedWorkspace, findings: Map<string, Finding[]>, version: KafkaVersionInfo = { version: workspace.version, source: 'default' }): TopologyModel {
  const clusters = workspace.clusters.filter((cluster) => cluster.nodes.length > 0).map((cluster) => clusterOf(cluster, workspace, findings, version));
  clusters.sort((a, b) => a.folder.localeCompare(b.folder) || a.id.localeCompare(b.id));
  // Two clusters in one folder would read alike: number them.
  const seen = new Map<string, number>();
  for (const cluster of clusters) seen.set(cluster.name, (seen.get(cluster.name) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const cluster of clusters) {
    if ((seen.get(cluster.name) ?? 0) < 2) continue;
    const n = (index.get(cluster.name) ?? 0) + 1;
    index.set(cluster.name, n);
    cluster.name = `${cluster.name} #${n}`;
  }
  return { clusters };
}

/** The cluster and process of one file, when it belongs to one. */
export function processLocation(model: TopologyModel, uri: string): { cluster: TopologyCluster; process: TopologyProcess } | undefined {
  for (const cluster of model.clusters) {
    for (const host of cluster.hosts) {
      const process = host.processes.find((candidate) => candidate.uri === uri);
      if (process) return { cluster, process };
    }
  }
  return undefined;
}

/** "controller 3 of 3": the position of a process among the processes of its kind, by node id. */
export function rankOf(cluster: TopologyCluster, process: TopologyProcess): { role: 'controller' | 'broker' | 'combined' | 'none'; index: number; of: number } {
  const role = process.roles.length === 2 ? 'combined' : ((process.roles[0] as 'controller' | 'broker' | undefined) ?? 'none');
  const sameKind = cluster.hosts
    .flatMap((host) => host.processes)
    .filter((other) => (other.roles.length === 2 ? 'combined' : (other.roles[0] ?? 'none')) === role)
    .sort(byNodeId);
  return { role, index: sameKind.indexOf(process) + 1, of: sameKind.length };
}
