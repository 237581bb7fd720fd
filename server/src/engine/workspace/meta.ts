// meta.properties: what `kafka-storage format` wrote into a data directory. When such files sit in the workspace,
// they are matched to the node whose log or metadata directory holds them.
import { parseProperties } from '../parser/properties';
import { offsetToPosition } from '../parser/values';
import { folderOf, type Cluster } from './cluster';
import type { NodeConfig } from './node';

export interface MetaRecord {
  uri: string;
  clusterId?: string;
  nodeId?: number;
  /** Line of each key, for positions. */
  lines: Map<string, number>;
}

export const isMetaPropertiesPath = (uri: string) => /(^|[\\/])meta\.properties$/.test(uri);

export function readMeta(uri: string, text: string): MetaRecord {
  const doc = parseProperties(text);
  const lines = new Map<string, number>();
  const values = new Map<string, string>();
  for (const entry of doc.entries) {
    values.set(entry.key, entry.value.trim());
    lines.set(entry.key, offsetToPosition(doc, entry.keyStart).line);
  }
  const nodeId = values.get('node.id') ?? values.get('broker.id');
  return {
    uri,
    clusterId: values.get('cluster.id'),
    nodeId: nodeId !== undefined && /^\d+$/.test(nodeId) ? Number(nodeId) : undefined,
    lines,
  };
}

const clean = (dir: string) => dir.replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');

/** The node owning the directory of a meta.properties: its log dirs or metadata dir end the file's folder path. */
export function ownerOf(meta: MetaRecord, nodes: NodeConfig[]): NodeConfig | undefined {
  const folder = folderOf(meta.uri);
  const candidates = nodes.filter((node) =>
    [...node.logDirs, ...(node.metadataLogDir ? [node.metadataLogDir] : [])]
      .map(clean)
      .some((dir) => dir && (folder === dir || folder.endsWith(dir.startsWith('/') ? dir : `/${dir}`))),
  );
  // Several nodes may use the same path on different hosts: the one whose file sits closest wins.
  const shared = (node: NodeConfig) => {
    const a = node.uri.split('/');
    const b = meta.uri.split('/');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  return candidates.sort((x, y) => shared(y) - shared(x))[0];
}

/** meta.properties files of one cluster, with the node each belongs to. */
export function metasOf(
  cluster: Cluster,
  metas: MetaRecord[],
  allNodes: NodeConfig[],
): { meta: MetaRecord; node: NodeConfig }[] {
  return metas
    .map((meta) => ({ meta, node: ownerOf(meta, allNodes) }))
    .filter((item): item is { meta: MetaRecord; node: NodeConfig } => !!item.node && cluster.nodes.includes(item.node));
}
