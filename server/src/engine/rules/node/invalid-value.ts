import { lookupKey } from '../../catalog';
import { checkValue, isTemplate } from '../../catalog/check-value';
import { splitList } from '../../parser/values';
import { at, defineNodeRule } from '../rule';
import { replaceSpan, replaceValue } from '../edits';

export default defineNodeRule({
  code: 'invalid-value',
  defaultSeverity: 'error',
  explains: ['non-ascii'],
  docs: {
    en: "Every value is checked as Kafka's ConfigDef parses it: booleans, numbers and their ranges, allowed values (case-sensitive where Kafka is), class names and list items. Kafka refuses to start on any of these. Values filled in by a config provider declared in `config.providers` (`${file:...}`, `${env:...}`) are not judged; template placeholders of other tools are, because Kafka reads them literally.",
    zh: '按 Kafka ConfigDef 的解析方式检查每个值：布尔值、数字及其范围、允许的取值（Kafka 区分大小写时同样区分）、类名和列表元素。任何一项不合法 Kafka 都会拒绝启动。由 `config.providers` 中声明的配置提供者填充的值（`${file:...}`、`${env:...}`）不做判断；其他工具的模板占位符仍会判断，因为 Kafka 会原样读取它们。',
  },
  messages: {
    en: {
      template:
        'Kafka reads this template placeholder literally (no config provider resolves it) and refuses to start: {kafka}. Render the template before starting Kafka, or use a config provider (${env:VAR} with config.providers=env).',
      invalid: 'Kafka refuses to start: {kafka}',
      replace: 'Replace with "{suggestion}"',
      secret: 'Kafka refuses to start: the value of {key} is not valid for its type {type}.',
    },
    zh: {
      template:
        'Kafka 会原样读取这个模板占位符（没有配置提供者解析它），并拒绝启动：{kafka}。请在启动 Kafka 前渲染模板，或使用配置提供者（${env:VAR} 并设置 config.providers=env）。',
      invalid: 'Kafka 拒绝启动：{kafka}',
      replace: '替换为 "{suggestion}"',
      secret: 'Kafka 拒绝启动：{key} 的值不符合其类型 {type}。',
    },
  },
  check({ node, version, report }) {
    const providers = splitList(node.settings.get('config.providers')?.value ?? '').map((item) => item.text);
    for (const [key, entry] of node.settings) {
      const lookup = lookupKey(key, version);
      if (!lookup.facts || (lookup.status !== 'known' && lookup.status !== 'prefixed')) continue;
      const problem = checkValue(lookup.facts, entry.value, version, key, providers);
      if (!problem) continue;
      const range = problem.item ? at.span(node, entry, problem.item) : at.value(node, entry);
      const suggestion = problem.suggestion;
      const fixes = suggestion
        ? [
            {
              titleId: 'replace',
              args: { suggestion },
              edits: [
                problem.item
                  ? replaceSpan(node, entry, problem.item, suggestion)
                  : replaceValue(node, entry, suggestion),
              ],
              preferred: true,
            },
          ]
        : undefined;
      if (isTemplate(entry.value)) {
        report({ range, messageId: 'template', args: { kafka: problem.kafkaMessage } });
      } else if (lookup.facts.type === 'PASSWORD') {
        report({ range, messageId: 'secret', args: { key, type: lookup.facts.type } });
      } else {
        report({ range, messageId: 'invalid', args: { kafka: problem.kafkaMessage }, fixes });
      }
    }
  },
});
