import { at } from '../rule';
import { isLoopback } from '../../compose/network';
import { defineComposeRule } from './rule';

export default defineComposeRule({
  code: 'compose-published-port',
  defaultSeverity: 'warning',
  docs: {
    en: 'A listener advertised as `localhost:<port>` is for clients on the host machine: they reach it only when the service publishes that host port (`ports: ["<port>:<container port>"]`) onto the port the listener binds inside the container.',
    zh: '通告为 `localhost:<端口>` 的监听器是给宿主机上的客户端用的：只有当服务把这个宿主机端口发布（`ports: ["<端口>:<容器端口>"]`）到该监听器在容器内绑定的端口时，客户端才能连上。',
  },
  messages: {
    en: {
      notPublished:
        'Clients on the host are told to connect to {host}:{port}, but service {service} does not publish host port {port}; add "{port}:{bound}" to its ports.',
      wrongTarget:
        'Host port {port} is published to container port {target}, but listener {name} binds {bound}; clients on the host reach another port than the one advertised.',
      addPort: 'Publish {port}:{bound}',
    },
    zh: {
      notPublished:
        '宿主机上的客户端会被告知连接 {host}:{port}，但服务 {service} 没有发布宿主机端口 {port}；请在其 ports 中加入 "{port}:{bound}"。',
      wrongTarget:
        '宿主机端口 {port} 被发布到容器端口 {target}，但监听器 {name} 绑定的是 {bound}；宿主机上的客户端连到的不是通告的端口。',
      addPort: '发布 {port}:{bound}',
    },
  },
  check({ project, nodeOf, tokenOf, report }) {
    for (const service of project.nodes) {
      if (service.service.networkMode === 'host') continue;
      const node = nodeOf(service);
      if (!node.advertisedEntry) continue;
      for (const item of node.advertised) {
        const parsed = item.parsed;
        if (!parsed || !isLoopback(parsed.host)) continue;
        const bound = node.listeners.find((listener) => listener.parsed?.name === parsed.name)?.parsed?.port;
        if (bound === undefined) continue;
        const token = tokenOf(service, at.span(node, node.advertisedEntry, parsed.portSpan));
        const published = service.service.ports.find((mapping) =>
          mapping.published !== undefined
            ? parsed.port >= mapping.published && parsed.port <= (mapping.publishedEnd ?? mapping.published)
            : false,
        );
        if (!published) {
          // A container port listed without a host port is published on a random host port: nothing to compare.
          if (service.service.ports.some((mapping) => mapping.published === undefined && mapping.target === bound))
            continue;
          report({
            at: token,
            messageId: 'notPublished',
            args: { host: parsed.host, port: parsed.port, service: service.service.name, bound },
          });
          continue;
        }
        const target = published.target + (parsed.port - published.published!);
        if (target !== bound)
          report({
            at: published.token,
            messageId: 'wrongTarget',
            args: { port: parsed.port, target, name: parsed.name, bound },
          });
      }
    }
  },
});
