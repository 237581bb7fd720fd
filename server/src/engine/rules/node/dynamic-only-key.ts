import { lookupKey } from '../../catalog';
import { at, defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'dynamic-only-key',
  defaultSeverity: 'warning',
  docs: {
    en: 'Replication throttles and the log-dir move throttle are broker quotas that only `kafka-configs.sh` can set; Kafka ignores them in server.properties.',
    zh: '复制限流和日志目录迁移限流属于 broker 配额，只能用 `kafka-configs.sh` 设置；写在 server.properties 中会被忽略。',
  },
  messages: {
    en: {
      dynamicOnly:
        '"{key}" can only be set dynamically (kafka-configs.sh --alter --entity-type brokers); Kafka ignores it here.',
    },
    zh: {
      dynamicOnly: '"{key}" 只能动态设置（kafka-configs.sh --alter --entity-type brokers）；写在这里会被 Kafka 忽略。',
    },
  },
  check({ node, version, report }) {
    for (const entry of node.doc.entries) {
      if (lookupKey(entry.key, version).status === 'dynamicOnly')
        report({ range: at.key(node, entry), messageId: 'dynamicOnly', args: { key: entry.key } });
    }
  },
});
