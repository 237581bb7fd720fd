import { hostOf } from '../../workspace/cluster';
import type { NodeConfig } from '../../workspace/node';
import { at, defineClusterRule } from '../rule';

interface Binding { node: NodeConfig; port: number; name: string; item: NodeConfig['listeners'][number] }

export default defineClusterRule({
  code: 'port-conflict',
  defaultSeverity: 'error',
  docs: {
    en: 'Processes that run on one host (the usual layout puts a controller and a broker on each) must bind different ports: the second process fails with "Address already in use". The host of a process is read from its advertised or bound host, its voter entry, or a folder named after the host.',
    zh: '同一主机上运行的多个进程（常见布局是每台主机一个控制器和一个 broker）必须绑定不同端口，否则第二个进程会因 "Address already in use" 失败。进程所在主机取自其通告或绑定的主机、投票者条目或以主机命名的目录。',
  },
  messages: {
    en: { conflict: 'Port {port} on {host} is also bound by {file} ({other}); two processes on one host cannot share a port.', other: 'also binds port {port}' },
    zh: { conflict: '{host} 上的端口 {port} 也被 {file}（{other}）绑定；同一主机上的两个进程不能共用端口。', other: '同样绑定端口 {port}' },
  },
  check({ cluster, report }) {
    const byHostPort = new Map<string, Binding[]>();
    for (const node of cluster.nodes) {
      const host = hostOf(node);
      if (!host || node.listenersDefaulted) continue;
      for (const item of node.listeners) {
        if (!item.parsed || item.parsed.port <= 0) continue;
        const key = `${host}:${item.parsed.port}`;
        byHostPort.set(key, [...(byHostPort.get(key) ?? []), { node, port: item.parsed.port, name: item.parsed.name, item }]);
      }
    }
    for (const [key, bindings] of byHostPort) {
      const nodes = new Set(bindings.map((binding) => binding.node));
      if (nodes.size < 2) continue;
      const host = key.slice(0, key.lastIndexOf(':'));
      for (const binding of bindings) {
        const other = bindings.find((candidate) => candidate.node !== binding.node)!;
        const listeners = binding.node.settings.get('listeners')!;
        report(binding.node.uri, {
          range: at.span(binding.node, listeners, binding.item.parsed!.portSpan),
          message: 'conflict',
          args: { port: binding.port, host, file: other.node.uri.split('/').slice(-3).join('/'), other: other.name },
          related: [{ uri: other.node.uri, range: at.span(other.node, other.node.settings.get('listeners')!, other.item.parsed!.portSpan), message: 'other', args: { port: binding.port } }],
        });
      }
    }
  },
});
