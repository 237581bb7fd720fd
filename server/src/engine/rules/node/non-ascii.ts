import { keyRange, valueRange } from '../../parser/values';
import { defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'non-ascii',
  defaultSeverity: 'warning',
  docs: {
    en: 'Kafka reads server.properties as ISO-8859-1. Characters outside ASCII in keys or values arrive garbled unless written as `\\uXXXX` escapes. Comments are not affected.',
    zh: 'Kafka 以 ISO-8859-1 读取 server.properties。键或值中的非 ASCII 字符会变成乱码，除非写成 `\\uXXXX` 转义。注释不受影响。',
  },
  messages: {
    en: {
      value:
        'Non-ASCII characters in "{key}": Kafka reads the file as ISO-8859-1 and will see garbled text. Use \\uXXXX escapes or plain ASCII.',
      latin1:
        'Non-ASCII characters in "{key}": this file is saved as ISO-8859-1, so Kafka reads them exactly as shown; tools that assume UTF-8 may garble them when they save the file. \\uXXXX escapes are safer.',
    },
    zh: {
      value: '"{key}" 中含有非 ASCII 字符：Kafka 以 ISO-8859-1 读取文件，会得到乱码。请改用 \\uXXXX 转义或纯 ASCII。',
      latin1:
        '"{key}" 中含有非 ASCII 字符：此文件以 ISO-8859-1 保存，Kafka 会按原样读取；但假定 UTF-8 的工具保存时可能把它们变成乱码。使用 \\uXXXX 转义更稳妥。',
    },
  },
  check({ node, report }) {
    // Bytes read as ISO-8859-1 are exactly what Kafka sees: only advice, not a warning.
    const latin1 = node.encoding === 'latin1';
    const messageId = latin1 ? 'latin1' : 'value';
    const severity = latin1 ? 'information' : undefined;
    // Most files are plain ASCII: one look at the whole text settles them.
    if (!/[^\x00-\x7f]/.test(node.doc.text)) return;
    for (const entry of node.doc.entries) {
      const rawKey = node.doc.text.slice(entry.keyStart, entry.keyEnd);
      const rawValue = node.doc.text.slice(entry.valueStart, entry.valueEnd);
      if (/[^\x00-\x7f\ufeff]/.test(rawKey))
        report({ range: keyRange(node.doc, entry), messageId, severity, args: { key: entry.key } });
      else if (/[^\x00-\x7f]/.test(rawValue))
        report({ range: valueRange(node.doc, entry), messageId, severity, args: { key: entry.key } });
    }
  },
});
