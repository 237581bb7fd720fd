import { defineComposeRule } from './rule';

export default defineComposeRule({
  code: 'compose-host-port-conflict',
  defaultSeverity: 'error',
  docs: {
    en: 'Two services cannot publish the same port of the host machine: `docker compose up` starts the first and fails on the second ("port is already allocated").',
    zh: '两个服务不能发布宿主机的同一个端口：`docker compose up` 会启动第一个服务，而第二个服务失败（"port is already allocated"）。',
  },
  messages: {
    en: {
      conflict:
        'Host port {port} is also published by service {other}; the second container cannot start ("port is already allocated").',
      other: 'also publishes host port {port}',
    },
    zh: {
      conflict: '宿主机端口 {port} 也被服务 {other} 发布；第二个容器无法启动（"port is already allocated"）。',
      other: '同样发布宿主机端口 {port}',
    },
  },
  check({ project, report }) {
    const published = project.file.services.flatMap((service) =>
      service.ports.flatMap((mapping) => {
        if (mapping.published === undefined) return [];
        const ports = [];
        for (let port = mapping.published; port <= (mapping.publishedEnd ?? mapping.published); port++)
          ports.push({ service: service.name, ip: mapping.hostIp, port, token: mapping.token });
        return ports;
      }),
    );
    for (const owner of published) {
      // A port on every interface (no host ip) clashes with the same port on any one interface.
      const other = published.find(
        (candidate) =>
          candidate.service !== owner.service &&
          candidate.port === owner.port &&
          (!owner.ip || !candidate.ip || owner.ip === candidate.ip),
      );
      if (other)
        report({
          at: owner.token,
          messageId: 'conflict',
          args: { port: owner.port, other: other.service },
          related: [{ at: other.token, messageId: 'other', args: { port: other.port } }],
        });
    }
  },
});
