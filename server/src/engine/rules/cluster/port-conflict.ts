import { hostOf } from '../../workspace/cluster';
import type { NodeConfig } from '../../workspace/node';
import { at, defineClusterRule, shortPath } from '../rule';
import { replaceSpan } from '../edits';

/** Moves a broker process off a port its controller neighbour binds: to the port its peers use for that listener. */
function movePortFix(
  binding: Binding,
  other: Binding,
  host: string,
  nodes: NodeConfig[],
  used: Map<string, Binding[]>,
) {
  if (binding.node.isController || !other.node.isController) return [];
  const peerPorts = nodes
    .filter((node) => node !== binding.node && !node.isController)
    .flatMap((node) =>
      node.listeners.filter((item) => item.parsed?.name === binding.name).map((item) => item.parsed!.port),
    );
  const counts = new Map<number, number>();
  for (const port of peerPorts) counts.set(port, (counts.get(port) ?? 0) + 1);
  let port = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([candidate]) => candidate)
    .find((candidate) => !used.has(`${host}:${candidate}`));
  if (port === undefined) {
    port = binding.port + 1;
    while (used.has(`${host}:${port}`)) port++;
  }
  const node = binding.node;
  const edits = [replaceSpan(node, node.settings.get('listeners')!, binding.item.parsed!.portSpan, String(port))];
  const advertised = node.advertised.find(
    (item) => item.parsed?.name === binding.name && item.parsed.port === binding.port,
  );
  if (advertised && node.advertisedEntry)
    edits.push(replaceSpan(node, node.advertisedEntry, advertised.parsed!.portSpan, String(port)));
  return [{ titleId: 'move', args: { name: binding.name, port }, edits, preferred: true }];
}

const ROLE_OR_HOST_FOLDER =
  /^(controller|broker|combined|node|server|kafka)[-_\w]*$|^localhost$|^\d{1,3}(\.\d{1,3}){3}$/i;

/** "localhost" in two files only means one machine when the files sit together (one folder, or role/host folders side by side). */
function sameMachineLayout(a: string, b: string): boolean {
  const dirA = a.split('/').slice(0, -1);
  const dirB = b.split('/').slice(0, -1);
  if (dirA.join('/') === dirB.join('/')) return true;
  const parentA = dirA.slice(0, -1).join('/');
  return (
    parentA === dirB.slice(0, -1).join('/') &&
    ROLE_OR_HOST_FOLDER.test(dirA[dirA.length - 1] ?? '') &&
    ROLE_OR_HOST_FOLDER.test(dirB[dirB.length - 1] ?? '')
  );
}

interface Binding {
  node: NodeConfig;
  port: number;
  name: string;
  item: NodeConfig['listeners'][number];
}

export default defineClusterRule({
  code: 'port-conflict',
  defaultSeverity: 'error',
  docs: {
    en: 'Processes that run on one host (the usual layout puts a controller and a broker on each) must bind different ports: the second process fails with "Address already in use". The host of a process is read from its advertised or bound host, its voter entry, or a folder named after the host.',
    zh: '同一主机上运行的多个进程（常见布局是每台主机一个控制器和一个 broker）必须绑定不同端口，否则第二个进程会因 "Address already in use" 失败。进程所在主机取自其通告或绑定的主机、投票者条目或以主机命名的目录。',
  },
  messages: {
    en: {
      conflict:
        'Port {port} on {host} is also bound by {file} ({other}); two processes on one host cannot share a port.',
      other: 'also binds port {port}',
      move: 'Move {name} to port {port}',
    },
    zh: {
      conflict: '{host} 上的端口 {port} 也被 {file}（{other}）绑定；同一主机上的两个进程不能共用端口。',
      other: '同样绑定端口 {port}',
      move: '把 {name} 改到端口 {port}',
    },
  },
  check({ cluster, report }) {
    const byHostPort = new Map<string, Binding[]>();
    for (const node of cluster.nodes) {
      const host = hostOf(node);
      if (!host || node.listenersDefaulted) continue;
      for (const item of node.listeners) {
        if (!item.parsed || item.parsed.port <= 0) continue;
        const key = `${host}:${item.parsed.port}`;
        byHostPort.set(key, [
          ...(byHostPort.get(key) ?? []),
          { node, port: item.parsed.port, name: item.parsed.name, item },
        ]);
      }
    }
    for (const [key, all] of byHostPort) {
      const host = key.slice(0, key.lastIndexOf(':'));
      const bindings =
        host === 'localhost'
          ? all.filter((binding) =>
              all.some((other) => other.node !== binding.node && sameMachineLayout(binding.node.uri, other.node.uri)),
            )
          : all;
      const nodes = new Set(bindings.map((binding) => binding.node));
      if (nodes.size < 2) continue;
      for (const binding of bindings) {
        const other = bindings.find((candidate) => candidate.node !== binding.node)!;
        const listeners = binding.node.settings.get('listeners')!;
        const fixes = movePortFix(binding, other, host, cluster.nodes, byHostPort);
        report(binding.node.uri, {
          fixes,
          range: at.span(binding.node, listeners, binding.item.parsed!.portSpan),
          messageId: 'conflict',
          args: { port: binding.port, host, file: shortPath(other.node.uri), other: other.name },
          related: [
            {
              uri: other.node.uri,
              range: at.span(other.node, other.node.settings.get('listeners')!, other.item.parsed!.portSpan),
              messageId: 'other',
              args: { port: binding.port },
            },
          ],
        });
      }
    }
  },
});
