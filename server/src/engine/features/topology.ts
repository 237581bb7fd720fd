// The cluster model the editor and the CLI show: clusters → hosts → processes, with listeners, voter edges and the
// findings of each process. Pure shaping of an analysis that already exists; no rule runs here.
import { offsetToPosition } from '../parser/values';
import { valueOffsetAt } from '../parser/properties';
import type { Finding, Severity } from '../types';
import { membershipReason, versionLabel } from '../model/describe';
import { hostOf, folderOf, type Cluster } from '../workspace/cluster';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { controllerNames, type NodeConfig } from '../workspace/node';
import { compareText } from '../text-order';
import {
  UNKNOWN_HOST,
  byNodeId,
  processKey,
  type KafkaVersionInfo,
  type ProblemCounts,
  type TopologyCluster,
  type TopologyEdge,
  type TopologyModel,
  type TopologyProcess,
} from './topology-model';

export * from './topology-model';

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
  const position = entry
    ? offsetToPosition(node.doc, valueOffsetAt(entry, 0) ?? entry.keyStart)
    : { line: 0, character: 0 };
  const names = new Set(controllerNames(node));
  const listeners = node.listeners.flatMap((item) =>
    item.parsed
      ? [
          {
            name: item.parsed.name,
            host: item.parsed.host,
            port: item.parsed.port,
            protocol: node.protocolMap.get(item.parsed.name),
            controller: names.has(item.parsed.name),
          },
        ]
      : [],
  );
  const ports = [
    ...new Set(listeners.map((listener) => listener.port).filter((port): port is number => port !== undefined)),
  ].sort((a, b) => a - b);
  const own = findings.filter((finding) => finding.uri === node.uri);
  return {
    uri: node.uri,
    roles: [...node.roles]
      .filter((role) => role === 'broker' || role === 'controller')
      .sort()
      .reverse(),
    nodeId: node.nodeId,
    line: position.line,
    character: position.character,
    host: hostOf(node) ?? UNKNOWN_HOST,
    ports,
    listeners,
    votesFor: node.voters.map((voter) => voter.parsed.id).filter((id): id is number => id !== undefined),
    counts: count(own),
    findings: own.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line,
      character: finding.range.start.character,
    })),
  };
}

function versionOf(cluster: Cluster): KafkaVersionInfo {
  const origin = cluster.versionOrigin;
  const detail = 'origin' in origin && origin.origin ? origin.origin.replace(/\\/g, '/').split('/').pop() : undefined;
  return {
    version: cluster.kafkaVersion,
    source: origin.kind,
    ...(detail ? { detail } : {}),
    label: versionLabel(cluster),
  };
}

function clusterOf(cluster: Cluster, findings: Map<string, Finding[]>): TopologyCluster {
  const processes = cluster.nodes.map((node) => processOf(node, findings.get(node.uri) ?? [])).sort(byNodeId);
  const hosts = new Map<string, TopologyProcess[]>();
  for (const process of processes) hosts.set(process.host, [...(hosts.get(process.host) ?? []), process]);
  const edges: TopologyEdge[] = [];
  for (const process of processes) {
    for (const voterId of new Set(process.votesFor)) {
      const controller = processes.find((other) => other.nodeId === voterId && other.roles.includes('controller'));
      if (controller && controller !== process)
        edges.push({ from: processKey(process), to: processKey(controller), voterId });
    }
  }
  const uris = processes.map((process) => process.uri);
  const folder = commonFolder(uris);
  const parts = folder.split('/').filter(Boolean);
  return {
    id: cluster.id,
    name: cluster.name || (parts[parts.length - 1] ?? folder),
    membership: membershipReason(cluster),
    folder,
    size: processes.length,
    controllerCount: cluster.controllers.length,
    brokerCount: cluster.brokers.length,
    complete: cluster.complete,
    kafkaVersion: versionOf(cluster),
    hosts: [...hosts.entries()]
      .map(([name, members]) => ({ name, processes: members }))
      .sort(
        (a, b) =>
          (a.name === UNKNOWN_HOST ? 1 : 0) - (b.name === UNKNOWN_HOST ? 1 : 0) ||
          byNodeId(a.processes[0], b.processes[0]),
      ),
    edges,
    counts: count(processes.flatMap((process) => process.findings)),
  };
}

/** The clusters of one analysed workspace folder, with their findings. */
export function topologyOf(workspace: AnalyzedWorkspace, findings: Map<string, Finding[]>): TopologyModel {
  const clusters = workspace.clusters
    .filter((cluster) => cluster.nodes.length > 0)
    .map((cluster) => clusterOf(cluster, findings));
  clusters.sort((a, b) => compareText(a.folder, b.folder) || compareText(a.id, b.id));
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
