import { ownControllerListener } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';
import { rewriteVoters } from '../edits';

export default defineNodeRule({
  code: 'voter-port-mismatch',
  defaultSeverity: 'warning',
  explains: ['voters-mismatch', 'voter-node-mismatch'],
  docs: {
    en: "A controller's own entry in `controller.quorum.voters` must use the port its controller listener binds. Otherwise the other nodes knock on a port nobody listens on and the quorum never forms, although this node starts.",
    zh: '控制器在 `controller.quorum.voters` 中自己的条目必须使用其控制器监听器绑定的端口。否则其他节点会连接一个没人监听的端口，仲裁永远无法形成，尽管本节点能启动。',
  },
  messages: {
    en: {
      mismatch:
        'Voter {id} points at port {voterPort}, but this controller listens on {listenerPort} ({listener}); other nodes will not reach it.',
      align: 'Use port {port} in voter {id} on every node',
    },
    zh: {
      mismatch:
        '投票者 {id} 指向端口 {voterPort}，但本控制器监听的是 {listenerPort}（{listener}）；其他节点将无法连接它。',
      align: '在所有节点的投票者 {id} 中使用端口 {port}',
    },
  },
  check({ node, peers, report }) {
    if (!node.isController || !node.votersEntry || node.nodeId === undefined) return;
    const voter = node.voters.find((item) => item.parsed.id === node.nodeId && item.parsed.endpoint);
    const listener = ownControllerListener(node);
    if (!voter || !listener || listener.port === 0) return;
    const endpoint = voter.parsed.endpoint!;
    if (endpoint.port === listener.port) return;
    const id = node.nodeId;
    const edits = rewriteVoters([node, ...peers], (entries) =>
      entries.map((text) => (text.startsWith(`${id}@`) ? text.replace(/:\d+$/, `:${listener.port}`) : text)),
    );
    report({
      range: at.span(node, node.votersEntry, endpoint.portSpan),
      messageId: 'mismatch',
      args: { id, voterPort: endpoint.port, listenerPort: listener.port, listener: listener.name },
      fixes: [{ titleId: 'align', args: { port: listener.port, id }, edits, preferred: true }],
    });
  },
});
