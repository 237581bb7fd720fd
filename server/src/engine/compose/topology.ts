// The cluster picture of a docker-compose project: each Kafka service is a process of one cluster, found at its
// service name in the compose file, with the findings of its settings where the compose file writes them.
import { processKey, topologyOf, type TopologyCluster } from '../features/topology';
import type { EngineOptions, Finding } from '../types';
import { lintAnalyzed } from '../workspace/lint';
import { mapFinding, type AnalyzedCompose } from './lint';
import { tokenRange } from './text';

export function composeTopology(analyzed: AnalyzedCompose, options: EngineOptions = {}): TopologyCluster[] {
  // Findings keyed by each service's own identity, at the place the compose file writes them.
  const findings = new Map<string, Finding[]>();
  for (const [uri, list] of lintAnalyzed(analyzed.workspace, options)) {
    const node = analyzed.nodeByUri.get(uri);
    if (!node) continue;
    findings.set(
      uri,
      list.flatMap((finding) => {
        const mapped = mapFinding(finding, node, analyzed, options);
        return mapped ? [{ ...mapped, uri }] : [];
      }),
    );
  }
  const { clusters } = topologyOf(analyzed.workspace, findings);
  const location = new Map<string, { uri: string; service: string; line: number; character: number }>();
  for (const [uri, node] of analyzed.nodeByUri) {
    const { start } = tokenRange(node.service.nameToken);
    location.set(uri, { uri: node.service.nameToken.source.uri, service: node.service.name, ...start });
  }
  for (const cluster of clusters) {
    for (const host of cluster.hosts)
      for (const process of host.processes) {
        const at = location.get(process.uri);
        if (at) Object.assign(process, at);
      }
    const keyOf = (uri: string) => {
      const at = location.get(uri);
      return at ? processKey(at) : uri;
    };
    for (const edge of cluster.edges) {
      edge.from = keyOf(edge.from);
      edge.to = keyOf(edge.to);
    }
  }
  return clusters;
}
