import { offsetRange } from '../../parser/values';
import { defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'properties-syntax',
  defaultSeverity: 'error',
  docs: {
    en: 'A `\\u` escape must be followed by exactly four hexadecimal digits. Java refuses to load the whole file otherwise, so Kafka does not start.',
    zh: '`\\u` 转义后必须紧跟四位十六进制数字，否则 Java 无法加载整个文件，Kafka 不会启动。',
  },
  messages: {
    en: {
      malformedUnicode:
        'Malformed \\uxxxx escape: Java stops loading this file ("Malformed \\uxxxx encoding.") and Kafka does not start. Write four hex digits or remove the backslash.',
    },
    zh: {
      malformedUnicode:
        '\\uxxxx 转义格式错误：Java 会在加载此文件时失败（"Malformed \\uxxxx encoding."），Kafka 无法启动。请写满四位十六进制数字或删除反斜杠。',
    },
  },
  check({ node, report }) {
    for (const problem of node.doc.problems) {
      report({ range: offsetRange(node.doc, problem.start, problem.end), messageId: 'malformedUnicode' });
    }
  },
});
