// Hover documentation of the keys about broker shutdown, rack, protocol version, purgatories and pluggable policies, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const brokerLifecycleDocs: Record<string, KeyDoc> = {
  'alter.config.policy.class.name': {
    roles: 'controller',
    en: 'Fully qualified name of a class implementing `org.apache.kafka.server.policy.AlterConfigPolicy` that can veto configuration changes. In KRaft the check runs on the controllers, so set it in the controller configuration; on a broker-only node Kafka only logs a warning and the class is not used there.',
    zh: '实现 `org.apache.kafka.server.policy.AlterConfigPolicy` 接口的类的全限定名，可用于拒绝不合规的配置修改。KRaft 模式下该校验在 controller 上执行，因此应配置在 controller 节点上；配置在纯 broker 节点上只会打印告警，并不生效。',
  },
  'broker.rack': {
    roles: 'broker',
    en: "Free-form label for the rack, availability zone or data centre the broker runs in. The controller uses it to spread a partition's replicas across different racks, and it enables rack-aware follower fetching for consumers that set `client.rack`. Set it consistently on all brokers or on none.",
    zh: '标识 broker 所在机架、可用区或机房的自定义字符串。controller 据此把同一分区的副本分散到不同机架；设置了 `client.rack` 的消费者也可借此从就近副本读取。要么所有 broker 都设置，要么都不设置。',
  },
  'config.providers': {
    roles: 'both',
    en: 'Comma-separated names of configuration providers, each configured with `config.providers.<name>.class` (and optional `config.providers.<name>.param.*`). Other values can then reference secrets as `${<name>:<path>:<key>}` instead of holding them in plain text, e.g. with `FileConfigProvider` or `EnvVarConfigProvider`. Kafka resolves these variables on every node; the key itself is only declared in the broker definition from 4.2.',
    zh: '以逗号分隔的配置提供者（config provider）名称，每个提供者通过 `config.providers.<name>.class`（以及可选的 `config.providers.<name>.param.*`）进行配置。之后其他参数可用 `${<name>:<path>:<key>}` 引用密钥等内容，而不必明文写入，例如配合 `FileConfigProvider` 或 `EnvVarConfigProvider`。所有节点都会解析这些变量；该键直到 4.2 才正式出现在 broker 配置定义中。',
  },
  'controlled.shutdown.enable': {
    roles: 'broker',
    en: "When on, a stopping broker first asks the controller to move the leadership of its partitions to other replicas and only then shuts down, so clients see little or no unavailability. Keep it enabled; with it off, leadership moves only after the broker's session times out.",
    zh: '开启后，broker 停止前会先请求 controller 把它上面的分区 leader 转移到其他副本，然后再关闭，使客户端几乎感受不到不可用。建议保持开启；关闭后 leader 只有在该 broker 的会话超时后才会迁移。',
  },
  'controlled.shutdown.max.retries': {
    roles: 'broker',
    en: 'In ZooKeeper mode: how many times a broker retried its controlled shutdown request before shutting down anyway. Kafka 4.x ignores it; KRaft brokers negotiate shutdown with the controller through heartbeats, and `controlled.shutdown.enable` still applies.',
    zh: 'ZooKeeper 模式下：broker 在强行关闭前重试受控关闭请求的次数。Kafka 4.x 会忽略此项；KRaft broker 通过心跳与 controller 协商关闭，`controlled.shutdown.enable` 仍然有效。',
  },
  'controlled.shutdown.retry.backoff.ms': {
    roles: 'broker',
    en: 'In ZooKeeper mode: the wait in milliseconds between controlled shutdown retries. Kafka 4.x ignores it and has no replacement key.',
    zh: 'ZooKeeper 模式下：受控关闭重试之间的等待时间（毫秒）。Kafka 4.x 会忽略此项，也没有替代配置。',
  },
  'delete.records.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'After this many DeleteRecords requests the broker cleans completed entries out of the waiting-request queue (purgatory) for those requests. Internal housekeeping; leave the default.',
    zh: '每累计这么多个 DeleteRecords 请求，broker 就清理一次该类请求等待队列（purgatory）中已完成的条目。属于内部维护，保持默认值即可。',
  },
  'inter.broker.protocol.version': {
    roles: 'broker',
    en: 'In 3.x it pinned the protocol version brokers used among themselves, mainly during rolling upgrades. Kafka 4.x ignores it: the cluster-wide `metadata.version` feature plays that role, set with `kafka-storage.sh format --release-version` and raised with `kafka-features.sh upgrade`.',
    zh: '3.x 中用于固定 broker 之间使用的协议版本，主要用于滚动升级。Kafka 4.x 会忽略此项：这一职责由集群级的 `metadata.version` 特性承担，格式化时通过 `kafka-storage.sh format --release-version` 设置，之后用 `kafka-features.sh upgrade` 升级。',
  },
  'producer.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'Number of produce requests after which the broker purges completed entries from the produce purgatory (where `acks=all` requests wait for replication). The default is fine in practice.',
    zh: '每处理这么多个生产请求后，broker 清理一次生产请求等待区（purgatory，`acks=all` 请求在此等待复制完成）中已完成的条目。实际使用中保持默认即可。',
  },
};
