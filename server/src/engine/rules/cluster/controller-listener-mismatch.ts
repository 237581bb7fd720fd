import { controllerNames } from '../../workspace/node';
import { at, defineClusterRule, shortPath } from '../rule';

export default defineClusterRule({
  code: 'controller-listener-mismatch',
  defaultSeverity: 'error',
  docs: {
    en: 'Brokers reach the controllers through the first name of `controller.listener.names`, with the security protocol their own map gives that name. All nodes must agree on the name and on its protocol, or brokers knock with the wrong protocol.',
    zh: 'broker 通过 `controller.listener.names` 的第一个名称连接控制器，并使用自己的映射为该名称给出的安全协议。所有节点必须在名称和协议上一致，否则 broker 会用错误的协议连接。',
  },
  messages: {
    en: {
      name: 'controller.listener.names starts with {name} here but with {other} on {file}; brokers use their own name to pick the protocol and its settings, so keeping one name everywhere avoids surprises.',
      protocol:
        'The controller listener {name} uses {protocol} here but {other} on {file}; brokers and controllers must agree on its protocol.',
      other: 'the other setting',
    },
    zh: {
      name: '这里 controller.listener.names 以 {name} 开头，而 {file} 上以 {other} 开头；broker 用自己的名称选择协议及其设置，各节点保持同一名称可以避免意外。',
      protocol:
        '控制器监听器 {name} 在这里使用 {protocol}，而在 {file} 上使用 {other}；broker 与控制器必须使用相同的协议。',
      other: '另一处设置',
    },
  },
  check({ cluster, report }) {
    const nodes = cluster.nodes.filter((node) => controllerNames(node).length > 0);
    const reference = nodes.find((node) => node.isController) ?? nodes[0];
    if (!reference) return;
    const name = controllerNames(reference)[0];
    const protocol = reference.protocolMap.get(name);
    for (const node of nodes) {
      if (node === reference) continue;
      const entry = node.settings.get('controller.listener.names')!;
      const own = controllerNames(node)[0];
      const related = [
        {
          uri: reference.uri,
          range: at.value(reference, reference.settings.get('controller.listener.names')!),
          messageId: 'other',
        },
      ];
      // Names may differ between nodes (only the protocol is negotiated); it is still worth a note.
      if (own !== name) {
        report(node.uri, {
          range: at.value(node, entry),
          messageId: 'name',
          args: { name: own, other: name, file: shortPath(reference.uri) },
          related,
          severity: 'information',
        });
      }
      const ownProtocol = node.protocolMap.get(own);
      if (protocol && ownProtocol && ownProtocol !== protocol) {
        const mapEntry = node.settings.get('listener.security.protocol.map');
        report(node.uri, {
          range: mapEntry ? at.value(node, mapEntry) : at.value(node, entry),
          messageId: 'protocol',
          args: { name: own, protocol: ownProtocol, other: protocol, file: shortPath(reference.uri) },
          related,
        });
      }
    }
  },
});
