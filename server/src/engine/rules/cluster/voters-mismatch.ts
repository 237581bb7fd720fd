import type { NodeConfig } from '../../workspace/node';
import { at, defineClusterRule } from '../rule';
import { replaceValue } from '../edits';

const canonical = (node: NodeConfig) =>
  node.voters
    .map((voter) => voter.span.text.toLowerCase())
    .sort()
    .join(',');

export default defineClusterRule({
  code: 'voters-mismatch',
  defaultSeverity: 'error',
  explains: ['quorum-size'],
  docs: {
    en: 'With a static quorum, every node of the cluster must carry the same `controller.quorum.voters` (the same set of `id@host:port` entries; order does not matter). Nodes that disagree look for different controllers: the quorum splits or brokers never register.',
    zh: '使用静态仲裁时，集群中每个节点的 `controller.quorum.voters` 必须相同（相同的 `id@host:port` 条目集合，顺序无关）。不一致的节点会寻找不同的控制器：仲裁分裂，或 broker 永远无法注册。',
  },
  messages: {
    en: {
      differs:
        'controller.quorum.voters differs from the voters of {count} other node(s) of this cluster: {difference}. Every node must list the same voters.',
      extra: '{entry} is not in their voters',
      missing: '{entry} is missing here',
      majority: 'lists the voters most nodes use',
      others: 'lists other voters',
      align: 'Use the voters of the majority: {voters}',
    },
    zh: {
      differs:
        'controller.quorum.voters 与本集群其他 {count} 个节点的投票者不同：{difference}。每个节点必须列出相同的投票者。',
      extra: '{entry} 不在它们的投票者中',
      missing: '这里缺少 {entry}',
      majority: '列出多数节点使用的投票者',
      others: '列出不同的投票者',
      align: '使用多数节点的投票者：{voters}',
    },
  },
  check({ cluster, report }) {
    const withVoters = cluster.nodes.filter(
      (node) => node.votersEntry && node.voters.length > 0 && node.voters.every((voter) => !voter.parsed.problem),
    );
    if (withVoters.length < 2) return;
    const groups = new Map<string, NodeConfig[]>();
    for (const node of withVoters) {
      const key = canonical(node);
      const members = groups.get(key);
      if (members) members.push(node);
      else groups.set(key, [node]);
    }
    if (groups.size < 2) return;
    const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    const [majorityKey, majorityNodes] = ranked[0];
    const tie = ranked[1][1].length === majorityNodes.length;
    const majoritySet = new Set(majorityKey.split(','));
    const majorityText = majorityNodes[0].voters.map((voter) => voter.span.text).join(',');
    for (const node of withVoters) {
      const key = canonical(node);
      if (key === majorityKey && !tie) continue;
      const own = new Set(key.split(','));
      const reference = key === majorityKey ? new Set(ranked[1][0].split(',')) : majoritySet;
      const extra = [...own].filter((entry) => !reference.has(entry));
      const missing = [...reference].filter((entry) => !own.has(entry));
      const difference = [...extra.map((entry) => `+${entry}`), ...missing.map((entry) => `-${entry}`)].join(' ');
      const firstExtra = node.voters.find((voter) => extra.includes(voter.span.text.toLowerCase()));
      // The rows are exactly the nodes counted in the message.
      const differing = withVoters.filter((other) => other !== node && canonical(other) !== key);
      report(node.uri, {
        range: firstExtra ? at.span(node, node.votersEntry!, firstExtra.span) : at.value(node, node.votersEntry!),
        messageId: 'differs',
        args: { count: differing.length, difference },
        related: differing.map((other) => ({
          uri: other.uri,
          range: at.value(other, other.votersEntry!),
          messageId: canonical(other) === majorityKey && !tie ? 'majority' : 'others',
        })),
        fixes: tie
          ? []
          : [
              {
                titleId: 'align',
                args: { voters: majorityText },
                edits: [replaceValue(node, node.votersEntry!, majorityText)],
                preferred: true,
              },
            ],
      });
    }
  },
});
