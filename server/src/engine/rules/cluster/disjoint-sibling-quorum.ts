import type { NodeConfig } from '../../workspace/node';
import { rewriteVoters } from '../edits';
import { at, defineClusterRule, nodeLabel, type ClusterContext } from '../rule';

/** A lone controller (or combined node) whose voters name only itself. */
const votesOnlyForItself = (node: NodeConfig, clusterSize: number) =>
  clusterSize === 1 &&
  node.isController &&
  node.nodeId !== undefined &&
  node.votersEntry !== undefined &&
  node.voters.length === 1 &&
  node.voters[0].parsed.id === node.nodeId &&
  !!node.voters[0].parsed.endpoint;

/**
 * Nodes in sibling folders (a/, b/, c/ under one parent) that each vote only for themselves, with distinct ids: three
 * one-node clusters where one three-node cluster was meant. Copies of one single-node setup share their id and are left alone.
 */
function reportSelfOnly(
  node: NodeConfig,
  clusterSize: number,
  cousins: NodeConfig[],
  report: ClusterContext['report'],
): void {
  if (!votesOnlyForItself(node, clusterSize)) return;
  const siblings = cousins.filter((other) => votesOnlyForItself(other, 1) && other.nodeId !== node.nodeId);
  const ids = new Set([node.nodeId, ...siblings.map((other) => other.nodeId)]);
  // Three or more (a quorum's worth): two lone nodes side by side are as often two separate dev setups.
  if (siblings.length < 2 || ids.size !== siblings.length + 1) return;
  const all = [node, ...siblings].sort((a, b) => a.nodeId! - b.nodeId!);
  const voters = all.map((member) => member.voters[0].span.text).join(',');
  report(node.uri, {
    range: at.value(node, node.votersEntry!),
    messageId: 'selfOnly',
    args: { count: all.length, others: siblings.map(nodeLabel).join(', ') },
    related: siblings.map((other) => ({
      uri: other.uri,
      range: at.value(other, other.votersEntry!),
      messageId: 'alsoSelf',
    })),
    fixes: [{ titleId: 'joinAll', args: { voters }, edits: rewriteVoters(all, () => voters.split(',')) }],
  });
}

export default defineClusterRule({
  code: 'disjoint-sibling-quorum',
  defaultSeverity: 'warning',
  explains: ['quorum-size'],
  docs: {
    en: 'Files side by side in one folder usually describe one cluster. When they name quorums with nothing in common, the voters were most likely written per node (each node listing only itself) and the nodes will form separate one-node clusters. The same holds for lone controllers or combined nodes in sibling folders (`a/`, `b/`, `c/`) that each list only themselves with distinct ids (three or more).',
    zh: '同一目录下并排的文件通常描述同一个集群。如果它们指定的仲裁没有任何共同点，很可能是每个节点只写了自己（投票者按节点分别编写），这些节点会各自形成单节点集群。相邻目录（`a/`、`b/`、`c/`）中各自只列出自己、且 id 不同的单个控制器或组合节点（三个或以上）也是如此。',
  },
  messages: {
    en: {
      disjoint:
        'This node and {file} sit in the same folder but name quorums with nothing in common ({mine} vs {theirs}); they will not form one cluster.',
      sibling: 'sibling node with another quorum',
      selfOnly:
        'This node and {others} sit in sibling folders and each list only themselves in controller.quorum.voters: they form {count} one-node clusters. If one {count}-node cluster is meant, every node must list all {count} controllers.',
      alsoSelf: 'lists only itself too',
      joinAll: 'List all of them on every node: {voters}',
    },
    zh: {
      disjoint: '本节点与 {file} 位于同一目录，但指定的仲裁完全不同（{mine} 与 {theirs}）；它们不会组成同一个集群。',
      sibling: '使用另一个仲裁的同目录节点',
      selfOnly:
        '本节点与 {others} 位于相邻目录，且各自在 controller.quorum.voters 中只列出自己：它们会形成 {count} 个单节点集群。如果想要的是一个 {count} 节点的集群，每个节点都必须列出全部 {count} 个控制器。',
      alsoSelf: '同样只列出了自己',
      joinAll: '在每个节点上列出全部投票者：{voters}',
    },
  },
  check({ cluster, siblingsOf, cousinsOf, report }) {
    for (const node of cluster.nodes) {
      const quorumEntry = node.votersEntry ?? node.bootstrapEntry;
      if (!quorumEntry) continue;
      const sibling = siblingsOf(node).find((other) => other.votersEntry ?? other.bootstrapEntry);
      if (!sibling) {
        reportSelfOnly(node, cluster.nodes.length, cousinsOf(node), report);
        continue;
      }
      const siblingEntry = (sibling.votersEntry ?? sibling.bootstrapEntry)!;
      report(node.uri, {
        range: at.value(node, quorumEntry),
        messageId: 'disjoint',
        args: {
          file: sibling.uri.split('/').pop()!,
          mine: quorumEntry.value.trim(),
          theirs: siblingEntry.value.trim(),
        },
        related: [{ uri: sibling.uri, range: at.value(sibling, siblingEntry), messageId: 'sibling' }],
      });
    }
  },
});
