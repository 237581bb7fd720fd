import { at, defineClusterRule, shortPath } from '../rule';

const lineRange = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 200 } });

export default defineClusterRule({
  code: 'meta-properties',
  defaultSeverity: 'error',
  docs: {
    en: 'When formatted data directories (their `meta.properties`) are in the workspace, each must carry the `node.id` of the config that owns the directory, and all nodes of a cluster must carry the same `cluster.id`. Kafka refuses to start a node whose stored id differs, and a node formatted with another cluster id never joins.',
    zh: '当工作区中有已格式化的数据目录（其 `meta.properties`）时，每个目录中的 `node.id` 必须与拥有该目录的配置一致，且同一集群所有节点的 `cluster.id` 必须相同。存储的 id 不一致时 Kafka 拒绝启动该节点；用另一个集群 id 格式化的节点永远不会加入集群。',
  },
  messages: {
    en: {
      nodeId:
        "Kafka refuses to start: Stored node id {stored} doesn't match previous node id {configured} in {file}. Reformat the directory or fix node.id.",
      clusterId:
        'This node was formatted with cluster.id {clusterId} ({file}) but the other nodes of the cluster use {majority}: it will never join them. Format every directory with the same cluster id.',
      stored: 'written by kafka-storage format',
    },
    zh: {
      nodeId:
        'Kafka 拒绝启动：{file} 中存储的节点 id {stored} 与配置的节点 id {configured} 不一致。请重新格式化该目录或修改 node.id。',
      clusterId:
        '该节点使用 cluster.id {clusterId} 格式化（{file}），而集群其他节点使用 {majority}：它永远不会加入集群。请用同一个集群 id 格式化所有目录。',
      stored: '由 kafka-storage format 写入',
    },
  },
  check({ metas, report }) {
    for (const { meta, node } of metas) {
      if (meta.nodeId !== undefined && node.nodeId !== undefined && meta.nodeId !== node.nodeId && node.nodeIdEntry) {
        report(node.uri, {
          range: at.value(node, node.nodeIdEntry),
          messageId: 'nodeId',
          args: { stored: meta.nodeId, configured: node.nodeId, file: shortPath(meta.uri) },
          related: [{ uri: meta.uri, range: lineRange(meta.lines.get('node.id') ?? 0), messageId: 'stored' }],
        });
      }
    }
    const counts = new Map<string, number>();
    for (const { meta } of metas) if (meta.clusterId) counts.set(meta.clusterId, (counts.get(meta.clusterId) ?? 0) + 1);
    if (counts.size < 2) return;
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    for (const { meta, node } of metas) {
      if (!meta.clusterId || meta.clusterId === majority) continue;
      const anchor = node.nodeIdEntry ?? node.doc.entries[0];
      if (!anchor) continue;
      report(node.uri, {
        range: at.key(node, anchor),
        messageId: 'clusterId',
        args: { clusterId: meta.clusterId, majority, file: shortPath(meta.uri) },
        related: [{ uri: meta.uri, range: lineRange(meta.lines.get('cluster.id') ?? 0), messageId: 'stored' }],
      });
    }
  },
});
