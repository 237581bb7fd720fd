import { atLeast, isDefinedIn, KAFKA_VERSIONS, keyFacts, type KafkaVersion } from '../../catalog';
import { t } from '../../i18n';
import { splitList } from '../../parser/values';
import { at, defineNodeRule } from '../rule';
import { removeListItem, replaceKey } from '../edits';

interface Deprecation {
  /** First Kafka release that deprecates it (logs a warning or documents the removal). */
  since: string;
  replacement?: string;
  /** Message id explaining what takes its place when no key does. */
  instead?: string;
}

/**
 * Keys Kafka deprecates while still reading them, by release (Kafka's own sources and docs per version; removal in 5.0).
 * Keys already removed are the removed-key rule's.
 */
const DEPRECATED: Record<string, Deprecation> = {
  'log.cleaner.enable': { since: '4.1', instead: 'cleanerAlwaysOn' },
  'remote.log.manager.thread.pool.size': { since: '4.2', replacement: 'remote.log.manager.follower.thread.pool.size' },
  'group.coordinator.rebalance.protocols': { since: '4.3', instead: 'groupFeatures' },
  'broker.id': { since: '4.4', replacement: 'node.id' },
};

const NEWEST = KAFKA_VERSIONS[KAFKA_VERSIONS.length - 1];

const replacementExists = (replacement: string, version: KafkaVersion) => {
  const facts = keyFacts(replacement);
  return !!facts && isDefinedIn(facts, version);
};

export default defineNodeRule({
  code: 'deprecated-key',
  defaultSeverity: 'warning',
  docs: {
    en: 'Keys Kafka still reads but has deprecated, per release: `log.cleaner.enable` (4.1), `remote.log.manager.thread.pool.size` (4.2, use `remote.log.manager.follower.thread.pool.size`), `group.coordinator.rebalance.protocols` (4.3; groups are enabled by features) and the `share` protocol in it (4.2, the `share.version` feature), `broker.id` (4.4, use `node.id`). A warning from the release that deprecates the key; what the next release (after the newest one checked) deprecates is an information, so a file is ready for the upgrade.',
    zh: 'Kafka 仍会读取但已弃用的键（按版本）：`log.cleaner.enable`（4.1）、`remote.log.manager.thread.pool.size`（4.2，改用 `remote.log.manager.follower.thread.pool.size`）、`group.coordinator.rebalance.protocols`（4.3，组功能由特性控制）及其中的 `share` 协议（4.2，改用 `share.version` 特性）、`broker.id`（4.4，改用 `node.id`）。从弃用该键的版本起为警告；下一个版本（比已检查的最新版本更新）将弃用的键给出提示，便于为升级做好准备。',
  },
  messages: {
    en: {
      deprecated: '"{key}" is deprecated since Kafka {since} and will be removed in 5.0. {instead}',
      upcoming: '"{key}" is deprecated from Kafka {since} (removal in 5.0). {instead}',
      replacement: 'Use "{replacement}" instead.',
      cleanerAlwaysOn:
        'The log cleaner is needed by compacted topics (__consumer_offsets among them); leave it on and remove the key.',
      groupFeatures:
        'Group protocols are enabled by the group.version, share.version and streams.version features (kafka-features.sh).',
      share:
        '"share" in group.coordinator.rebalance.protocols is deprecated since Kafka {since}: share groups are controlled by the share.version feature, and this entry will be ignored.',
      rename: 'Rename to "{replacement}"',
      removeShare: 'Remove "share" (enable share groups with the share.version feature)',
    },
    zh: {
      deprecated: '"{key}" 自 Kafka {since} 起已弃用，将在 5.0 中删除。{instead}',
      upcoming: '"{key}" 从 Kafka {since} 起弃用（5.0 删除）。{instead}',
      replacement: '请改用 "{replacement}"。',
      cleanerAlwaysOn: '压缩主题（包括 __consumer_offsets）需要日志清理器；请保持开启并删除该键。',
      groupFeatures: '组协议由 group.version、share.version 和 streams.version 特性启用（kafka-features.sh）。',
      share:
        'group.coordinator.rebalance.protocols 中的 "share" 自 Kafka {since} 起已弃用：共享组由 share.version 特性控制，该条目将被忽略。',
      rename: '改名为 "{replacement}"',
      removeShare: '删除 "share"（用 share.version 特性启用共享组）',
    },
  },
  check({ node, version, report }) {
    for (const [key, deprecation] of Object.entries(DEPRECATED)) {
      const entry = node.settings.get(key);
      if (!entry) continue;
      const facts = keyFacts(key);
      if (facts && !isDefinedIn(facts, version)) continue;
      const active = atLeast(version, deprecation.since);
      // Before its release, only what the next release deprecates is worth a word (readiness for the upgrade).
      if (!active && atLeast(NEWEST, deprecation.since)) continue;
      const { replacement } = deprecation;
      const instead = replacement ? `rule.deprecated-key.replacement` : `rule.deprecated-key.${deprecation.instead}`;
      // Renaming is a fix only when the replacement exists in this version and is not set already.
      const canRename = replacement && replacementExists(replacement, version) && !node.settings.has(replacement);
      report({
        range: at.key(node, entry),
        messageId: active ? 'deprecated' : 'upcoming',
        args: { key, since: deprecation.since, instead: t(instead, { replacement: replacement ?? '' }) },
        severity: active ? 'warning' : 'information',
        deprecated: active || undefined,
        fixes: canRename
          ? [
              {
                titleId: 'rename',
                args: { replacement: replacement! },
                edits: [replaceKey(node, entry, replacement!)],
                preferred: true,
              },
            ]
          : undefined,
      });
    }
    // The `share` protocol inside group.coordinator.rebalance.protocols (4.2 only: from 4.3 the whole key is deprecated).
    const protocols = node.settings.get('group.coordinator.rebalance.protocols');
    if (protocols && atLeast(version, '4.2') && !atLeast(version, '4.3')) {
      const items = splitList(protocols.value);
      const index = items.findIndex((item) => item.text === 'share');
      if (index >= 0) {
        report({
          range: at.span(node, protocols, items[index]),
          messageId: 'share',
          args: { since: '4.2' },
          fixes: [{ titleId: 'removeShare', edits: [removeListItem(node, protocols, items, index)] }],
        });
      }
    }
  },
});
