import { hostOf } from '../../workspace/cluster';
import { at, defineClusterRule, shortPath } from '../rule';

export default defineClusterRule({
  code: 'shared-directory',
  defaultSeverity: 'error',
  docs: {
    en: 'Two processes on one host must not share a log or metadata directory: each formats and locks its own. The second one fails to start ("Failed to acquire lock") or finds the other node\'s meta.properties.',
    zh: '同一主机上的两个进程不能共用日志目录或元数据目录：每个进程都会格式化并锁定自己的目录。第二个进程会启动失败（"Failed to acquire lock"），或读到另一个节点的 meta.properties。',
  },
  messages: {
    en: {
      shared:
        'Directory {dir} on {host} is also used by {file}; every process needs its own data and metadata directories.',
      other: 'also uses {dir}',
    },
    zh: {
      shared: '{host} 上的目录 {dir} 也被 {file} 使用；每个进程都需要自己的数据目录和元数据目录。',
      other: '同样使用 {dir}',
    },
  },
  check({ cluster, report }) {
    const owners = new Map<string, typeof cluster.nodes>();
    for (const node of cluster.nodes) {
      const host = hostOf(node);
      if (!host) continue;
      const dirs = new Set(
        [...node.logDirs, ...(node.metadataLogDir ? [node.metadataLogDir] : [])].map((dir) => dir.replace(/\/+$/, '')),
      );
      for (const dir of dirs) {
        if (/\$\{/.test(dir)) continue;
        const key = `${host}\u0000${dir}`;
        owners.set(key, [...(owners.get(key) ?? []), node]);
      }
    }
    for (const [key, nodes] of owners) {
      if (nodes.length < 2) continue;
      const [host, dir] = key.split('\u0000');
      for (const node of nodes) {
        const entry =
          node.settings.get('log.dirs') ?? node.settings.get('log.dir') ?? node.settings.get('metadata.log.dir');
        if (!entry) continue;
        const other = nodes.find((candidate) => candidate !== node)!;
        const otherEntry =
          other.settings.get('log.dirs') ?? other.settings.get('log.dir') ?? other.settings.get('metadata.log.dir');
        report(node.uri, {
          range: at.value(node, entry),
          messageId: 'shared',
          args: { dir, host, file: shortPath(other.uri) },
          related: otherEntry
            ? [{ uri: other.uri, range: at.value(other, otherEntry), messageId: 'other', args: { dir } }]
            : undefined,
        });
      }
    }
  },
});
