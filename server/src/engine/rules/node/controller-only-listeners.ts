import { controllerNames } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';
import { removeListItem } from '../edits';

export default defineNodeRule({
  code: 'controller-only-listeners',
  defaultSeverity: 'error',
  docs: {
    en: 'A controller-only node (`process.roles=controller`) may only listen on its controller listeners. Any other listener, including the default `PLAINTEXT://:9092` when `listeners` is not set, makes Kafka refuse to start. Do not set `inter.broker.listener.name` to a controller listener there either.',
    zh: '只有控制器角色的节点（`process.roles=controller`）只能监听控制器监听器。任何其他监听器（包括未设置 `listeners` 时的默认 `PLAINTEXT://:9092`）都会导致 Kafka 拒绝启动。也不要把 `inter.broker.listener.name` 设为控制器监听器。',
  },
  messages: {
    en: {
      extra:
        'Kafka refuses to start: The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller ({name} is not a controller listener).',
      defaulted:
        'Kafka refuses to start: listeners is not set, so the default PLAINTEXT://:9092 applies, and a controller-only node may only listen on controller listeners. Set listeners=CONTROLLER://:9093.',
      interBroker:
        'Kafka refuses to start: controller.listener.names must not contain an explicitly set inter.broker.listener.name configuration value when process.roles=controller.',
      remove: 'Remove {name} from listeners',
    },
    zh: {
      extra:
        'Kafka 拒绝启动：process.roles=controller 时，listeners 只能包含 controller.listener.names 中的控制器监听器（{name} 不是控制器监听器）。',
      defaulted:
        'Kafka 拒绝启动：未设置 listeners，因此使用默认的 PLAINTEXT://:9092，而只有控制器角色的节点只能监听控制器监听器。请设置 listeners=CONTROLLER://:9093。',
      interBroker:
        'Kafka 拒绝启动：process.roles=controller 时，controller.listener.names 不能包含显式设置的 inter.broker.listener.name 的值。',
      remove: '从 listeners 中删除 {name}',
    },
  },
  check({ node, report }) {
    if (!node.isController || node.isBroker) return;
    const names = new Set(controllerNames(node));
    if (names.size === 0) return;
    const entry = node.settings.get('listeners');
    if (!entry) {
      report({ range: at.fileEnd(node), messageId: 'defaulted' });
    } else {
      node.listeners.forEach((item, index) => {
        if (!item.parsed || names.has(item.parsed.name)) return;
        report({
          range: at.span(node, entry, item.span),
          messageId: 'extra',
          args: { name: item.parsed.name },
          fixes: [
            {
              titleId: 'remove',
              args: { name: item.parsed.name },
              edits: [
                removeListItem(
                  node,
                  entry,
                  node.listeners.map((l) => l.span),
                  index,
                ),
              ],
              preferred: true,
            },
          ],
        });
      });
    }
    const ibl = node.settings.get('inter.broker.listener.name');
    if (ibl && names.has(ibl.value.trim())) report({ range: at.value(node, ibl), messageId: 'interBroker' });
  },
});
