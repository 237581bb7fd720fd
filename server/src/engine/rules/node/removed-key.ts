import { atLeast, lookupKey } from '../../catalog';
import { at, defineNodeRule } from '../rule';
import { removeEntry } from '../edits';

export default defineNodeRule({
  code: 'removed-key',
  defaultSeverity: 'warning',
  docs: {
    en: 'Keys of ZooKeeper mode and keys removed in Kafka 4.0 are ignored by Kafka 4.x: the setting has no effect. Remove them, or use the replacement where one exists. On 3.x, ZooKeeper-only keys have no effect on a KRaft node.',
    zh: 'ZooKeeper 模式的键以及 Kafka 4.0 删除的键会被 Kafka 4.x 忽略，设置不起作用。请删除它们，或改用替代的键。在 3.x 中，仅用于 ZooKeeper 的键对 KRaft 节点无效。',
  },
  messages: {
    en: {
      removed: '"{key}" was removed in Kafka 4.0; Kafka {version} ignores it.',
      removedWithReplacement:
        '"{key}" was removed in Kafka 4.0; Kafka {version} ignores it. Use "{replacement}" instead.',
      zookeeperOnly: '"{key}" only applies to ZooKeeper mode; a KRaft node ignores it.',
      controlPlane:
        'control.plane.listener.name is not supported in KRaft mode: Kafka {version} refuses to start ("requirement failed: control.plane.listener.name is not supported in KRaft mode.").',
      remove: 'Remove "{key}"',
    },
    zh: {
      removed: '"{key}" 已在 Kafka 4.0 中删除；Kafka {version} 会忽略它。',
      removedWithReplacement: '"{key}" 已在 Kafka 4.0 中删除；Kafka {version} 会忽略它。请改用 "{replacement}"。',
      zookeeperOnly: '"{key}" 只用于 ZooKeeper 模式，KRaft 节点会忽略它。',
      controlPlane:
        'KRaft 模式不支持 control.plane.listener.name：Kafka {version} 拒绝启动（"requirement failed: control.plane.listener.name is not supported in KRaft mode."）。',
      remove: '删除 "{key}"',
    },
  },
  check({ node, version, report }) {
    for (const entry of node.doc.entries) {
      if (node.settings.get(entry.key) !== entry) continue;
      const lookup = lookupKey(entry.key, version);
      const facts = lookup.facts;
      if (!facts) continue;
      const fix = () => ({
        titleId: 'remove',
        args: { key: entry.key },
        edits: [removeEntry(node, entry)],
        preferred: true,
      });
      if (lookup.status === 'removed') {
        const replacement = facts.replacement;
        report({
          range: at.key(node, entry),
          messageId: replacement ? 'removedWithReplacement' : 'removed',
          args: { key: entry.key, version, replacement: replacement ?? '' },
          deprecated: true,
          fixes: [fix()],
        });
      } else if (!atLeast(version, '4.0') && facts.zookeeperOnly && node.settings.has('process.roles')) {
        if (entry.key === 'control.plane.listener.name') {
          report({
            range: at.key(node, entry),
            messageId: 'controlPlane',
            args: { version },
            severity: 'error',
            fixes: [fix()],
          });
        } else if (!entry.key.startsWith('zookeeper.metadata.migration') && entry.key !== 'zookeeper.connect') {
          report({
            range: at.key(node, entry),
            messageId: 'zookeeperOnly',
            args: { key: entry.key },
            severity: 'information',
            deprecated: true,
            fixes: [fix()],
          });
        }
      }
    }
  },
});
