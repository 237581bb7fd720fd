import { at, defineNodeRule } from '../rule';
import { removeListItem } from '../edits';

export default defineNodeRule({
  code: 'duplicate-voter',
  defaultSeverity: 'warning',
  explains: ['voters-mismatch', 'quorum-size'],
  docs: {
    en: 'Kafka accepts a voter id listed twice and silently keeps the last entry, and two ids on one endpoint cannot both be reached. Either way the quorum is not what the file seems to say.',
    zh: 'Kafka 允许同一个投票者 id 出现两次，并静默保留最后一个条目；两个 id 使用同一个端点也不可能都被访问到。无论哪种情况，实际的仲裁都与文件看起来的不一致。',
  },
  messages: {
    en: {
      duplicateId: 'Voter id {id} is listed more than once; Kafka keeps only the last entry for it.',
      duplicateEndpoint:
        'Voters {first} and {second} share the endpoint {endpoint}; two controllers cannot listen on one address.',
      remove: 'Remove this entry',
    },
    zh: {
      duplicateId: '投票者 id {id} 出现了多次；Kafka 只保留最后一个条目。',
      duplicateEndpoint: '投票者 {first} 和 {second} 使用同一端点 {endpoint}；两个控制器不能监听同一地址。',
      remove: '删除此条目',
    },
  },
  check({ node, report }) {
    const entry = node.votersEntry;
    if (!entry) return;
    const ids = new Map<number, number>();
    const endpoints = new Map<string, number>();
    const spans = node.voters.map((voter) => voter.span);
    node.voters.forEach((voter, index) => {
      const { id, endpoint, problem } = voter.parsed;
      if (problem) return;
      if (ids.has(id)) {
        report({
          range: at.span(node, entry, voter.span),
          messageId: 'duplicateId',
          args: { id },
          fixes: [{ titleId: 'remove', edits: [removeListItem(node, entry, spans, ids.get(id)!)] }],
        });
      }
      ids.set(id, index);
      const key = `${endpoint!.host.toLowerCase()}:${endpoint!.port}`;
      const other = endpoints.get(key);
      if (other !== undefined && node.voters[other].parsed.id !== id) {
        report({
          range: at.span(node, entry, voter.span),
          messageId: 'duplicateEndpoint',
          args: { first: node.voters[other].parsed.id, second: id, endpoint: key },
        });
      }
      endpoints.set(key, index);
    });
  },
});
