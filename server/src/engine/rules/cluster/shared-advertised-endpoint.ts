import { isWildcardHost } from '../../parser/values';
import { folderOf, normalizeHost } from '../../workspace/cluster';
import { effectiveBrokerAdvertised } from '../../workspace/node';
import { at, defineClusterRule, nodeLabel } from '../rule';

export default defineClusterRule({
  code: 'shared-advertised-endpoint',
  defaultSeverity: 'warning',
  docs: {
    en: 'Each broker must advertise an address of its own: clients connect to the advertised `host:port` of the broker that leads a partition. When several brokers of a cluster advertise the same endpoint, every client lands on one node, which answers for partitions it does not lead. Kafka starts each broker regardless. Typical cause: a copied `advertised.listeners` (or `listeners` when nothing is advertised) left unchanged.',
    zh: '每个 broker 必须通告自己的地址：客户端连接的是分区领导者 broker 所通告的 `host:port`。如果集群中多个 broker 通告同一个端点，所有客户端都会落到同一个节点上，而它对自己不领导的分区无法应答。Kafka 仍会启动每个 broker。常见原因：复制来的 `advertised.listeners`（未通告时则是 `listeners`）没有修改。',
  },
  messages: {
    en: {
      shared:
        '{endpoint} ({listener}) is also advertised by {others}: clients of every one of these brokers end up on one node.',
      same: 'advertises {endpoint} too',
    },
    zh: {
      shared: '{endpoint}（{listener}）也被 {others} 通告：这些 broker 的客户端最终都会连到同一个节点。',
      same: '也通告了 {endpoint}',
    },
  },
  check({ cluster, report }) {
    const byEndpoint = new Map<
      string,
      { node: (typeof cluster.brokers)[number]; item: ReturnType<typeof effectiveBrokerAdvertised>[number] }[]
    >();
    for (const node of cluster.brokers) {
      for (const item of effectiveBrokerAdvertised(node)) {
        const host = item.parsed?.host;
        // No host (or a wildcard) means the machine's own name: not comparable between files.
        if (host === undefined || isWildcardHost(host) || /\$\{/.test(host)) continue;
        const key = `${normalizeHost(host)}:${item.parsed!.port}`;
        const list = byEndpoint.get(key) ?? [];
        if (!list.some((other) => other.node === node)) list.push({ node, item });
        byEndpoint.set(key, list);
      }
    }
    for (const [key, found] of byEndpoint) {
      // Loopback is shared by design when the files describe different machines or alternatives: only files side by
      // side (one folder, as in one compose project) are one machine for sure.
      const sharing = key.startsWith('localhost:')
        ? found.filter((item) =>
            found.some((other) => other !== item && folderOf(other.node.uri) === folderOf(item.node.uri)),
          )
        : found;
      if (sharing.length < 2) continue;
      for (const { node, item } of sharing) {
        const entry = node.advertisedEntry ?? node.settings.get('listeners');
        if (!entry) continue;
        const others = sharing.filter((other) => other.node !== node);
        const endpoint = `${item.parsed!.host}:${item.parsed!.port}`;
        report(node.uri, {
          range: at.span(node, entry, item.span),
          messageId: 'shared',
          args: {
            endpoint,
            listener: item.parsed!.name,
            others: others.map((other) => nodeLabel(other.node)).join(', '),
          },
          related: others.map((other) => {
            const otherEntry = (other.node.advertisedEntry ?? other.node.settings.get('listeners'))!;
            return {
              uri: other.node.uri,
              range: at.span(other.node, otherEntry, other.item.span),
              messageId: 'same',
              args: { endpoint },
            };
          }),
        });
      }
    }
  },
});
