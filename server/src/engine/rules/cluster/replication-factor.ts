import { keyFacts } from '../../catalog';
import { t } from '../../i18n';
import { valueOf } from '../../workspace/node';
import { at, defineClusterRule } from '../rule';
import { setSetting } from '../edits';
import { isWholeCluster } from './endpoints';

const REPLICATION_KEYS = [
  'offsets.topic.replication.factor',
  'transaction.state.log.replication.factor',
  'transaction.state.log.min.isr',
  'share.coordinator.state.topic.replication.factor',
  'share.coordinator.state.topic.min.isr',
  'default.replication.factor',
  'min.insync.replicas',
];

export default defineClusterRule({
  code: 'replication-factor',
  defaultSeverity: 'error',
  docs: {
    en: "Internal topics (`__consumer_offsets`, `__transaction_state`, `__share_group_state`) are created with the configured replication factor. With fewer brokers, their creation fails and consumer groups and transactions hang forever. Min ISR above the broker count blocks `acks=all` writes. Counted over the broker nodes of the cluster, and only when the whole cluster is in the workspace (every voter has its file, or every bootstrap server is a controller's address): a node whose controllers are elsewhere gets no count-based advice. A single-node cluster gets a warning.",
    zh: '内部主题（`__consumer_offsets`、`__transaction_state`、`__share_group_state`）按配置的副本因子创建。broker 数量不足时创建失败，消费者组和事务会一直挂起。min ISR 大于 broker 数量会阻塞 `acks=all` 写入。按该集群的 broker 节点计数，并且只在整个集群都在工作区中时（每个投票者都有对应文件，或每个引导服务器都是某个控制器的地址）才检查：控制器不在工作区中的节点不会得到基于数量的建议。单节点集群报告为警告。',
  },
  messages: {
    en: {
      tooHigh: '{key}={value} but the cluster has {brokers} broker(s): {effect} Set it to {brokers} or add brokers.',
      tooHighDefault:
        '{key} defaults to {value} but the cluster has {brokers} broker(s): {effect} Set {key}={brokers}.',
      effectTopic: 'the internal topic cannot be created and clients wait forever.',
      effectIsr: 'writes with acks=all will fail.',
      setCount: 'Set {key}={brokers}',
    },
    zh: {
      tooHigh: '{key}={value}，但集群只有 {brokers} 个 broker：{effect}请设为 {brokers} 或增加 broker。',
      tooHighDefault: '{key} 默认值为 {value}，但集群只有 {brokers} 个 broker：{effect}请设置 {key}={brokers}。',
      effectTopic: '内部主题无法创建，客户端会一直等待。',
      effectIsr: 'acks=all 的写入将失败。',
      setCount: '设置 {key}={brokers}',
    },
  },
  check({ cluster, report }) {
    const brokers = cluster.brokers.length;
    if (brokers === 0) return;
    // Brokers are counted only when the whole cluster is in the workspace (every voter is here); a lone node or a
    // broker whose controllers live elsewhere says nothing about the broker count. One node alone: a warning.
    if (!isWholeCluster(cluster)) return;
    const certain = cluster.nodes.length > 1;
    for (const node of cluster.brokers.length > 0 ? cluster.nodes : []) {
      for (const key of REPLICATION_KEYS) {
        const entry = node.settings.get(key);
        const raw = valueOf(node, key);
        const explicit = raw !== undefined;
        const value = Number(explicit ? raw : keyFacts(key)?.default);
        if (!Number.isInteger(value) || value <= brokers) continue;
        // Defaults only matter where the value is used: internal topics are created by brokers.
        if (
          !explicit &&
          (!node.isBroker ||
            key === 'default.replication.factor' ||
            key === 'min.insync.replicas' ||
            key.startsWith('share.'))
        )
          continue;
        const isIsr = key.endsWith('min.isr') || key === 'min.insync.replicas';
        if (isIsr && !explicit) continue;
        report(node.uri, {
          range: entry ? at.value(node, entry) : at.fileEnd(node),
          messageId: explicit ? 'tooHigh' : 'tooHighDefault',
          args: { key, value, brokers, effect: t(`rule.replication-factor.${isIsr ? 'effectIsr' : 'effectTopic'}`) },
          severity: certain ? 'error' : 'warning',
          fixes: [
            {
              titleId: 'setCount',
              args: { key, brokers },
              edits: [setSetting(node, key, String(brokers))],
              preferred: true,
            },
          ],
        });
      }
    }
  },
});
