// Navigation over the cluster model: the code lens above process.roles ("controller 3 of 3 · cluster of 6 · 0 problems")
// and workspace symbols (a node by id or by host).
import { t } from '../i18n';
import { keyRange } from '../parser/values';
import type { Finding, Range } from '../types';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { processLocation, rankOf, topologyOf, UNKNOWN_HOST, type TopologyModel } from './topology';

export interface ClusterLens {
  range: Range;
  title: string;
  clusterId: string;
}

function roleWord(role: string): string {
  return role === 'combined'
    ? t('feat.role.combined')
    : role === 'controller'
      ? t('feat.role.controller')
      : role === 'broker'
        ? t('feat.role.broker')
        : t('feat.role.none');
}

/** The lens of one file: its place among the processes of its kind, the cluster's size and problems. */
export function clusterLens(
  workspace: AnalyzedWorkspace,
  findings: Map<string, Finding[]>,
  uri: string,
): ClusterLens | undefined {
  const node = workspace.nodes.get(uri);
  const roles = node?.settings.get('process.roles');
  if (!node || !roles) return undefined;
  const cluster = workspace.clusterOf.get(uri);
  const model = topologyOf({ ...workspace, clusters: cluster ? [cluster] : [] }, findings);
  const found = processLocation(model, uri);
  if (!found) return undefined;
  const rank = rankOf(found.cluster, found.process);
  const counts = found.cluster.counts;
  const problems = counts.errors + counts.warnings + counts.infos;
  const title =
    rank.role === 'none'
      ? t('topo.lens.none', { size: found.cluster.size, problems })
      : t('topo.lens', {
          role: roleWord(rank.role),
          index: rank.index,
          of: rank.of,
          size: found.cluster.size,
          problems,
        });
  return { range: keyRange(node.doc, roles), title, clusterId: found.cluster.id };
}

export interface NodeSymbol {
  name: string;
  containerName: string;
  uri: string;
  line: number;
  character: number;
}

/** Editors filter symbols fuzzily themselves: keep every name holding the query's characters in order. */
function matches(name: string, query: string): boolean {
  let at = 0;
  for (const char of query.replace(/\s+/g, '')) {
    at = name.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** One symbol per process: "node 3 · controller · 192.168.40.14", matched on id, role or host. */
export function nodeSymbols(model: TopologyModel, query: string): NodeSymbol[] {
  const wanted = query.trim().toLowerCase();
  const symbols: NodeSymbol[] = [];
  for (const cluster of model.clusters) {
    for (const host of cluster.hosts) {
      for (const process of host.processes) {
        const rank = rankOf(cluster, process);
        const parts = [
          t('topo.symbol.node', { id: process.nodeId ?? '?' }),
          roleWord(rank.role),
          ...(host.name === UNKNOWN_HOST ? [] : [host.name]),
        ];
        const name = parts.join(' · ');
        if (!matches(name.toLowerCase(), wanted)) continue;
        symbols.push({
          name,
          containerName: cluster.name,
          uri: process.uri,
          line: process.line,
          character: process.character,
        });
      }
    }
  }
  return symbols;
}
