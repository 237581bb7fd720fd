import { atLeast } from '../../catalog';
import { at, defineNodeRule } from '../rule';

const CONTROLLER_POLICIES = ['create.topic.policy.class.name', 'alter.config.policy.class.name'];
const CONTROLLER_DEFAULTS = ['num.partitions', 'default.replication.factor'];

export default defineNodeRule({
  code: 'role-misplaced-key',
  defaultSeverity: 'warning',
  docs: {
    en: 'In KRaft, topic creation and config changes are decided by the controllers. Policy classes set only on a broker-only node have no effect (Kafka 4.0+ warns), and from 4.3 `num.partitions` and `default.replication.factor` on a broker-only node are flagged for removal in 5.0: set them on the controllers.',
    zh: '在 KRaft 中，创建主题和修改配置由控制器决定。只在 broker 节点上设置的策略类不起作用（Kafka 4.0+ 会警告）；从 4.3 起，broker 节点上的 `num.partitions` 和 `default.replication.factor` 被标记为在 5.0 中将被忽略，请在控制器上设置它们。',
  },
  messages: {
    en: {
      policy: '{key} is defined in broker. It should be defined in the controller role.',
      controllerDefault:
        '{key} is defined in the broker role. This configuration will be ignored in 5.0. Please set {key} in the controller role instead.',
    },
    zh: {
      policy: '{key} 设置在 broker 上，应该设置在控制器角色上。',
      controllerDefault: '{key} 设置在 broker 角色上，该配置将在 5.0 中被忽略，请改为在控制器角色上设置。',
    },
  },
  check({ node, version, report }) {
    if (!node.isBroker || node.isController) return;
    if (atLeast(version, '4.0')) {
      for (const key of CONTROLLER_POLICIES) {
        const entry = node.settings.get(key);
        if (entry) report({ range: at.key(node, entry), messageId: 'policy', args: { key } });
      }
    }
    if (atLeast(version, '4.3')) {
      for (const key of CONTROLLER_DEFAULTS) {
        const entry = node.settings.get(key);
        if (entry)
          report({
            range: at.key(node, entry),
            messageId: 'controllerDefault',
            args: { key },
            severity: 'information',
          });
      }
    }
  },
});
