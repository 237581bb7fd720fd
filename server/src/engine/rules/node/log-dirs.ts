import { atLeast } from '../../catalog';
import { at, defineNodeRule } from '../rule';
import { insertSetting } from '../edits';

export default defineNodeRule({
  code: 'log-dirs',
  defaultSeverity: 'warning',
  docs: {
    en: '`log.dirs` (or `log.dir`) says where the node keeps its data; the first directory also holds the metadata log unless `metadata.log.dir` is set. Without it, data lands in `/tmp/kafka-logs`, which many systems wipe at reboot. Each directory must be formatted with `kafka-storage.sh format` before the first start.',
    zh: '`log.dirs`（或 `log.dir`）指定节点存放数据的位置；除非设置了 `metadata.log.dir`，第一个目录还会存放元数据日志。不设置时数据会落在 `/tmp/kafka-logs`，很多系统重启时会清空该目录。每个目录在首次启动前都必须用 `kafka-storage.sh format` 格式化。',
  },
  messages: {
    en: {
      defaulted:
        'No log.dirs: data and metadata go to the default /tmp/kafka-logs, which is often wiped at reboot. Set log.dirs to a persistent directory.',
      tmp: 'log.dirs points into /tmp ({dir}); many systems clear /tmp at reboot and the node would lose its data and metadata.',
      none: 'Kafka refuses to start: At least one log directory must be defined via log.dirs or log.dir.',
      add: 'Add log.dirs={dir}',
    },
    zh: {
      defaulted:
        '没有 log.dirs：数据和元数据会写到默认的 /tmp/kafka-logs，该目录常在重启时被清空。请把 log.dirs 设为持久目录。',
      tmp: 'log.dirs 指向 /tmp（{dir}）；很多系统重启时会清空 /tmp，节点会丢失数据和元数据。',
      none: 'Kafka 拒绝启动：必须通过 log.dirs 或 log.dir 定义至少一个日志目录。',
      add: '添加 log.dirs={dir}',
    },
  },
  check({ node, version, report }) {
    if (!node.settings.has('process.roles') || node.roles.size === 0) return;
    const entry = node.settings.get('log.dirs') ?? node.settings.get('log.dir');
    if (!entry) {
      const dir = node.isController && !node.isBroker ? '/var/lib/kafka/controller' : '/var/lib/kafka/data';
      report({
        range: at.fileEnd(node),
        messageId: 'defaulted',
        fixes: [{ titleId: 'add', args: { dir }, edits: [insertSetting(node, 'log.dirs', dir)] }],
      });
      return;
    }
    if (node.logDirs.length === 0) {
      // 4.2+ refuses the empty list at parse time; invalid-value reports that.
      if (!atLeast(version, '4.2')) report({ range: at.key(node, entry), messageId: 'none', severity: 'error' });
      return;
    }
    const tmp = node.logDirs.find((dir) => /^\/tmp(\/|$)/.test(dir));
    if (tmp) report({ range: at.value(node, entry), messageId: 'tmp', args: { dir: tmp }, severity: 'information' });
  },
});
