import { at, defineNodeRule } from '../rule';
import { removeEntry } from '../edits';

export default defineNodeRule({
  code: 'duplicate-key',
  defaultSeverity: 'warning',
  docs: {
    en: 'When a key appears twice, Kafka keeps the last value and silently drops the earlier one. The earlier line is misleading: remove it or merge the two.',
    zh: '同一个键出现两次时，Kafka 只保留最后一个值，前面的值被静默丢弃。前面那行容易误导，请删除或合并。',
  },
  messages: {
    en: {
      shadowed: '"{key}" is set again on line {line}; Kafka uses that later value and ignores this one.',
      removeLine: 'Remove the ineffective "{key}" line',
      later: 'the value Kafka uses',
    },
    zh: {
      shadowed: '"{key}" 在第 {line} 行再次设置；Kafka 使用后面的值，忽略这一行。',
      removeLine: '删除无效的 "{key}" 行',
      later: 'Kafka 实际使用的值',
    },
  },
  check({ node, report }) {
    for (const entry of node.shadowed) {
      const winner = node.settings.get(entry.key)!;
      const winnerRange = at.key(node, winner);
      report({
        range: at.key(node, entry),
        messageId: 'shadowed',
        args: { key: entry.key, line: winnerRange.start.line + 1 },
        unnecessary: true,
        related: [{ uri: node.uri, range: winnerRange, messageId: 'later' }],
        // Removing a line whose value differs loses what the user wrote (often the value they meant): offered only.
        fixes: [
          {
            titleId: 'removeLine',
            args: { key: entry.key },
            edits: [removeEntry(node, entry)],
            preferred: entry.value.trim() === winner.value.trim(),
          },
        ],
      });
    }
  },
});
