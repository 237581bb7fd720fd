import { offsetRange } from '../../parser/values';
import { defineNodeRule } from '../rule';

// Kafka loads server.properties through Properties.load(InputStream), which reads ISO-8859-1: a UTF-8 BOM
// becomes three characters glued to the first line.
export default defineNodeRule({
  code: 'byte-order-mark',
  defaultSeverity: 'warning',
  docs: {
    en: 'Kafka reads the file as ISO-8859-1, so a UTF-8 byte order mark becomes part of the first line. When that line is a setting, Kafka sees a different key and ignores the setting.',
    zh: 'Kafka 以 ISO-8859-1 读取配置文件，UTF-8 BOM 会变成第一行开头的字符。如果第一行是配置项，Kafka 会把它当成另一个键而忽略。',
  },
  messages: {
    en: {
      bom: 'The file starts with a UTF-8 byte order mark. Kafka reads it as ISO-8859-1 and glues the mark to the first line; save the file without BOM.',
      bomOnKey:
        'The UTF-8 byte order mark is glued to the key "{key}": Kafka sees a different key and ignores this setting. Save the file without BOM.',
    },
    zh: {
      bom: '文件以 UTF-8 BOM 开头。Kafka 按 ISO-8859-1 读取，会把它粘到第一行上；请以无 BOM 方式保存。',
      bomOnKey: 'UTF-8 BOM 粘在键 "{key}" 前面：Kafka 看到的是另一个键，会忽略这项设置。请以无 BOM 方式保存。',
    },
  },
  check({ node, report }) {
    if (!node.doc.hasBom) return;
    const first = node.doc.entries[0];
    const onFirstLine =
      first && node.doc.lineStarts.length > 0 && first.keyStart < (node.doc.lineStarts[1] ?? Infinity);
    const fix = {
      titleId: 'removeBom',
      edits: [{ uri: node.uri, range: offsetRange(node.doc, 0, 1), newText: '' }],
      preferred: true,
    };
    if (onFirstLine) {
      report({
        range: offsetRange(node.doc, first.keyStart, first.keyEnd),
        messageId: 'bomOnKey',
        args: { key: first.key },
        severity: 'error',
        fixes: [fix],
      });
    } else {
      report({ range: offsetRange(node.doc, 0, 1), messageId: 'bom', fixes: [fix] });
    }
  },
});
