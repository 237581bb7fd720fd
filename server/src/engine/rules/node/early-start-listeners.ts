import { splitList } from '../../parser/values';
import { controllerNames } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'early-start-listeners',
  defaultSeverity: 'error',
  docs: {
    en: '`early.start.listeners` lists listeners that start accepting connections before the authorizer is ready. Each must be a listener of `listeners` or a controller listener.',
    zh: '`early.start.listeners` 列出在授权器就绪前就开始接受连接的监听器。每一个都必须是 `listeners` 中的监听器或控制器监听器。',
  },
  messages: {
    en: {
      unknown:
        'Kafka refuses to start: early.start.listeners contains listener {name}, but this is not contained in listeners or controller.listener.names',
    },
    zh: {
      unknown:
        'Kafka 拒绝启动：early.start.listeners 包含监听器 {name}，但它不在 listeners 或 controller.listener.names 中',
    },
  },
  check({ node, report }) {
    const entry = node.settings.get('early.start.listeners');
    if (!entry || !node.settings.has('process.roles')) return;
    const known = new Set([...node.listeners.map((item) => item.parsed?.name), ...controllerNames(node)]);
    for (const item of splitList(entry.value)) {
      if (item.text && !known.has(item.text.toUpperCase()) && !/\$\{/.test(item.text))
        report({ range: at.span(node, entry, item), messageId: 'unknown', args: { name: item.text.toUpperCase() } });
    }
  },
});
