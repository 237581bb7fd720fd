import { splitList } from '../../parser/values';
import { at, defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'sasl-inter-broker-mechanism',
  defaultSeverity: 'error',
  docs: {
    en: 'When brokers talk to each other over SASL_PLAINTEXT or SASL_SSL, the mechanism in `sasl.mechanism.inter.broker.protocol` (default GSSAPI) must be enabled in `sasl.enabled.mechanisms` (or its `listener.name.<name>.` override). Kafka checks this on every role.',
    zh: '当 broker 之间使用 SASL_PLAINTEXT 或 SASL_SSL 通信时，`sasl.mechanism.inter.broker.protocol`（默认 GSSAPI）指定的机制必须在 `sasl.enabled.mechanisms`（或其 `listener.name.<name>.` 覆盖项）中启用。Kafka 对每种角色都做此检查。',
  },
  messages: {
    en: {
      missing:
        'Kafka refuses to start: sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms when SASL is used for inter-broker communication ({mechanism} is not in [{enabled}]).',
    },
    zh: {
      missing:
        'Kafka 拒绝启动：broker 间通信使用 SASL 时，sasl.mechanism.inter.broker.protocol 必须包含在 sasl.enabled.mechanisms 中（{mechanism} 不在 [{enabled}] 中）。',
    },
  },
  check({ node, report }) {
    if (!node.settings.has('process.roles')) return;
    const name = node.interBrokerListenerName;
    const protocol = node.protocolMap.get(name) ?? (node.settings.has('inter.broker.listener.name') ? undefined : name);
    if (protocol !== 'SASL_PLAINTEXT' && protocol !== 'SASL_SSL') return;
    const mechanismEntry = node.settings.get('sasl.mechanism.inter.broker.protocol');
    const mechanism = mechanismEntry?.value.trim() || 'GSSAPI';
    const enabledEntry =
      node.settings.get(`listener.name.${name.toLowerCase()}.sasl.enabled.mechanisms`) ??
      node.settings.get('sasl.enabled.mechanisms');
    const enabled = enabledEntry ? splitList(enabledEntry.value).map((item) => item.text) : ['GSSAPI'];
    if (enabled.includes(mechanism) || /\$\{/.test(enabledEntry?.value ?? '') || /\$\{/.test(mechanism)) return;
    const anchor = mechanismEntry ?? enabledEntry;
    report({
      range: mechanismEntry ? at.value(node, mechanismEntry) : anchor ? at.key(node, anchor) : at.fileEnd(node),
      messageId: 'missing',
      args: { mechanism, enabled: enabled.join(', ') },
    });
  },
});
