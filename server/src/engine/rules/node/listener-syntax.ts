import { atLeast } from '../../catalog';
import type { Entry } from '../../parser/properties';
import type { ParsedListener } from '../../parser/values';
import type { ListItem, NodeConfig } from '../../workspace/node';
import { at, defineNodeRule, type Report } from '../rule';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const isIpv6 = (host: string) => host.includes(':');
const isIpLiteral = (host: string) => IPV4.test(host) || isIpv6(host);

export default defineNodeRule({
  code: 'listener-syntax',
  defaultSeverity: 'error',
  explains: ['advertised-listeners', 'non-ascii'],
  docs: {
    en: '`listeners` and `advertised.listeners` hold `NAME://host:port` entries. Names must be unique (compared upper-case). Ports in `listeners` must be unique, except for one IPv4 and one IPv6 address sharing a port. An empty host binds every interface.',
    zh: '`listeners` 和 `advertised.listeners` 由 `NAME://host:port` 条目组成。名称必须唯一（按大写比较）。`listeners` 中的端口必须唯一，只有一个 IPv4 地址和一个 IPv6 地址可以共用端口。主机留空表示绑定所有网卡。',
  },
  messages: {
    en: {
      unparseable:
        'Kafka refuses to start: Unable to parse {entry} to a broker endpoint. Write NAME://host:port, e.g. PLAINTEXT://broker1:9092.',
      duplicateName:
        'Kafka refuses to start: Each listener must have a different name ({name} appears twice in {key}).',
      duplicatePort:
        'Kafka refuses to start: Each listener must have a different port (port {port} is used twice in listeners).',
      ipFamilies:
        'Kafka refuses to start: If you have two listeners on the same port then one needs to be IPv4 and the other IPv6 (port {port}).',
      emptyItem: "Kafka refuses to start: Configuration '{key}' values must not be empty (a stray comma).",
    },
    zh: {
      unparseable:
        'Kafka 拒绝启动：无法把 {entry} 解析为监听端点。请写成 NAME://host:port，例如 PLAINTEXT://broker1:9092。',
      duplicateName: 'Kafka 拒绝启动：每个监听器必须有不同的名称（{name} 在 {key} 中出现了两次）。',
      duplicatePort: 'Kafka 拒绝启动：每个监听器必须使用不同的端口（端口 {port} 在 listeners 中用了两次）。',
      ipFamilies: 'Kafka 拒绝启动：两个监听器共用端口时，必须一个是 IPv4、一个是 IPv6（端口 {port}）。',
      emptyItem: "Kafka 拒绝启动：'{key}' 的值中不能有空元素（多余的逗号）。",
    },
  },
  check({ node, version, report }) {
    checkList(node, node.settings.get('listeners'), node.listeners, true, version, report);
    checkList(node, node.advertisedEntry, node.advertised, false, version, report);
  },
});

function checkList(
  node: NodeConfig,
  entry: Entry | undefined,
  items: ListItem<ParsedListener>[],
  checkPorts: boolean,
  version: string,
  report: (report: Report) => void,
) {
  if (!entry) return;
  const names = new Set<string>();
  const byPort = new Map<number, ListItem<ParsedListener>[]>();
  for (const item of items) {
    // Worked out only for an item that is reported.
    const range = () => at.span(node, entry, item.span);
    if (item.span.text === '') {
      // 4.2+ rejects blank items; older releases drop them.
      if (atLeast(version, '4.2')) report({ range: range(), messageId: 'emptyItem', args: { key: entry.key } });
      continue;
    }
    if (!item.parsed) {
      report({ range: range(), messageId: 'unparseable', args: { entry: item.span.text } });
      continue;
    }
    if (names.has(item.parsed.name))
      report({
        range: at.span(node, entry, item.parsed.nameSpan),
        messageId: 'duplicateName',
        args: { name: item.parsed.name, key: entry.key },
      });
    names.add(item.parsed.name);
    if (checkPorts && item.parsed.port !== 0)
      byPort.set(item.parsed.port, [...(byPort.get(item.parsed.port) ?? []), item]);
  }
  for (const [port, sharing] of byPort) {
    if (sharing.length < 2) continue;
    const hosts = sharing.map((item) => item.parsed!.host);
    const allIp = hosts.every(isIpLiteral);
    const pairOk = sharing.length === 2 && allIp && IPV4.test(hosts[0]) !== IPV4.test(hosts[1]);
    if (pairOk) continue;
    const last = sharing[sharing.length - 1];
    report({
      range: at.span(node, entry, last.parsed!.portSpan),
      messageId: allIp ? 'ipFamilies' : 'duplicatePort',
      args: { port },
    });
  }
}
