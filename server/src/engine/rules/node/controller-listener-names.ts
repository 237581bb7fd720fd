import { atLeast } from '../../catalog';
import { controllerNames } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';
import { insertSetting, removeListItem, setSetting } from '../edits';

export default defineNodeRule({
  code: 'controller-listener-names',
  defaultSeverity: 'error',
  docs: {
    en: '`controller.listener.names` names the listener(s) of the controller quorum, compared exactly as written (Kafka upper-cases listener names, so write them in upper case). A controller must list each of them in `listeners`; a broker-only node must not listen on them but uses the first one to reach the controllers.',
    zh: '`controller.listener.names` 指定控制器仲裁使用的监听器，按原样比较（Kafka 会把监听器名称转为大写，所以请用大写书写）。控制器必须在 `listeners` 中列出每一个；只有 broker 角色的节点不能监听它们，但会用第一个名称连接控制器。',
  },
  messages: {
    en: {
      missing:
        'Kafka refuses to start: controller.listener.names must contain at least one value (e.g. controller.listener.names=CONTROLLER).',
      notInListeners:
        "Kafka refuses to start: controller.listener.names must only contain values appearing in the 'listeners' configuration when running the KRaft controller role ({name} is not a listener name).",
      lowerCase:
        'Kafka refuses to start: {name} is compared as written, but listener names are upper-cased ({upper}). Write controller.listener.names={upper}.',
      brokerListens:
        "Kafka refuses to start: controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role ({name}).",
      multipleOnBroker:
        'controller.listener.names has multiple entries; only the first ({name}) is used on a broker-only node.',
      add: 'Add controller.listener.names=CONTROLLER',
      upper: 'Write {upper}',
      removeListener: 'Remove {name} from listeners',
      addListener: "Add {listener} to listeners (the port of this node's voter entry)",
    },
    zh: {
      missing:
        'Kafka 拒绝启动：controller.listener.names 至少需要一个值（例如 controller.listener.names=CONTROLLER）。',
      notInListeners:
        "Kafka 拒绝启动：运行控制器角色时，controller.listener.names 中只能包含 'listeners' 里出现的名称（{name} 不是监听器名称）。",
      lowerCase:
        'Kafka 拒绝启动：{name} 按原样比较，但监听器名称会被转为大写（{upper}）。请写成 controller.listener.names={upper}。',
      brokerListens:
        "Kafka 拒绝启动：只有 broker 角色时，controller.listener.names 不能包含 'listeners' 中出现的名称（{name}）。",
      multipleOnBroker: 'controller.listener.names 有多个条目；只有 broker 角色的节点只使用第一个（{name}）。',
      add: '添加 controller.listener.names=CONTROLLER',
      upper: '改写为 {upper}',
      removeListener: '从 listeners 中删除 {name}',
      addListener: '在 listeners 中添加 {listener}（本节点投票者条目的端口）',
    },
  },
  check({ node, version, report }) {
    if (!node.settings.has('process.roles') || node.roles.size === 0) return;
    const entry = node.settings.get('controller.listener.names');
    const names = controllerNames(node).filter((name) => name !== '');
    if (!entry || names.length === 0) {
      // 4.2+ refuses an empty value at parse time (invalid-value reports it); report a missing key here.
      if (entry && atLeast(version, '4.2')) return;
      report({
        range: entry
          ? at.key(node, entry)
          : node.settings.has('listeners')
            ? at.key(node, node.settings.get('listeners')!)
            : at.fileEnd(node),
        messageId: 'missing',
        fixes: entry
          ? undefined
          : [
              {
                titleId: 'add',
                edits: [insertSetting(node, 'controller.listener.names', 'CONTROLLER', node.settings.get('listeners'))],
              },
            ],
      });
      return;
    }
    const listenerNames = new Set(
      node.listeners.map((item) => item.parsed?.name).filter((name): name is string => !!name),
    );
    if (node.isController) {
      for (const span of node.controllerListenerNames) {
        if (span.text === '' || listenerNames.has(span.text)) continue;
        const upper = span.text.trim().toUpperCase();
        if (listenerNames.has(upper)) {
          report({
            range: at.span(node, entry, span),
            messageId: 'lowerCase',
            args: { name: span.text, upper },
            fixes: [
              {
                titleId: 'upper',
                args: { upper },
                edits: [{ uri: node.uri, range: at.span(node, entry, span), newText: upper }],
                preferred: true,
              },
            ],
          });
        } else {
          // The node's own voter entry says where the controller listener must be.
          const own = node.voters.find((voter) => voter.parsed.id === node.nodeId)?.parsed.endpoint;
          const listenersEntry = node.settings.get('listeners');
          const listener = own
            ? `${span.text}://${own.host.includes(':') ? `[${own.host}]` : own.host}:${own.port}`
            : undefined;
          const value =
            listener && (listenersEntry?.value.trim() ? `${listenersEntry.value.trim()},${listener}` : listener);
          const fixes = value
            ? [
                {
                  titleId: 'addListener',
                  args: { listener: listener! },
                  edits: [setSetting(node, 'listeners', value, entry)],
                  preferred: true,
                },
              ]
            : undefined;
          report({ range: at.span(node, entry, span), messageId: 'notInListeners', args: { name: span.text }, fixes });
        }
      }
    } else if (node.isBroker) {
      const listenersEntry = node.settings.get('listeners');
      node.listeners.forEach((item, index) => {
        if (!item.parsed || !names.includes(item.parsed.name)) return;
        const fixes = listenersEntry
          ? [
              {
                titleId: 'removeListener',
                args: { name: item.parsed.name },
                edits: [
                  removeListItem(
                    node,
                    listenersEntry,
                    node.listeners.map((l) => l.span),
                    index,
                  ),
                ],
                preferred: true,
              },
            ]
          : undefined;
        report({
          range: listenersEntry ? at.span(node, listenersEntry, item.span) : at.value(node, entry),
          messageId: 'brokerListens',
          args: { name: item.parsed.name },
          fixes,
        });
      });
      if (names.length > 1)
        report({
          range: at.value(node, entry),
          messageId: 'multipleOnBroker',
          args: { name: names[0] },
          severity: 'information',
        });
    }
  },
});
