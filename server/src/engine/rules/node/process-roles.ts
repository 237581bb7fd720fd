import { atLeast } from '../../catalog';
import { at, defineNodeRule } from '../rule';
import { insertSetting, removeListItem } from '../edits';

export default defineNodeRule({
  code: 'process-roles',
  defaultSeverity: 'error',
  explains: ['node-id'],
  docs: {
    en: '`process.roles` makes a node a KRaft `broker`, `controller`, or both. From Kafka 4.0 it is required; role names are lower-case and case-sensitive; a repeated role is an error up to 4.1 and is dropped with a warning from 4.2.',
    zh: '`process.roles` 决定节点是 KRaft 的 `broker`、`controller` 还是两者兼有。从 Kafka 4.0 起为必填项；角色名为小写且区分大小写；重复的角色在 4.1 及以前是错误，从 4.2 起会被去重并记录警告。',
  },
  messages: {
    en: {
      missing:
        'Kafka refuses to start: Missing required configuration "process.roles" which has no default value. Add process.roles=broker, controller or broker,controller.',
      missing3x: 'No process.roles: Kafka {version} runs this node in ZooKeeper mode, not KRaft.',
      empty:
        'Kafka refuses this node: process.roles is empty (4.2+: "Configuration \'process.roles\' must not be empty."; 4.0-4.1: kafka-storage format refuses it).',
      duplicate:
        'Kafka refuses to start: Duplicate role names found in `process.roles`: the role "{role}" is listed twice.',
      duplicateWarn: 'The role "{role}" is listed twice; Kafka {version} drops the duplicate with a warning.',
      addRoles: 'Add process.roles={roles}',
      removeDuplicate: 'Remove the repeated "{role}"',
      emptyFile:
        'Empty Kafka config: Kafka refuses to start without process.roles. Type `kraft` for a template (broker, controller or combined node).',
    },
    zh: {
      missing:
        'Kafka 拒绝启动：缺少必填配置 "process.roles"（Missing required configuration "process.roles" which has no default value.）。请添加 process.roles=broker、controller 或 broker,controller。',
      missing3x: '没有 process.roles：Kafka {version} 会以 ZooKeeper 模式而不是 KRaft 模式运行此节点。',
      empty:
        'Kafka 拒绝此节点：process.roles 为空（4.2+："Configuration \'process.roles\' must not be empty."；4.0-4.1：kafka-storage format 拒绝）。',
      duplicate: 'Kafka 拒绝启动：`process.roles` 中角色名重复（Duplicate role names found），"{role}" 出现了两次。',
      duplicateWarn: '角色 "{role}" 出现了两次；Kafka {version} 会去重并记录警告。',
      addRoles: '添加 process.roles={roles}',
      removeDuplicate: '删除重复的 "{role}"',
      emptyFile:
        '空的 Kafka 配置：没有 process.roles，Kafka 拒绝启动。输入 `kraft` 可插入模板（broker、controller 或组合节点）。',
    },
  },
  check({ node, version, report }) {
    const entry = node.settings.get('process.roles');
    // A file being started: one information finding until it has keys, not red while it is being written. Kafka
    // refuses an empty config and the message says so; the differential lists the two keyless corpus files as `oracle: skip`.
    if (node.doc.entries.length === 0) {
      report({ range: at.fileEnd(node), messageId: 'emptyFile', severity: 'information' });
      return;
    }
    if (!entry) {
      const roles =
        node.settings.has('controller.quorum.voters') && node.voters.some((voter) => voter.parsed.id === node.nodeId)
          ? 'controller'
          : 'broker';
      if (!atLeast(version, '4.0')) {
        if (node.settings.has('zookeeper.connect')) return;
        report({ range: at.fileEnd(node), messageId: 'missing3x', args: { version }, severity: 'warning' });
        return;
      }
      report({
        range: at.fileEnd(node),
        messageId: 'missing',
        fixes: [{ titleId: 'addRoles', args: { roles }, edits: [insertSetting(node, 'process.roles', roles)] }],
      });
      return;
    }
    if (node.roleItems.length === 0) {
      report({ range: at.key(node, entry), messageId: 'empty' });
      return;
    }
    const seen = new Set<string>();
    node.roleItems.forEach((item, index) => {
      if (item.text !== '' && seen.has(item.text)) {
        const fixes = [
          {
            titleId: 'removeDuplicate',
            args: { role: item.text },
            edits: [removeListItem(node, entry, node.roleItems, index)],
            preferred: true,
          },
        ];
        if (atLeast(version, '4.2'))
          report({
            range: at.span(node, entry, item),
            messageId: 'duplicateWarn',
            args: { role: item.text, version },
            severity: 'warning',
            fixes,
          });
        else report({ range: at.span(node, entry, item), messageId: 'duplicate', args: { role: item.text }, fixes });
      }
      seen.add(item.text);
    });
  },
});
