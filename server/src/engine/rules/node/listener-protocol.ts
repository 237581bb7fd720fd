import { SECURITY_PROTOCOLS } from '../../catalog';
import { controllerNames } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';
import { insertSetting, replaceValue } from '../edits';

export default defineNodeRule({
  code: 'listener-protocol',
  defaultSeverity: 'error',
  docs: {
    en: 'Every listener name used in `listeners`, `advertised.listeners` and `controller.listener.names` needs a security protocol in `listener.security.protocol.map` (`NAME:PROTOCOL`, protocol one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL). Without an explicit map, Kafka maps only the standard names and, when no SSL/SASL name is in use, the controller listeners to PLAINTEXT.',
    zh: '`listeners`、`advertised.listeners` 和 `controller.listener.names` 中用到的每个监听器名称都需要在 `listener.security.protocol.map` 中有安全协议（`NAME:PROTOCOL`，协议为 PLAINTEXT、SSL、SASL_PLAINTEXT、SASL_SSL 之一）。没有显式映射时，Kafka 只映射标准名称，并且仅在未使用 SSL/SASL 名称时把控制器监听器映射为 PLAINTEXT。',
  },
  messages: {
    en: {
      unmapped:
        'Kafka refuses to start: No security protocol defined for listener {name}. Add {name}:PLAINTEXT (or its real protocol) to listener.security.protocol.map.',
      controllerUnmapped:
        'Kafka refuses to start: Controller listener with name {name} defined in controller.listener.names not found in listener.security.protocol.map.',
      badProtocol:
        'Kafka refuses to start: Invalid security protocol `{protocol}` defined in listener.security.protocol.map',
      malformed:
        'Kafka refuses to start: Error parsing configuration property \'listener.security.protocol.map\': "{entry}" is not NAME:PROTOCOL.',
      addMapping: 'Map {name} to {protocol} in listener.security.protocol.map',
    },
    zh: {
      unmapped:
        'Kafka 拒绝启动：监听器 {name} 没有定义安全协议。请在 listener.security.protocol.map 中添加 {name}:PLAINTEXT（或它实际使用的协议）。',
      controllerUnmapped:
        'Kafka 拒绝启动：controller.listener.names 中的控制器监听器 {name} 在 listener.security.protocol.map 中找不到。',
      badProtocol: 'Kafka 拒绝启动：listener.security.protocol.map 中定义了无效的安全协议 `{protocol}`',
      malformed: 'Kafka 拒绝启动：解析 \'listener.security.protocol.map\' 出错："{entry}" 不是 NAME:PROTOCOL 形式。',
      addMapping: '在 listener.security.protocol.map 中把 {name} 映射为 {protocol}',
    },
  },
  check({ node, peers, report }) {
    const mapEntry = node.settings.get('listener.security.protocol.map');
    for (const item of node.protocolMapEntries) {
      if (!mapEntry) break;
      if (!item.parsed) {
        if (item.span.text !== '')
          report({
            range: at.span(node, mapEntry, item.span),
            messageId: 'malformed',
            args: { entry: item.span.text },
          });
        continue;
      }
      // Kafka upper-cases the protocol, so `plaintext` works; anything else is refused.
      if (!(SECURITY_PROTOCOLS as readonly string[]).includes(item.parsed.protocol.toUpperCase())) {
        report({
          range: at.span(node, mapEntry, item.parsed.protocolSpan),
          messageId: 'badProtocol',
          args: { protocol: item.parsed.protocol },
        });
      }
    }
    const addMapping = (name: string) => {
      const protocol = peers.map((peer) => peer.protocolMap.get(name)).find((value) => value) ?? 'PLAINTEXT';
      const edit = mapEntry
        ? replaceValue(node, mapEntry, `${mapEntry.value.trim()}${mapEntry.value.trim() ? ',' : ''}${name}:${protocol}`)
        : insertSetting(
            node,
            'listener.security.protocol.map',
            `${[...new Set([...node.listeners, ...node.advertised].map((item) => item.parsed?.name).filter(Boolean))]
              .concat(controllerNames(node))
              .filter((value, index, all) => all.indexOf(value) === index)
              .map((n) => `${n}:${n === name ? protocol : (node.protocolMap.get(n!) ?? 'PLAINTEXT')}`)
              .join(',')}`,
          );
      // A name with blanks or odd characters would be trimmed or refused in the map: the fix could never settle.
      return [
        { titleId: 'addMapping', args: { name, protocol }, edits: [edit], preferred: /^[A-Za-z0-9_-]+$/.test(name) },
      ];
    };
    const reported = new Set<string>();
    for (const [entry, items] of [
      [node.settings.get('listeners'), node.listeners],
      [node.advertisedEntry, node.advertised],
    ] as const) {
      if (!entry) continue;
      for (const item of items) {
        const name = item.parsed?.name;
        if (!name || node.protocolMap.has(name) || reported.has(name)) continue;
        reported.add(name);
        report({
          range: at.span(node, entry, item.parsed!.nameSpan),
          messageId: 'unmapped',
          args: { name },
          fixes: addMapping(name),
        });
      }
    }
    // A broker-only node never binds the controller listener, but still needs its protocol to reach the quorum.
    const namesEntry = node.settings.get('controller.listener.names');
    if (node.isBroker && !node.isController && namesEntry) {
      for (const span of node.controllerListenerNames) {
        if (span.text === '' || node.protocolMap.has(span.text.toUpperCase()) || reported.has(span.text)) continue;
        report({
          range: at.span(node, namesEntry, span),
          messageId: 'controllerUnmapped',
          args: { name: span.text },
          fixes: addMapping(span.text),
        });
      }
    }
  },
});
