import { at } from '../rule';
import { isExternal, isLoopback, serviceNamed } from '../../compose/network';
import { defineComposeRule } from './rule';

export default defineComposeRule({
  code: 'compose-unresolved-host',
  defaultSeverity: 'error',
  docs: {
    en: 'On a compose network a container reaches the others by service name (or hostname:/container_name:). A voter or bootstrap server naming a host no service answers to cannot be reached, and `localhost` inside a container is that container itself, so a voter on localhost that belongs to another service points nowhere. An advertised listener naming another service sends clients to the wrong broker; one naming an unknown short name is not resolvable by other containers.',
    zh: '在 compose 网络中，容器通过服务名（或 hostname:/container_name:）访问彼此。投票者或引导服务器指向没有任何服务应答的主机名时无法连接；容器内的 `localhost` 就是容器自己，因此属于另一个服务的投票者若写成 localhost 就指向了不存在的地方。通告监听器指向另一个服务会把客户端引到错误的 broker；指向未知短名称时其他容器无法解析。',
  },
  messages: {
    en: {
      unknownVoter:
        '{what} names host {host}, which no service of this compose file answers to (services: {services}); it does not resolve on the compose network.',
      loopbackVoter:
        'Voter {id} is on {host}, but inside the container of service {service} that is the container itself, not the controller with node id {id}.',
      advertisedOther: 'Clients are sent to {host}:{port}, which is service {other}, not {service}.',
      advertisedUnknown:
        'Advertised host {host} is not a service of this compose file (services: {services}); other containers cannot resolve it.',
    },
    zh: {
      unknownVoter:
        '{what} 指向主机 {host}，但此 compose 文件中没有服务应答这个名字（服务：{services}）；它在 compose 网络中无法解析。',
      loopbackVoter:
        '投票者 {id} 位于 {host}，但在服务 {service} 的容器内这指的是容器自己，而不是 node id 为 {id} 的控制器。',
      advertisedOther: '客户端会被引到 {host}:{port}，那是服务 {other}，而不是 {service}。',
      advertisedUnknown: '通告主机 {host} 不是此 compose 文件中的服务（服务：{services}）；其他容器无法解析它。',
    },
  },
  check({ project, nodeOf, tokenOf, report }) {
    if (project.file.services.some((service) => service.networkMode === 'host')) return;
    const services = project.file.services.map((service) => service.name).join(', ');
    for (const service of project.nodes) {
      const node = nodeOf(service);
      const endpoints = [
        ...(node.votersEntry
          ? node.voters.map((voter) => ({
              entry: node.votersEntry!,
              id: voter.parsed.id,
              endpoint: voter.parsed.endpoint,
              what: `controller.quorum.voters (${voter.span.text})`,
            }))
          : []),
        ...(node.bootstrapEntry
          ? node.bootstrapServers.map((server) => ({
              entry: node.bootstrapEntry!,
              id: undefined,
              endpoint: server.parsed,
              what: `controller.quorum.bootstrap.servers (${server.span.text})`,
            }))
          : []),
      ];
      for (const { entry, id, endpoint, what } of endpoints) {
        if (!endpoint || /\$\{/.test(endpoint.host)) continue;
        const token = tokenOf(service, at.span(node, entry, endpoint.hostSpan));
        if (isLoopback(endpoint.host)) {
          if (id !== undefined && id !== node.nodeId && project.nodes.length > 1)
            report({
              at: token,
              messageId: 'loopbackVoter',
              args: { id, host: endpoint.host, service: service.service.name },
            });
          continue;
        }
        if (isExternal(endpoint.host) || serviceNamed(project, endpoint.host)) continue;
        report({ at: token, messageId: 'unknownVoter', args: { what, host: endpoint.host, services } });
      }
      if (!node.advertisedEntry) continue;
      for (const item of node.advertised) {
        const parsed = item.parsed;
        if (!parsed || isLoopback(parsed.host) || isExternal(parsed.host) || /\$\{/.test(parsed.host)) continue;
        const token = tokenOf(service, at.span(node, node.advertisedEntry, parsed.hostSpan));
        const named = serviceNamed(project, parsed.host);
        if (!named)
          report({
            at: token,
            messageId: 'advertisedUnknown',
            severity: 'warning',
            args: { host: parsed.host, services },
          });
        else if (named.node && named.node !== service)
          report({
            at: token,
            messageId: 'advertisedOther',
            args: { host: parsed.host, port: parsed.port, other: named.name, service: service.service.name },
          });
      }
    }
  },
});
