import { at, defineClusterRule } from '../rule';
import { replaceValue } from '../edits';

export default defineClusterRule({
  code: 'duplicate-node-id',
  defaultSeverity: 'error',
  docs: {
    en: 'Every process of a cluster, controller or broker, needs its own `node.id`. Two processes with one id fight over one identity: the second broker cannot register, or a controller is taken for another voter.',
    zh: '集群中的每个进程（无论控制器还是 broker）都需要自己的 `node.id`。两个进程共用一个 id 会争夺同一身份：第二个 broker 无法注册，或者控制器被误认为另一个投票者。',
  },
  messages: {
    en: { duplicate: 'node.id {id} is also used by {other}; every process of the cluster needs its own id.', other: 'node.id {id} is used here too', next: 'Change to the next free id ({id})' },
    zh: { duplicate: 'node.id {id} 也被 {other} 使用；集群中的每个进程都需要自己的 id。', other: '这里也使用了 node.id {id}', next: '改为下一个空闲 id（{id}）' },
  },
  check({ cluster, report }) {
    const byId = new Map<number, typeof cluster.nodes>();
    for (const node of cluster.nodes) {
      if (node.nodeId === undefined || !node.nodeIdEntry) continue;
      byId.set(node.nodeId, [...(byId.get(node.nodeId) ?? []), node]);
    }
    const used = new Set(byId.keys());
    const voterIds = new Set(cluster.nodes.flatMap((node) => node.voters.map((voter) => voter.parsed.id)));
    for (const [id, nodes] of byId) {
      if (nodes.length < 2) continue;
      for (const node of nodes) {
        const others = nodes.filter((other) => other !== node);
        let next = 1;
        while (used.has(next) || voterIds.has(next)) next++;
        // Keep the voter's id: offer the renumbering on nodes that are not the voter with this id.
        const isVoter = node.isController && voterIds.has(id);
        report(node.uri, {
          range: at.value(node, node.nodeIdEntry!),
          message: 'duplicate',
          args: { id, other: others.map((other) => other.uri.split('/').slice(-3).join('/')).join(', ') },
          related: others.map((other) => ({ uri: other.uri, range: at.value(other, other.nodeIdEntry!), message: 'other', args: { id } })),
          fixes: isVoter ? [] : [{ title: 'next', args: { id: next }, edits: [replaceValue(node, node.nodeIdEntry!, String(next))], preferred: true }],
        });
      }
    }
  },
});
