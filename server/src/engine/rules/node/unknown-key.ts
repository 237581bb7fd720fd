import { keyFacts, lookupKey, suggestKey } from '../../catalog';
import { checkValue } from '../../catalog/check-value';
import { valueOf, type NodeConfig } from '../../workspace/node';
import { matchesAny } from '../../workspace/detect';
import { at, defineNodeRule } from '../rule';
import { replaceKey } from '../edits';

const MAX_SUGGESTIONS = 200;

/** Prefixes of keys that Kafka hands on to a distributor's own code: not Apache Kafka keys, not checked here. */
const VENDOR_PREFIXES = ['confluent.'];

/** Keys Kafka passes on to the remote-storage plugins: `rsm.config.*`, `rlmm.config.*`, or the prefixes configured. */
function pluginPrefixes(node: NodeConfig): string[] {
  return ['remote.log.storage.manager.impl.prefix', 'remote.log.metadata.manager.impl.prefix']
    .map((key) => valueOf(node, key) ?? keyFacts(key)?.default ?? '')
    .filter((prefix): prefix is string => typeof prefix === 'string' && prefix !== '');
}

export default defineNodeRule({
  code: 'unknown-key',
  defaultSeverity: 'warning',
  explains: ['duplicate-key', 'non-ascii', 'invalid-value'],
  docs: {
    en: 'Kafka silently ignores keys it does not define, so a typo such as `advertised.Listeners` leaves the real setting at its default. The check knows every key of the target Kafka version, per-listener overrides (`listener.name.<name>.<key>`), config-provider keys and the keys Kafka passes on to the remote-storage plugins (`rsm.config.*`, `rlmm.config.*`, or the prefixes set in `remote.log.storage.manager.impl.prefix` / `remote.log.metadata.manager.impl.prefix`). Vendor keys (`confluent.*`) are information: another distribution reads them. Keys of plugins can be accepted in the `kraft.validation.acceptedUnknownKeys` setting.',
    zh: 'Kafka 会静默忽略未定义的键，因此像 `advertised.Listeners` 这样的拼写错误会让真正的配置保持默认值。本检查了解目标 Kafka 版本的所有键、按监听器覆盖的键（`listener.name.<name>.<key>`）、配置提供者的键，以及 Kafka 转交给远程存储插件的键（`rsm.config.*`、`rlmm.config.*`，或 `remote.log.storage.manager.impl.prefix` / `remote.log.metadata.manager.impl.prefix` 设置的前缀）。发行商的键（`confluent.*`）只作为提示：由其他发行版读取。插件的键可以加入 `kraft.validation.acceptedUnknownKeys` 设置。',
  },
  messages: {
    en: {
      unknownWithSuggestion: 'Unknown key "{key}": Kafka ignores it. Did you mean "{suggestion}"?',
      unknown: 'Unknown key "{key}": Kafka {version} does not define it and ignores it.',
      newer: '"{key}" does not exist in Kafka {version} (it appeared in {from}); this version ignores it.',
      rename: 'Rename to "{suggestion}"',
      accept: 'Accept "{key}" as a known key',
      vendor:
        '"{key}" is a vendor key ({prefix}), not an Apache Kafka one: not checked here. Apache Kafka ignores it; the vendor\'s distribution reads it.',
    },
    zh: {
      unknownWithSuggestion: '未知的键 "{key}"：Kafka 会忽略它。是否想写 "{suggestion}"？',
      unknown: '未知的键 "{key}"：Kafka {version} 没有定义它，会忽略。',
      newer: 'Kafka {version} 中没有 "{key}"（从 {from} 开始才有），此版本会忽略它。',
      rename: '改名为 "{suggestion}"',
      accept: '将 "{key}" 视为已知键',
      vendor:
        '"{key}" 是发行商的键（{prefix}），不是 Apache Kafka 的键：此处不检查。Apache Kafka 会忽略它，由该发行商的版本读取。',
    },
  },
  check({ node, version, acceptedUnknownKeys, report }) {
    let unknownCount = 0;
    const renamedTo = new Set<string>();
    const plugins = pluginPrefixes(node);
    for (const entry of node.doc.entries) {
      // The user's setting: exact names or globs (`confluent.*`), matched like file globs.
      if (matchesAny(entry.key, acceptedUnknownKeys)) continue;
      if (plugins.some((prefix) => entry.key.startsWith(prefix) && entry.key.length > prefix.length)) continue;
      const lookup = lookupKey(entry.key, version);
      if (lookup.status === 'newer') {
        report({
          range: at.key(node, entry),
          messageId: 'newer',
          args: { key: entry.key, version, from: lookup.facts?.from ?? '?' },
        });
        continue;
      }
      if (lookup.status !== 'unknown') continue;
      const vendor = VENDOR_PREFIXES.find((prefix) => entry.key.startsWith(prefix));
      if (vendor) {
        report({
          range: at.key(node, entry),
          messageId: 'vendor',
          args: { key: entry.key, prefix: `${vendor}*` },
          severity: 'information',
        });
        continue;
      }
      // A file of thousands of foreign keys is not a server config typo: stop guessing after a while.
      const suggestion = ++unknownCount <= MAX_SUGGESTIONS ? suggestKey(entry.key, version) : undefined;
      if (suggestion) {
        const takenByEarlierRename = renamedTo.has(suggestion);
        renamedTo.add(suggestion);
        const facts = keyFacts(suggestion);
        // An empty value is ignored under the typo but would replace the default under the real name.
        const valueFits = entry.value.trim() !== '' && (!facts || !checkValue(facts, entry.value, version, suggestion));
        report({
          range: at.key(node, entry),
          messageId: 'unknownWithSuggestion',
          args: { key: entry.key, suggestion },
          // A rename onto a key the file already sets (or that an earlier rename takes) would shadow or lose a value,
          // and one whose value the renamed key refuses would stop Kafka: still offered, never applied automatically.
          fixes: [
            {
              titleId: 'rename',
              args: { suggestion },
              edits: [replaceKey(node, entry, suggestion)],
              preferred: !node.settings.has(suggestion) && !takenByEarlierRename && valueFits,
            },
          ],
        });
      } else {
        report({ range: at.key(node, entry), messageId: 'unknown', args: { key: entry.key, version } });
      }
    }
  },
});
