import { voterEntryOf } from '../../workspace/cluster';
import type { NodeConfig } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';

/** Rebuilds a mangled entry from the controller it names (its leading id), when that node is in the workspace. */
function rebuild(text: string, nodes: NodeConfig[]): string | undefined {
  const id = /^\s*(\d+)/.exec(text)?.[1];
  const target = id === undefined ? undefined : nodes.find((node) => node.isController && node.nodeId === Number(id));
  return target && voterEntryOf(target);
}

export default defineNodeRule({
  code: 'voter-syntax',
  defaultSeverity: 'error',
  explains: ['non-ascii', 'voters-mismatch', 'quorum-size', 'duplicate-voter'],
  docs: {
    en: 'Each `controller.quorum.voters` entry must be `id@host:port`, separated by commas: an integer id, one `@`, a host (IPv6 in brackets) and a port up to 65535. Text pasted from a web page often brings other characters (non-breaking spaces, typographic dashes, a missing port); Kafka refuses to start on any of them. A voter at `0.0.0.0` is refused at start-up because other nodes cannot route to it.',
    zh: '`controller.quorum.voters` 的每个条目必须是 `id@host:port`，用逗号分隔：整数 id、一个 `@`、主机（IPv6 需加方括号）和不超过 65535 的端口。从网页复制的文本常常带入其他字符（不间断空格、排版用破折号、缺少端口），Kafka 遇到这些都会拒绝启动。`0.0.0.0` 作为投票者地址会在启动时被拒绝，因为其他节点无法路由到它。',
  },
  messages: {
    en: {
      form: 'Kafka refuses to start: Invalid configuration value for controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`. (entry "{entry}")',
      id: 'Kafka refuses to start: Failed to parse voter ID as an integer from {id}',
      host: 'Kafka refuses to start: Failed to parse host name from entry {entry} for the configuration controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`.',
      portRange: 'Kafka refuses to start: port out of range:{port}',
      wildcard:
        'Kafka refuses to start: Host string (0.0.0.0) is not routeable. A voter must name an address the other nodes can reach.',
      rebuild: 'Rebuild the entry from the controller node: {entry}',
      ignoredPrefix:
        'Kafka skips "{prefix}" in this voter and only uses the host {host}: voters take no listener name or scheme.',
      dropPrefix: 'Remove "{prefix}"',
    },
    zh: {
      form: 'Kafka 拒绝启动：controller.quorum.voters 的值无效，每个条目应为 `{id}@{host}:{port}` 形式。（条目 "{entry}"）',
      id: 'Kafka 拒绝启动：无法把投票者 ID 解析为整数：{id}',
      host: 'Kafka 拒绝启动：无法从条目 {entry} 中解析主机名，每个条目应为 `{id}@{host}:{port}` 形式。',
      portRange: 'Kafka 拒绝启动：端口超出范围：{port}',
      wildcard: 'Kafka 拒绝启动：Host string (0.0.0.0) is not routeable。投票者必须使用其他节点可以访问的地址。',
      rebuild: '根据控制器节点重建条目：{entry}',
      ignoredPrefix: 'Kafka 会跳过此投票者中的 "{prefix}"，只使用主机 {host}：投票者条目不带监听器名称或协议前缀。',
      dropPrefix: '删除 "{prefix}"',
    },
  },
  check({ node, peers, report }) {
    const entry = node.votersEntry;
    if (!entry) return;
    for (const voter of node.voters) {
      // Worked out only for an item that is reported.
      const range = () => at.span(node, entry, voter.span);
      // Kafka's message prints literal braces; our placeholders use them too, so pass them back as arguments.
      const braces = { id: '{id}', host: '{host}', port: '{port}' };
      const rebuilt =
        voter.parsed.problem && voter.parsed.problem !== 'port-range'
          ? rebuild(voter.span.text, [node, ...peers])
          : undefined;
      const fixes = rebuilt
        ? [
            {
              titleId: 'rebuild',
              args: { entry: rebuilt },
              edits: [{ uri: node.uri, range: range(), newText: rebuilt }],
              preferred: true,
            },
          ]
        : undefined;
      switch (voter.parsed.problem) {
        case 'form':
          report({ range: range(), messageId: 'form', args: { ...braces, entry: voter.span.text }, fixes });
          break;
        case 'id':
          report({
            range: at.span(node, entry, voter.parsed.idSpan),
            messageId: 'id',
            args: { id: voter.parsed.idSpan.text },
            fixes,
          });
          break;
        case 'host':
          report({ range: range(), messageId: 'host', args: { ...braces, entry: voter.span.text }, fixes });
          break;
        case 'port-range':
          report({
            range: at.span(node, entry, voter.parsed.endpoint!.portSpan),
            messageId: 'portRange',
            args: { port: voter.parsed.endpoint!.port },
          });
          break;
        default:
          if (voter.parsed.endpoint?.host === '0.0.0.0')
            report({ range: at.span(node, entry, voter.parsed.endpoint.hostSpan), messageId: 'wildcard' });
          if (voter.parsed.endpoint?.ignoredPrefix) {
            const prefix = voter.parsed.endpoint.ignoredPrefix;
            const prefixSpan = { ...prefix, start: prefix.start, end: prefix.end };
            report({
              range: at.span(node, entry, prefixSpan),
              messageId: 'ignoredPrefix',
              args: { prefix: prefix.text, host: voter.parsed.endpoint.host },
              severity: 'warning',
              fixes: [
                {
                  titleId: 'dropPrefix',
                  args: { prefix: prefix.text },
                  edits: [{ uri: node.uri, range: at.span(node, entry, prefixSpan), newText: '' }],
                  preferred: true,
                },
              ],
            });
          }
      }
    }
  },
});
