import { voterEntryOf } from '../../workspace/cluster';
import { at, defineNodeRule } from '../rule';
import { rewriteVoters } from '../edits';

export default defineNodeRule({
  code: 'controller-not-in-voters',
  defaultSeverity: 'error',
  explains: ['voters-mismatch', 'quorum-size'],
  docs: {
    en: 'A node with the `controller` role must appear in `controller.quorum.voters` with its own `node.id` when a static quorum is used; otherwise Kafka refuses to start it.',
    zh: '使用静态仲裁时，具有 `controller` 角色的节点必须以自己的 `node.id` 出现在 `controller.quorum.voters` 中，否则 Kafka 拒绝启动。',
  },
  messages: {
    en: {
      missing:
        "Kafka refuses to start: If process.roles contains the 'controller' role, the node id {id} must be included in the set of voters controller.quorum.voters.",
      addEverywhere: 'Add {entry} to controller.quorum.voters in every node of the cluster',
    },
    zh: {
      missing:
        "Kafka 拒绝启动：process.roles 含有 'controller' 时，节点 id {id} 必须出现在 controller.quorum.voters 中。",
      addEverywhere: '在集群所有节点的 controller.quorum.voters 中添加 {entry}',
    },
  },
  check({ node, peers, report }) {
    if (!node.isController || node.nodeId === undefined || !node.votersEntry || node.voters.length === 0) return;
    if (node.voters.some((voter) => voter.parsed.id === node.nodeId)) return;
    const entry = voterEntryOf(node);
    const fixes = entry
      ? [
          {
            titleId: 'addEverywhere',
            args: { entry },
            edits: rewriteVoters([node, ...peers], (entries) => [...entries, entry]),
          },
        ]
      : [];
    report({ range: at.value(node, node.votersEntry), messageId: 'missing', args: { id: node.nodeId }, fixes });
  },
});
