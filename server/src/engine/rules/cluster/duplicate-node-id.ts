import { folderOf } from '../../workspace/cluster';
import { at, defineClusterRule, shortPath } from '../rule';
import { replaceValue } from '../edits';

const stem = (uri: string) =>
  uri
    .split('/')
    .pop()!
    .replace(/\.properties$/, '');

/** `controller_in_migration.properties` beside `controller.properties`: a variant of one process, not a second one. */
function isVariant(a: string, b: string): boolean {
  if (folderOf(a) !== folderOf(b)) return false;
  const [short, long] = [stem(a), stem(b)].sort((x, y) => x.length - y.length);
  return (
    long.length > short.length &&
    long.startsWith(short) &&
    /[_.-]/.test(long[short.length]) &&
    !/^\d/.test(long.slice(short.length + 1))
  );
}

export default defineClusterRule({
  code: 'duplicate-node-id',
  defaultSeverity: 'error',
  docs: {
    en: 'Every process of a cluster, controller or broker, needs its own `node.id`. Two processes with one id fight over one identity: the second broker cannot register, or a controller is taken for another voter.',
    zh: '集群中的每个进程（无论控制器还是 broker）都需要自己的 `node.id`。两个进程共用一个 id 会争夺同一身份：第二个 broker 无法注册，或者控制器被误认为另一个投票者。',
  },
  messages: {
    en: {
      duplicate: 'node.id {id} is also used by {other}; every process of the cluster needs its own id.',
      other: 'node.id {id} is used here too',
      next: 'Change to the next free id ({id})',
    },
    zh: {
      duplicate: 'node.id {id} 也被 {other} 使用；集群中的每个进程都需要自己的 id。',
      other: '这里也使用了 node.id {id}',
      next: '改为下一个空闲 id（{id}）',
    },
  },
  check({ cluster, report }) {
    const byId = new Map<number, typeof cluster.nodes>();
    for (const node of cluster.nodes) {
      if (node.nodeId === undefined || !node.nodeIdEntry) continue;
      byId.set(node.nodeId, [...(byId.get(node.nodeId) ?? []), node]);
    }
    const used = new Set(byId.keys());
    const voterIds = new Set(cluster.nodes.flatMap((node) => node.voters.map((voter) => voter.parsed.id)));
    let next = 0;
    const nextFree = () => {
      do next++;
      while (used.has(next) || voterIds.has(next));
      used.add(next);
      return next;
    };
    for (const [id, nodes] of byId) {
      if (nodes.length < 2 || (nodes.length === 2 && isVariant(nodes[0].uri, nodes[1].uri))) continue;
      // The node that keeps the id: the voter holding it, else the first file. The others move to free ids.
      const keeper = nodes.find((node) => node.isController && voterIds.has(id)) ?? nodes[0];
      for (const node of nodes) {
        const others = nodes.filter((other) => other !== node);
        // Every copy of the id can move; fix-all (preferred) moves all but the keeper, so the ids end up unique.
        const free = nextFree();
        const fixes = [
          {
            titleId: 'next',
            args: { id: free },
            edits: [replaceValue(node, node.nodeIdEntry!, String(free))],
            preferred: node !== keeper || undefined,
          },
        ];
        report(node.uri, {
          range: at.value(node, node.nodeIdEntry!),
          messageId: 'duplicate',
          args: { id, other: others.map((other) => shortPath(other.uri)).join(', ') },
          related: others.map((other) => ({
            uri: other.uri,
            range: at.value(other, other.nodeIdEntry!),
            messageId: 'other',
            args: { id },
          })),
          fixes,
        });
      }
    }
  },
});
