import { at, defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'bootstrap-server-syntax',
  defaultSeverity: 'error',
  explains: ['non-ascii'],
  docs: {
    en: 'Each `controller.quorum.bootstrap.servers` entry is `host:port` (no node id: that is the voters format). Kafka refuses to start when an entry cannot be parsed.',
    zh: '`controller.quorum.bootstrap.servers` 的每个条目是 `host:port`（不带节点 id，带 id 的是 voters 的格式）。条目无法解析时 Kafka 拒绝启动。',
  },
  messages: {
    en: {
      host: 'Kafka refuses to start: Failed to parse host name from {entry} for the configuration controller.quorum.bootstrap.servers. Each entry should be in the form "{host}:{port}"',
      voterForm:
        'Kafka refuses to start: "{entry}" is in the voters form id@host:port; controller.quorum.bootstrap.servers takes host:port entries.',
      portRange: 'Kafka refuses to start: port out of range:{port}',
      dropId: 'Remove the node id: "{fixed}"',
      ignoredPrefix:
        'Kafka skips "{prefix}" here and only uses the host {host}: bootstrap servers are plain host:port.',
      dropPrefix: 'Remove "{prefix}"',
    },
    zh: {
      host: 'Kafka 拒绝启动：无法从 {entry} 中解析 controller.quorum.bootstrap.servers 的主机名，每个条目应为 "{host}:{port}" 形式。',
      voterForm:
        'Kafka 拒绝启动："{entry}" 是 voters 的 id@host:port 格式；controller.quorum.bootstrap.servers 需要 host:port 条目。',
      portRange: 'Kafka 拒绝启动：端口超出范围：{port}',
      dropId: '去掉节点 id："{fixed}"',
      ignoredPrefix: 'Kafka 会跳过这里的 "{prefix}"，只使用主机 {host}：引导服务器只写 host:port。',
      dropPrefix: '删除 "{prefix}"',
    },
  },
  check({ node, report }) {
    const entry = node.bootstrapEntry;
    if (!entry) return;
    for (const server of node.bootstrapServers) {
      // Worked out only for an item that is reported.
      const range = () => at.span(node, entry, server.span);
      if (!server.parsed) {
        const voterForm = /^\d+@(.+)$/.exec(server.span.text);
        if (voterForm) {
          report({
            range: range(),
            messageId: 'voterForm',
            args: { entry: server.span.text },
            fixes: [
              {
                titleId: 'dropId',
                args: { fixed: voterForm[1] },
                edits: [{ uri: node.uri, range: range(), newText: voterForm[1] }],
                preferred: true,
              },
            ],
          });
        } else {
          report({
            range: range(),
            messageId: 'host',
            args: { entry: server.span.text, host: '{host}', port: '{port}' },
          });
        }
      } else if (server.parsed.ignoredPrefix) {
        const prefix = server.parsed.ignoredPrefix;
        report({
          range: at.span(node, entry, prefix),
          messageId: 'ignoredPrefix',
          args: { prefix: prefix.text, host: server.parsed.host },
          severity: 'warning',
          fixes: [
            {
              titleId: 'dropPrefix',
              args: { prefix: prefix.text },
              edits: [{ uri: node.uri, range: at.span(node, entry, prefix), newText: '' }],
              preferred: true,
            },
          ],
        });
      } else if (server.parsed.port > 65535) {
        report({
          range: at.span(node, entry, server.parsed.portSpan),
          messageId: 'portRange',
          args: { port: server.parsed.port },
        });
      }
    }
  },
});
