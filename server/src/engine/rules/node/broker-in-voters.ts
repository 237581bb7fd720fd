import { at, defineNodeRule } from '../rule';
import { rewriteVoters } from '../edits';

export default defineNodeRule({
  code: 'broker-in-voters',
  defaultSeverity: 'error',
  explains: ['voter-node-mismatch', 'voters-mismatch', 'quorum-size', 'duplicate-voter'],
  docs: {
    en: 'A node with only the `broker` role must not be a voter: `controller.quorum.voters` lists controllers only. Kafka refuses to start such a broker.',
    zh: '只有 `broker` 角色的节点不能是投票者：`controller.quorum.voters` 只列出控制器。Kafka 会拒绝启动这样的 broker。',
  },
  messages: {
    en: {
      inVoters:
        "Kafka refuses to start: If process.roles contains just the 'broker' role, the node id {id} must not be included in the set of voters controller.quorum.voters.",
      removeEverywhere: 'Remove voter {id} from controller.quorum.voters in every node of the cluster',
      nodeId: 'node.id {id} of this broker-only node',
    },
    zh: {
      inVoters: "Kafka 拒绝启动：process.roles 只有 'broker' 时，节点 id {id} 不能出现在 controller.quorum.voters 中。",
      removeEverywhere: '从集群所有节点的 controller.quorum.voters 中删除投票者 {id}',
      nodeId: '这个只有 broker 角色的节点的 node.id {id}',
    },
  },
  check({ node, peers, report }) {
    if (!node.isBroker || node.isController || node.nodeId === undefined || !node.votersEntry) return;
    const voter = node.voters.find((item) => item.parsed.id === node.nodeId);
    if (!voter) return;
    const id = node.nodeId;
    const edits = rewriteVoters([node, ...peers], (entries) => entries.filter((text) => !text.startsWith(`${id}@`)));
    report({
      range: at.span(node, node.votersEntry, voter.span),
      messageId: 'inVoters',
      args: { id },
      related: node.nodeIdEntry
        ? [{ uri: node.uri, range: at.entry(node, node.nodeIdEntry), messageId: 'nodeId', args: { id } }]
        : undefined,
      fixes: [{ titleId: 'removeEverywhere', args: { id }, edits }],
    });
  },
});
