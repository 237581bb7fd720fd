import { splitList } from '../../parser/values';
import { controllerNames, type NodeConfig } from '../../workspace/node';
import { at, defineNodeRule, nodeLabel } from '../rule';
import { setSetting } from '../edits';

const isSasl = (protocol: string | undefined) => protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL';

/** The mechanisms a controller accepts on its controller listener (per-listener override first, GSSAPI by default). */
function enabledOnController(node: NodeConfig): { enabled: string[]; dynamic: boolean } {
  const name = controllerNames(node)[0] ?? '';
  const entry =
    node.settings.get(`listener.name.${name.toLowerCase()}.sasl.enabled.mechanisms`) ??
    node.settings.get('sasl.enabled.mechanisms');
  if (!entry) return { enabled: ['GSSAPI'], dynamic: false };
  return { enabled: splitList(entry.value).map((item) => item.text), dynamic: /\$\{/.test(entry.value) };
}

export default defineNodeRule({
  code: 'sasl-controller-mechanism',
  defaultSeverity: 'warning',
  docs: {
    en: 'When the controller listener uses SASL_PLAINTEXT or SASL_SSL, every node talks to the controllers with the mechanism in `sasl.mechanism.controller.protocol` (default GSSAPI), and the controllers must enable it in `sasl.enabled.mechanisms` (or `listener.name.<controller listener>.sasl.enabled.mechanisms`). Kafka does not check this at start-up: the node starts, then its authentication to the controllers fails, so brokers never register and controllers cannot reach each other. A warning, since Kafka itself accepts the file.',
    zh: '当控制器监听器使用 SASL_PLAINTEXT 或 SASL_SSL 时，每个节点都用 `sasl.mechanism.controller.protocol`（默认 GSSAPI）指定的机制连接控制器，控制器必须在 `sasl.enabled.mechanisms`（或 `listener.name.<控制器监听器>.sasl.enabled.mechanisms`）中启用它。Kafka 启动时不检查这一点：节点能启动，但之后向控制器的认证失败，broker 永远无法注册，控制器之间也无法通信。由于 Kafka 本身接受该文件，报告为警告。',
  },
  messages: {
    en: {
      own: 'This node talks to the controllers with SASL mechanism {mechanism} (sasl.mechanism.controller.protocol), but this controller only enables [{enabled}] on {listener}: authentication to the controllers will fail although Kafka starts.',
      peer: 'This node talks to the controllers with SASL mechanism {mechanism} (sasl.mechanism.controller.protocol), but {controller} only enables [{enabled}]: it will not authenticate to that controller.',
      enabledThere: 'enables [{enabled}]',
      setMechanism: 'Set sasl.mechanism.controller.protocol={mechanism}',
    },
    zh: {
      own: '本节点使用 SASL 机制 {mechanism}（sasl.mechanism.controller.protocol）连接控制器，但本控制器在 {listener} 上只启用了 [{enabled}]：虽然 Kafka 能启动，向控制器的认证会失败。',
      peer: '本节点使用 SASL 机制 {mechanism}（sasl.mechanism.controller.protocol）连接控制器，但 {controller} 只启用了 [{enabled}]：无法向该控制器认证。',
      enabledThere: '启用了 [{enabled}]',
      setMechanism: '设置 sasl.mechanism.controller.protocol={mechanism}',
    },
  },
  check({ node, peers, report }) {
    if (!node.settings.has('process.roles')) return;
    const listener = controllerNames(node)[0];
    if (!listener || !isSasl(node.protocolMap.get(listener.toUpperCase()) ?? node.protocolMap.get(listener))) return;
    const mechanismEntry = node.settings.get('sasl.mechanism.controller.protocol');
    const mechanism = mechanismEntry?.value.trim() || 'GSSAPI';
    if (/\$\{/.test(mechanism)) return;
    const range = mechanismEntry
      ? at.value(node, mechanismEntry)
      : at.key(node, node.settings.get('controller.listener.names')!);
    // A fix when the controllers agree on one mechanism this node could use instead.
    const fixFor = (enabled: string[]) =>
      enabled.length === 1
        ? [
            {
              titleId: 'setMechanism',
              args: { mechanism: enabled[0] },
              edits: [
                setSetting(
                  node,
                  'sasl.mechanism.controller.protocol',
                  enabled[0],
                  node.settings.get('controller.listener.names'),
                ),
              ],
            },
          ]
        : undefined;
    if (node.isController) {
      const { enabled, dynamic } = enabledOnController(node);
      if (!dynamic && !enabled.includes(mechanism)) {
        report({
          range,
          messageId: 'own',
          args: { mechanism, enabled: enabled.join(', '), listener },
          fixes: fixFor(enabled),
        });
        return;
      }
    }
    // The controllers of the cluster that would refuse this node's mechanism (one finding, the first such controller).
    for (const controller of peers.filter((peer) => peer.isController)) {
      if (!isSasl(controller.protocolMap.get((controllerNames(controller)[0] ?? '').toUpperCase()))) continue;
      const { enabled, dynamic } = enabledOnController(controller);
      if (dynamic || enabled.includes(mechanism)) continue;
      const enabledEntry =
        controller.settings.get(
          `listener.name.${(controllerNames(controller)[0] ?? '').toLowerCase()}.sasl.enabled.mechanisms`,
        ) ?? controller.settings.get('sasl.enabled.mechanisms');
      report({
        range,
        messageId: 'peer',
        args: { mechanism, enabled: enabled.join(', '), controller: nodeLabel(controller) },
        related: enabledEntry
          ? [
              {
                uri: controller.uri,
                range: at.value(controller, enabledEntry),
                messageId: 'enabledThere',
                args: { enabled: enabled.join(', ') },
              },
            ]
          : undefined,
        fixes: fixFor(enabled),
      });
      return;
    }
  },
});
