import { controllerNames, effectiveBrokerAdvertised } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';
import { removeEntry, setSetting } from '../edits';

export default defineNodeRule({
  code: 'inter-broker-listener',
  defaultSeverity: 'error',
  docs: {
    en: 'Brokers replicate over the listener named by `inter.broker.listener.name` (when unset: the listener named like `security.inter.broker.protocol`, default `PLAINTEXT`). It must be an advertised, non-controller listener with a protocol mapping, and only one of the two keys may be set.',
    zh: 'broker 之间通过 `inter.broker.listener.name` 指定的监听器复制数据（未设置时使用与 `security.inter.broker.protocol` 同名的监听器，默认 `PLAINTEXT`）。它必须是已通告的非控制器监听器并有协议映射，而且两个键只能设置其一。',
  },
  messages: {
    en: {
      both: 'Kafka refuses to start: Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.',
      unmapped:
        'Kafka refuses to start: Listener with name {name} defined in inter.broker.listener.name not found in listener.security.protocol.map.',
      notAdvertised:
        'Kafka refuses to start: inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are {options}',
      implicitNotAdvertised:
        'Kafka refuses to start: inter.broker.listener.name is not set, so brokers replicate over a listener named {name}, which this node does not advertise. The valid options based on currently configured listeners are {options}',
      removeProtocol: 'Remove security.inter.broker.protocol',
      setName: 'Set inter.broker.listener.name={name}',
    },
    zh: {
      both: 'Kafka 拒绝启动：inter.broker.listener.name 和 security.inter.broker.protocol 只能设置其中一个。',
      unmapped:
        'Kafka 拒绝启动：inter.broker.listener.name 中的监听器 {name} 在 listener.security.protocol.map 中找不到。',
      notAdvertised:
        'Kafka 拒绝启动：inter.broker.listener.name 必须是 advertised.listeners 中定义的监听器名称。根据当前监听器，可选值为 {options}',
      implicitNotAdvertised:
        'Kafka 拒绝启动：未设置 inter.broker.listener.name，因此 broker 之间使用名为 {name} 的监听器复制，而本节点没有通告它。根据当前监听器，可选值为 {options}',
      removeProtocol: '删除 security.inter.broker.protocol',
      setName: '设置 inter.broker.listener.name={name}',
    },
  },
  check({ node, report }) {
    if (!node.settings.has('process.roles') || node.roles.size === 0) return;
    const ibl = node.settings.get('inter.broker.listener.name');
    const sibp = node.settings.get('security.inter.broker.protocol');
    if (ibl && sibp) {
      report({
        range: at.key(node, sibp),
        messageId: 'both',
        fixes: [{ titleId: 'removeProtocol', edits: [removeEntry(node, sibp)], preferred: true }],
      });
      return;
    }
    const name = node.interBrokerListenerName;
    if (ibl && name && !node.protocolMap.has(name)) {
      report({ range: at.value(node, ibl), messageId: 'unmapped', args: { name } });
      return;
    }
    if (!node.isBroker || node.listeners.some((item) => !item.parsed)) return;
    const advertised = effectiveBrokerAdvertised(node).map((item) => item.parsed!.name);
    if (advertised.length === 0 || advertised.includes(name)) return;
    const options = advertised.join(',');
    const candidate = advertised.find((option) => !controllerNames(node).includes(option));
    const fixes = candidate
      ? [
          {
            titleId: 'setName',
            args: { name: candidate },
            edits: [
              setSetting(
                node,
                'inter.broker.listener.name',
                candidate,
                node.advertisedEntry ?? node.settings.get('listeners'),
              ),
            ],
            preferred: true,
          },
        ]
      : undefined;
    if (ibl) report({ range: at.value(node, ibl), messageId: 'notAdvertised', args: { options }, fixes });
    else {
      const anchor = node.advertisedEntry ?? node.settings.get('listeners');
      report({
        range: anchor ? at.key(node, anchor) : at.fileEnd(node),
        messageId: 'implicitNotAdvertised',
        args: { name, options },
        fixes,
      });
    }
  },
});
