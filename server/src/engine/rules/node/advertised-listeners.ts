import { atLeast } from '../../catalog';
import { hostOf } from '../../workspace/cluster';
import { controllerNames, effectiveBrokerAdvertised } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';
import { removeListItem } from '../edits';

export default defineNodeRule({
  code: 'advertised-listeners',
  defaultSeverity: 'error',
  docs: {
    en: '`advertised.listeners` is what clients and other nodes are told to connect to (it defaults to `listeners`). Its names must be listener names of `listeners`, it must keep at least one non-controller listener on brokers, and it must never advertise `0.0.0.0`. Kafka 3.5-3.8 also refuse controller listeners in it.',
    zh: '`advertised.listeners` 是告诉客户端和其他节点去连接的地址（默认与 `listeners` 相同）。其中的名称必须是 `listeners` 里的监听器名称，broker 至少要保留一个非控制器监听器，并且绝不能通告 `0.0.0.0`。Kafka 3.5-3.8 还不允许其中出现控制器监听器。',
  },
  messages: {
    en: {
      wildcard:
        'Kafka refuses to start: advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.',
      wildcardDefault:
        "Kafka refuses to start: listeners binds 0.0.0.0 and advertised.listeners is not set, so Kafka would advertise the nonroutable meta-address 0.0.0.0. Set advertised.listeners with this host's address.",
      notSubset:
        'Kafka refuses to start: advertised.listeners listener names must be equal to or a subset of the ones defined in listeners ({name} is not in listeners).',
      noBrokerListener:
        'Kafka refuses to start: There must be at least one broker advertised listener. Perhaps all listeners appear in controller.listener.names?',
      legacyControllerOnly:
        'Kafka {version} refuses to start: The advertised.listeners config must be empty when process.roles=controller.',
      legacyBroker:
        'Kafka {version} refuses to start: The advertised.listeners config must not contain KRaft controller listeners from controller.listener.names when process.roles contains the broker role ({name}).',
      useHost: 'Advertise {host} instead of 0.0.0.0',
      remove: 'Remove {name} from advertised.listeners',
    },
    zh: {
      wildcard: 'Kafka 拒绝启动：advertised.listeners 不能使用不可路由的元地址 0.0.0.0，请使用可路由的 IP 地址。',
      wildcardDefault:
        'Kafka 拒绝启动：listeners 绑定了 0.0.0.0 且未设置 advertised.listeners，Kafka 会通告不可路由的 0.0.0.0。请用本机地址设置 advertised.listeners。',
      notSubset:
        'Kafka 拒绝启动：advertised.listeners 中的监听器名称必须是 listeners 中名称的子集（{name} 不在 listeners 中）。',
      noBrokerListener:
        'Kafka 拒绝启动：至少需要一个 broker 通告监听器。是不是所有监听器都写进了 controller.listener.names？',
      legacyControllerOnly: 'Kafka {version} 拒绝启动：process.roles=controller 时 advertised.listeners 必须为空。',
      legacyBroker:
        'Kafka {version} 拒绝启动：process.roles 含 broker 时，advertised.listeners 不能包含 controller.listener.names 中的控制器监听器（{name}）。',
      useHost: '用 {host} 代替 0.0.0.0 进行通告',
      remove: '从 advertised.listeners 中删除 {name}',
    },
  },
  check({ node, version, report }) {
    if (!node.settings.has('process.roles') || node.roles.size === 0) return;
    const entry = node.advertisedEntry;
    const names = new Set(controllerNames(node));
    const legacy = !atLeast(version, '3.9');
    const host = hostOf(node);
    const spans = node.advertised.map((item) => item.span);
    if (entry && legacy && node.isController && !node.isBroker && node.advertised.length > 0) {
      report({ range: at.value(node, entry), messageId: 'legacyControllerOnly', args: { version } });
    }
    if (entry) {
      const listenerNames = new Set(node.listeners.map((item) => item.parsed?.name));
      node.advertised.forEach((item, index) => {
        const parsed = item.parsed;
        if (!parsed) return;
        const isController = names.has(parsed.name);
        // Kafka refuses the literal 0.0.0.0 only (`::` passes its check): not isWildcardHost.
        if (parsed.host === '0.0.0.0' && (node.isBroker || isController)) {
          const fixes =
            host && host !== 'localhost'
              ? [
                  {
                    titleId: 'useHost',
                    args: { host },
                    edits: [{ uri: node.uri, range: at.span(node, entry, parsed.hostSpan), newText: host }],
                    preferred: true,
                  },
                ]
              : undefined;
          report({ range: at.span(node, entry, parsed.hostSpan), messageId: 'wildcard', fixes });
        }
        const remove = [
          {
            titleId: 'remove',
            args: { name: parsed.name },
            edits: [removeListItem(node, entry, spans, index)],
            preferred: true,
          },
        ];
        if (node.isBroker && isController && legacy) {
          report({
            range: at.span(node, entry, item.span),
            messageId: 'legacyBroker',
            args: { version, name: parsed.name },
            fixes: remove,
          });
        } else if (node.isBroker && !isController && !listenerNames.has(parsed.name)) {
          report({
            range: at.span(node, entry, parsed.nameSpan),
            messageId: 'notSubset',
            args: { name: parsed.name },
            fixes: remove,
          });
        }
      });
    }
    if (!node.isBroker) return;
    const brokerAdvertised = effectiveBrokerAdvertised(node);
    if (brokerAdvertised.length === 0 && node.listeners.every((item) => item.parsed)) {
      report({
        range: entry
          ? at.value(node, entry)
          : node.settings.has('listeners')
            ? at.key(node, node.settings.get('listeners')!)
            : at.fileEnd(node),
        messageId: 'noBrokerListener',
      });
    }
    if (!entry) {
      const listenersEntry = node.settings.get('listeners');
      for (const item of brokerAdvertised) {
        if (item.parsed?.host === '0.0.0.0' && listenersEntry) {
          report({ range: at.span(node, listenersEntry, item.parsed.hostSpan), messageId: 'wildcardDefault' });
        }
      }
    }
  },
});
