import { at, defineClusterRule } from '../rule';

export default defineClusterRule({
  code: 'disjoint-sibling-quorum',
  defaultSeverity: 'warning',
  explains: ['quorum-size'],
  docs: {
    en: 'Files side by side in one folder usually describe one cluster. When they name quorums with nothing in common, the voters were most likely written per node (each node listing only itself) and the nodes will form separate one-node clusters.',
    zh: '同一目录下并排的文件通常描述同一个集群。如果它们指定的仲裁没有任何共同点，很可能是每个节点只写了自己（投票者按节点分别编写），这些节点会各自形成单节点集群。',
  },
  messages: {
    en: { disjoint: 'This node and {file} sit in the same folder but name quorums with nothing in common ({mine} vs {theirs}); they will not form one cluster.', sibling: 'sibling node with another quorum' },
    zh: { disjoint: '本节点与 {file} 位于同一目录，但指定的仲裁完全不同（{mine} 与 {theirs}）；它们不会组成同一个集群。', sibling: '使用另一个仲裁的同目录节点' },
  },
  check({ cluster, siblingsOf, report }) {
    for (const node of cluster.nodes) {
      const quorumEntry = node.votersEntry ?? node.bootstrapEntry;
      if (!quorumEntry) continue;
      const sibling = siblingsOf(node).find((other) => other.votersEntry ?? other.bootstrapEntry);
      if (!sibling) continue;
      const siblingEntry = (sibling.votersEntry ?? sibling.bootstrapEntry)!;
      report(node.uri, {
        range: at.value(node, quorumEntry),
        message: 'disjoint',
        args: { file: sibling.uri.split('/').pop()!, mine: quorumEntry.value.trim(), theirs: siblingEntry.value.trim() },
        related: [{ uri: sibling.uri, range: at.value(sibling, siblingEntry), message: 'sibling' }],
      });
    }
  },
});
