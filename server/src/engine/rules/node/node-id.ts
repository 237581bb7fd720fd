import { atLeast } from '../../catalog';
import { at, defineNodeRule } from '../rule';
import { insertSetting, removeEntry } from '../edits';

export default defineNodeRule({
  code: 'node-id',
  defaultSeverity: 'error',
  explains: ['deprecated-key'],
  docs: {
    en: 'Every KRaft process needs a `node.id` (a non-negative integer, unique in the cluster). The old `broker.id` is a synonym: when both are set they must be equal.',
    zh: '每个 KRaft 进程都需要 `node.id`（非负整数，在集群内唯一）。旧的 `broker.id` 是它的同义词：两者同时设置时必须相等。',
  },
  messages: {
    en: {
      missing: 'Kafka refuses to start: Missing required configuration "node.id" which has no default value.',
      missing3x:
        'Kafka refuses to start: Missing configuration `node.id` which is required when `process.roles` is defined (i.e. when running in KRaft mode).',
      mismatch:
        'Kafka refuses to start: You must set `node.id` to the same value as `broker.id` (node.id={nodeId}, broker.id={brokerId}).',
      add: 'Add node.id={id}',
      removeBrokerId: 'Remove broker.id (node.id is what KRaft uses)',
    },
    zh: {
      missing:
        'Kafka 拒绝启动：缺少必填配置 "node.id"（Missing required configuration "node.id" which has no default value.）。',
      missing3x: 'Kafka 拒绝启动：KRaft 模式下必须设置 `node.id`。',
      mismatch: 'Kafka 拒绝启动：`node.id` 必须与 `broker.id` 相同（node.id={nodeId}，broker.id={brokerId}）。',
      add: '添加 node.id={id}',
      removeBrokerId: '删除 broker.id（KRaft 使用 node.id）',
    },
  },
  check({ node, version, peers, report }) {
    if ((!node.settings.has('process.roles') && !atLeast(version, '4.0')) || node.doc.entries.length === 0) return;
    const nodeIdEntry = node.settings.get('node.id');
    const brokerIdEntry = node.settings.get('broker.id');
    if (!nodeIdEntry && !brokerIdEntry) {
      const used = new Set(peers.map((peer) => peer.nodeId));
      let next = 1;
      while (used.has(next)) next++;
      report({
        range: at.fileEnd(node),
        messageId: atLeast(version, '4.0') ? 'missing' : 'missing3x',
        fixes: [
          {
            titleId: 'add',
            args: { id: next },
            edits: [insertSetting(node, 'node.id', String(next), node.settings.get('process.roles'))],
          },
        ],
      });
      return;
    }
    if (nodeIdEntry && brokerIdEntry) {
      const nodeId = nodeIdEntry.value.trim();
      const brokerId = brokerIdEntry.value.trim();
      if (/^-?\d+$/.test(nodeId) && /^-?\d+$/.test(brokerId) && Number(nodeId) !== Number(brokerId)) {
        report({
          range: at.entry(node, brokerIdEntry),
          messageId: 'mismatch',
          args: { nodeId, brokerId },
          fixes: [{ titleId: 'removeBrokerId', edits: [removeEntry(node, brokerIdEntry)], preferred: true }],
        });
      }
    }
  },
});
