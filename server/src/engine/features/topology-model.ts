// The shape of the cluster picture the server sends and the client draws (kraft/clusters), and the questions asked
// of it. Kept apart from topology.ts, which builds it from an analysis, so the client can use it without bundling
// the analysis, the rules and the key catalog.
import type { Severity } from '../types';
import { compareText } from '../text-order';

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface TopologyListener {
  name: string;
  host: string;
  port?: number;
  protocol?: string;
  controller: boolean;
}

export interface TopologyFinding {
  code: string;
  severity: Severity;
  message: string;
  line: number;
  character: number;
}

export interface TopologyProcess {
  /** The engine's identity of the file (a path in the server and CLI). */
  uri: string;
  /** A docker-compose service: several processes share its compose file, told apart by service name. */
  service?: string;
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

/** A process's identity in a model: its file, and its service for a docker-compose process. */
export const processKey = (process: { uri: string; service?: string }) =>
  process.service === undefined ? process.uri : `${process.uri}#${process.service}`;

export interface TopologyHost {
  name: string;
  processes: TopologyProcess[];
}

export interface TopologyEdge {
  /** Process keys (`processKey`). */
  from: string;
  to: string;
  voterId: number;
}

export interface KafkaVersionInfo {
  version: string;
  /** `setting`: kraft.kafkaVersion, --kafka-version or a .kraftrc.json; `inferred`: a file or folder name says; `default`: nothing says. */
  source: 'setting' | 'default' | 'inferred';
  /** The file or folder it comes from (a .kraftrc.json, a distribution folder, a topology.json). */
  detail?: string;
  /** "Kafka 3.8, inferred from kafka_2.13-3.8.0", as hovers say it. */
  label: string;
}

export interface TopologyCluster {
  /** The cluster model's stable id (declared deployment, else derived from the members' paths). */
  id: string;
  name: string;
  /** Why these files are one cluster (declared, or inferred and from what). */
  membership: string;
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

export interface TopologyModel {
  clusters: TopologyCluster[];
}

export const UNKNOWN_HOST = '?';

/** Processes in node.id order, files without an id last. */
export const byNodeId = (a: TopologyProcess, b: TopologyProcess) =>
  (a.nodeId ?? Infinity) - (b.nodeId ?? Infinity) || compareText(a.uri, b.uri);

/** The cluster and process of one file, when it belongs to one. */
export function processLocation(
  model: TopologyModel,
  uri: string,
  line?: number,
  sameUri: (processUri: string, uri: string) => boolean = (a, b) => a === b,
): { cluster: TopologyCluster; host: TopologyHost; process: TopologyProcess } | undefined {
  // Services of one compose file share it: the one whose block holds the line.
  let found: { cluster: TopologyCluster; host: TopologyHost; process: TopologyProcess } | undefined;
  for (const cluster of model.clusters)
    for (const host of cluster.hosts)
      for (const process of host.processes) {
        if (!sameUri(process.uri, uri)) continue;
        if (line === undefined || process.service === undefined) return { cluster, host, process };
        const [was, now] = [found?.process.line ?? Infinity, process.line];
        // The closest service starting at or above the line; above every service, the first one.
        const better = now <= line ? was > line || now > was : was > line && now < was;
        if (better) found = { cluster, host, process };
      }
  return found;
}

/** "controller 3 of 3": the position of a process among the processes of its kind, by node id. */
export function rankOf(
  cluster: TopologyCluster,
  process: TopologyProcess,
): { role: 'controller' | 'broker' | 'combined' | 'none'; index: number; of: number } {
  const role =
    process.roles.length === 2 ? 'combined' : ((process.roles[0] as 'controller' | 'broker' | undefined) ?? 'none');
  const sameKind = cluster.hosts
    .flatMap((host) => host.processes)
    .filter((other) => (other.roles.length === 2 ? 'combined' : (other.roles[0] ?? 'none')) === role)
    .sort(byNodeId);
  return { role, index: sameKind.indexOf(process) + 1, of: sameKind.length };
}
