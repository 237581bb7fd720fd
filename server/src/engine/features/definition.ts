// Go to definition: from a voter or bootstrap server to the controller it names, and from a listener name used in
// controller.listener.names, inter.broker.listener.name, advertised.listeners or the protocol map to its listener.
import { splitList, spanRange, type Span } from '../parser/values';
import { normalizeHost, hostOf } from '../workspace/cluster';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { ownControllerListener, type NodeConfig } from '../workspace/node';
import type { Position, Range } from '../types';
import { clampedOffset, entryAt, onKey, peersOf, valueIndexAt } from './ide-query';

export interface DefinitionTarget {
  uri: string;
  range: Range;
}

const LISTENER_NAME_KEYS = new Set([
  'controller.listener.names',
  'inter.broker.listener.name',
  'early.start.listeners',
]);

function listenerDefinition(node: NodeConfig, name: string): DefinitionTarget | undefined {
  const entry = node.settings.get('listeners');
  const item = node.listeners.find((listener) => listener.parsed?.name === name.trim().toUpperCase());
  if (!entry || !item?.parsed) return undefined;
  return { uri: node.uri, range: spanRange(node.doc, entry, item.parsed.nameSpan) };
}

function nodeIdDefinition(node: NodeConfig): DefinitionTarget | undefined {
  const entry = node.nodeIdEntry;
  return entry
    ? { uri: node.uri, range: spanRange(node.doc, entry, { start: 0, end: entry.value.length }) }
    : undefined;
}

/** The controller listening on host:port, among the nodes of the cluster. */
function controllerAt(nodes: NodeConfig[], host: string, port: number): NodeConfig | undefined {
  return nodes.find((candidate) => {
    const listener = candidate.isController ? ownControllerListener(candidate) : undefined;
    if (!listener || listener.port !== port) return false;
    const candidateHost = hostOf(candidate);
    return !candidateHost || candidateHost === normalizeHost(host) || normalizeHost(host) === 'localhost';
  });
}

export function definition(
  workspace: AnalyzedWorkspace,
  uri: string,
  position: Position,
): DefinitionTarget | undefined {
  const node = workspace.nodes.get(uri);
  if (!node) return undefined;
  const offset = clampedOffset(node, position);
  const entry = entryAt(node, offset);
  if (!entry || onKey(entry, offset)) return undefined;
  const index = valueIndexAt(entry, offset);
  const within = (span: Span) => index >= span.start && index <= span.end;
  const cluster = [node, ...peersOf(workspace, node)];

  if (entry.key === 'controller.quorum.voters') {
    const voter = node.voters.find((item) => within(item.span));
    if (!voter || voter.parsed.problem) return undefined;
    const target = cluster.find((candidate) => candidate.nodeId === voter.parsed.id && candidate.isController);
    return target ? nodeIdDefinition(target) : undefined;
  }
  if (entry.key === 'controller.quorum.bootstrap.servers') {
    const server = node.bootstrapServers.find((item) => within(item.span));
    const target = server?.parsed && controllerAt(cluster, server.parsed.host, server.parsed.port);
    return target ? nodeIdDefinition(target) : undefined;
  }
  if (LISTENER_NAME_KEYS.has(entry.key)) {
    const item = splitList(entry.value).find(within);
    return item ? listenerDefinition(node, item.text) : undefined;
  }
  if (entry.key === 'advertised.listeners') {
    const item = node.advertised.find((listener) => within(listener.span));
    return item?.parsed && within(item.parsed.nameSpan) ? listenerDefinition(node, item.parsed.name) : undefined;
  }
  if (entry.key === 'listener.security.protocol.map') {
    const item = node.protocolMapEntries.find((mapping) => within(mapping.span));
    return item?.parsed && within(item.parsed.nameSpan) ? listenerDefinition(node, item.parsed.name) : undefined;
  }
  return undefined;
}
