import { atLeast } from '../../catalog';
import { isZooKeeperMode } from '../../model/deployments';
import { at, defineNodeRule } from '../rule';

// The one finding a ZooKeeper-mode config gets: the KRaft rules do not apply to it and it is never grouped with KRaft nodes.
export default defineNodeRule({
  code: 'zookeeper-mode',
  defaultSeverity: 'warning',
  docs: {
    en: 'A config without `process.roles` that sets `zookeeper.connect` runs the broker in ZooKeeper mode (like the `config/server.properties` of Kafka 3.x distributions). Kafka 3.x still runs it; Kafka 4.0 removed ZooKeeper mode and refuses to start it. Such a file is checked for nothing else and never counted as a node of a KRaft cluster.',
    zh: '没有 `process.roles` 但设置了 `zookeeper.connect` 的配置会以 ZooKeeper 模式运行 broker（例如 Kafka 3.x 发行包中的 `config/server.properties`）。Kafka 3.x 仍可运行它；Kafka 4.0 已移除 ZooKeeper 模式，会拒绝启动。此类文件不做其他检查，也不会被算作 KRaft 集群的节点。',
  },
  messages: {
    en: {
      removed:
        'ZooKeeper-mode config (zookeeper.connect, no process.roles): Kafka {version} no longer runs ZooKeeper mode and refuses to start it. Write a KRaft config (process.roles, node.id, controller quorum) to run it on {version}.',
      supported:
        'ZooKeeper-mode config (zookeeper.connect, no process.roles): Kafka {version} runs it with ZooKeeper, not KRaft; KRaft checks do not apply. Kafka 4.0 removes ZooKeeper mode.',
    },
    zh: {
      removed:
        'ZooKeeper 模式的配置（有 zookeeper.connect，没有 process.roles）：Kafka {version} 已不再支持 ZooKeeper 模式，会拒绝启动。要在 {version} 上运行，请改写为 KRaft 配置（process.roles、node.id、控制器仲裁）。',
      supported:
        'ZooKeeper 模式的配置（有 zookeeper.connect，没有 process.roles）：Kafka {version} 会配合 ZooKeeper 运行它，而不是 KRaft；KRaft 检查不适用。Kafka 4.0 移除了 ZooKeeper 模式。',
    },
  },
  check({ node, version, report }) {
    if (!isZooKeeperMode(node)) return;
    const entry = node.settings.get('zookeeper.connect')!;
    if (atLeast(version, '4.0')) report({ range: at.key(node, entry), messageId: 'removed', args: { version } });
    else report({ range: at.key(node, entry), messageId: 'supported', args: { version }, severity: 'information' });
  },
});
