import { isWildcardHost } from '../../parser/values';
import { normalizeHost } from '../../workspace/cluster';
import { controllerNames } from '../../workspace/node';
import { controllerEndpoint, sameHost } from './endpoints';
import { at, defineClusterRule, nodeLabel } from '../rule';

export default defineClusterRule({
  code: 'dynamic-quorum',
  defaultSeverity: 'warning',
  explains: ['disjoint-sibling-quorum'],
  docs: {
    en: 'Checks of a dynamic quorum (KIP-853, Kafka 3.9+: `controller.quorum.bootstrap.servers` instead of `controller.quorum.voters`) across the cluster: every bootstrap server must be the address of a controller of the cluster; the controllers must agree on static or dynamic (`kafka-storage format` decides by whether `controller.quorum.voters` is set, so a mix gives controllers that disagree about the voter set); and a controller of a dynamic quorum bound to `0.0.0.0` without an advertised controller address is recorded as `localhost` (or the machine name) by `kafka-storage format --standalone` / `--initial-controllers` and by its registration, which other machines cannot reach. Kafka starts each node regardless, hence warnings.',
    zh: '跨集群检查动态仲裁（KIP-853，Kafka 3.9+：用 `controller.quorum.bootstrap.servers` 代替 `controller.quorum.voters`）：每个引导服务器都必须是本集群某个控制器的地址；控制器必须一致地使用静态或动态仲裁（`kafka-storage format` 依据是否设置了 `controller.quorum.voters` 来判断，混用会让控制器对投票者集合的认识不一致）；动态仲裁中绑定 `0.0.0.0` 而没有通告控制器地址的控制器，会被 `kafka-storage format --standalone` / `--initial-controllers` 和注册过程记录为 `localhost`（或主机名），其他机器无法访问。Kafka 仍会启动每个节点，因此报告为警告。',
  },
  messages: {
    en: {
      nowhere:
        'No controller of this cluster listens on {endpoint}; the controllers are at {controllers}. This bootstrap server leads nowhere.',
      controllerHere: 'listens on {endpoint}',
      mixed:
        'This controller has only controller.quorum.bootstrap.servers (dynamic quorum) while {others} list controller.quorum.voters (static quorum): kafka-storage format sets them up differently and they will not agree on the voters.',
      staticHere: 'static voters here',
      wildcard:
        'This controller of a dynamic quorum binds {listener} to all interfaces and advertises no controller address: kafka-storage format and its registration record {host}:{port}, which other machines cannot reach. Add {listener}://<this host>:{port} to advertised.listeners.',
    },
    zh: {
      nowhere: '本集群没有控制器监听 {endpoint}；控制器位于 {controllers}。这个引导服务器指向了不存在的地址。',
      controllerHere: '监听 {endpoint}',
      mixed:
        '本控制器只有 controller.quorum.bootstrap.servers（动态仲裁），而 {others} 列出了 controller.quorum.voters（静态仲裁）：kafka-storage format 对它们的初始化方式不同，它们对投票者集合的认识不会一致。',
      staticHere: '这里是静态投票者',
      wildcard:
        '这个动态仲裁中的控制器把 {listener} 绑定到所有网卡，却没有通告控制器地址：kafka-storage format 和注册过程会记录 {host}:{port}，其他机器无法访问。请在 advertised.listeners 中加入 {listener}://<本机地址>:{port}。',
    },
  },
  check({ cluster, report }) {
    const controllers = cluster.controllers
      .map((node) => ({ node, endpoint: controllerEndpoint(node) }))
      .filter((item) => item.endpoint);
    // Bootstrap servers that match no controller of the cluster (only when the cluster's controllers are here).
    if (controllers.length > 0) {
      const listing = controllers.map(({ endpoint }) => `${endpoint!.host ?? '?'}:${endpoint!.port}`).join(', ');
      for (const node of cluster.nodes) {
        if (!node.bootstrapEntry) continue;
        for (const server of node.bootstrapServers) {
          if (!server.parsed) continue;
          const host = normalizeHost(server.parsed.host);
          const reached = controllers.some(
            ({ endpoint }) => endpoint!.port === server.parsed!.port && sameHost(endpoint!.host, host),
          );
          if (reached) continue;
          report(node.uri, {
            range: at.span(node, node.bootstrapEntry, server.span),
            messageId: 'nowhere',
            args: { endpoint: `${server.parsed.host}:${server.parsed.port}`, controllers: listing },
            related: controllers.slice(0, 5).map(({ node: controller, endpoint }) => ({
              uri: controller.uri,
              range: at.key(
                controller,
                controller.settings.get('listeners') ?? controller.settings.get('process.roles')!,
              ),
              messageId: 'controllerHere',
              args: { endpoint: `${endpoint!.host ?? '?'}:${endpoint!.port}` },
            })),
          });
        }
      }
    }
    // Controllers that mix static voters and bootstrap-only settings.
    const staticOnes = cluster.controllers.filter((node) => node.voters.length > 0);
    for (const node of cluster.controllers) {
      if (node.voters.length > 0 || !node.bootstrapEntry || staticOnes.length === 0) continue;
      report(node.uri, {
        range: at.key(node, node.bootstrapEntry),
        messageId: 'mixed',
        args: { others: staticOnes.slice(0, 3).map(nodeLabel).join(', ') },
        related: staticOnes.map((other) => ({
          uri: other.uri,
          range: at.value(other, other.votersEntry!),
          messageId: 'staticHere',
        })),
      });
    }
    // A dynamic-quorum controller bound to the wildcard with no advertised controller address.
    for (const node of cluster.controllers) {
      if (node.voters.length > 0 || node.bootstrapServers.length === 0) continue;
      // A quorum on one machine (every bootstrap server on loopback) is reached at localhost: nothing to advertise.
      if (node.bootstrapServers.every((server) => !server.parsed || normalizeHost(server.parsed.host) === 'localhost'))
        continue;
      const name = controllerNames(node)[0];
      const item = node.listeners.find((candidate) => candidate.parsed?.name === name);
      const listenersEntry = node.settings.get('listeners');
      if (!item?.parsed || !listenersEntry) continue;
      if (!isWildcardHost(item.parsed.host)) continue;
      if (node.advertised.some((advertised) => advertised.parsed?.name === name)) continue;
      report(node.uri, {
        range: at.span(node, listenersEntry, item.span),
        messageId: 'wildcard',
        args: { listener: name, host: 'localhost', port: item.parsed.port },
      });
    }
  },
});
