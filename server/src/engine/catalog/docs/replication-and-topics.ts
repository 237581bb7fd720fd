// Hover documentation of the keys about replication, leaders and topic defaults, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const replicationAndTopicsDocs: Record<string, KeyDoc> = {
  'auto.create.topics.enable': {
    roles: 'broker',
    en: 'Lets a broker create a topic automatically when a client asks for metadata of a topic that does not exist (for example a producer writing to a new name). Auto-created topics get `num.partitions` partitions and `default.replication.factor` replicas. Many production clusters set it to `false` so that typos do not create stray topics.',
    zh: '允许 broker 在客户端请求一个不存在的主题的元数据时（例如生产者写入新主题名）自动创建该主题。自动创建的主题使用 `num.partitions` 个分区和 `default.replication.factor` 个副本。生产环境常设为 `false`，以免拼写错误产生多余主题。',
  },
  'auto.include.jmx.reporter': {
    roles: 'broker',
    en: 'Kafka 3.x used this flag to add the JMX metrics reporter even when it was not listed in `metric.reporters`. It was removed in 4.0 and is ignored; JMX metrics are now controlled solely by `metric.reporters`, whose default already includes `org.apache.kafka.common.metrics.JmxReporter`.',
    zh: 'Kafka 3.x 用此开关在 `metric.reporters` 未列出时也自动加入 JMX 指标上报器。该配置已在 4.0 移除并被忽略；现在 JMX 指标完全由 `metric.reporters` 控制，其默认值已包含 `org.apache.kafka.common.metrics.JmxReporter`。',
  },
  'auto.leader.rebalance.enable': {
    roles: 'controller',
    en: "When on, the active controller periodically moves partition leadership back to each partition's preferred replica (the first one in its replica list), so leaders stay evenly spread after broker restarts. The check runs every `leader.imbalance.check.interval.seconds`. Turn it off only if you rebalance leaders yourself.",
    zh: '开启后，active controller 会定期把分区 leader 迁回首选副本（副本列表中的第一个），使 broker 重启后 leader 仍能均匀分布。检查周期由 `leader.imbalance.check.interval.seconds` 决定。只有在自行管理 leader 均衡时才建议关闭。',
  },
  'create.topic.policy.class.name': {
    roles: 'controller',
    en: 'Fully qualified name of a class implementing `org.apache.kafka.server.policy.CreateTopicPolicy` that can reject topic creation requests, for example to enforce naming or minimum replication. In KRaft it is applied by the controllers, so configure it there; on a broker-only node it is ignored with a warning.',
    zh: '实现 `org.apache.kafka.server.policy.CreateTopicPolicy` 接口的类的全限定名，可拒绝不合规的建主题请求，例如强制命名规范或最小副本数。KRaft 下由 controller 执行，应配置在 controller 上；配置在纯 broker 节点上会被忽略并打印告警。',
  },
  'default.replication.factor': {
    roles: 'both',
    en: 'Replication factor given to topics created without an explicit one: by the controller for CreateTopics requests and by brokers for auto-created topics. Use at least `3` in production; creation fails if it exceeds the number of registered brokers. From 4.3 Kafka warns when it is set on a broker-only node, as the controller value is the one that will count in future.',
    zh: '未显式指定副本数时新建主题使用的副本因子：controller 处理 CreateTopics 请求时使用，broker 自动创建主题时也使用。生产环境建议至少为 `3`；若大于已注册的 broker 数量则建主题失败。4.3 起在纯 broker 节点上设置会收到告警，因为以后只以 controller 上的值为准。',
  },
  'delete.topic.enable': {
    roles: 'controller',
    en: 'Whether topics may be deleted through the Admin API or `kafka-topics --delete`. When `false` the controller rejects deletion requests. Some teams disable it in production to protect against accidental deletes.',
    zh: '是否允许通过 Admin API 或 `kafka-topics --delete` 删除主题。设为 `false` 时 controller 会拒绝删除请求。部分团队在生产环境关闭它以防误删。',
  },
  'fetch.max.bytes': {
    roles: 'broker',
    en: "Largest fetch response, in bytes, the broker returns for one fetch request from consumers or followers; a client asking for more gets at most this much. Raise it together with the client's `fetch.max.bytes` when consumers need bigger batches.",
    zh: 'broker 对单个拉取请求（消费者或跟随副本）返回的最大响应字节数；客户端请求更多时也最多只返回这么多。若消费者需要更大的批次，应与客户端的 `fetch.max.bytes` 一并调大。',
  },
  'fetch.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'After this many fetch requests the broker cleans completed entries out of the queue of waiting fetch requests (fetch purgatory). Internal housekeeping; the default is fine.',
    zh: '每累计这么多个拉取请求，broker 就清理一次等待中拉取请求队列（fetch purgatory）里已完成的条目。属于内部维护，默认值即可。',
  },
  'leader.imbalance.check.interval.seconds': {
    roles: 'controller',
    en: 'How often, in seconds, the active controller checks whether partition leaders have drifted away from their preferred replicas and, if so, moves them back. Only used when `auto.leader.rebalance.enable` is `true`.',
    zh: 'active controller 检查分区 leader 是否偏离首选副本、并在偏离时将其迁回的周期（秒）。仅在 `auto.leader.rebalance.enable` 为 `true` 时生效。',
  },
  'leader.imbalance.per.broker.percentage': {
    roles: 'broker',
    en: 'In ZooKeeper mode: the share of non-preferred leaders on a broker above which the controller triggered a preferred leader rebalance. Kafka 4.x ignores it and has no replacement; automatic rebalancing is governed by `auto.leader.rebalance.enable` and `leader.imbalance.check.interval.seconds`.',
    zh: 'ZooKeeper 模式下：当某 broker 上非首选 leader 的比例超过该百分比时，controller 会触发首选 leader 重平衡。Kafka 4.x 会忽略此项，也没有替代配置；自动重平衡由 `auto.leader.rebalance.enable` 和 `leader.imbalance.check.interval.seconds` 控制。',
  },
  'leader.replication.throttled.rate': {
    roles: 'broker',
    en: 'Bytes-per-second limit for replication traffic a broker sends, as leader, for the replicas listed in the topic config `leader.replication.throttled.replicas`; typically used to protect clients during partition reassignment. It is a dynamic broker setting only: set it with `kafka-configs.sh --entity-type brokers --alter` (or `kafka-reassign-partitions.sh --throttle`), because a value in `server.properties` has no effect.',
    zh: 'broker 作为 leader，为主题配置 `leader.replication.throttled.replicas` 中所列副本发送复制流量的速率上限（字节/秒），通常用于分区重分配时保护客户端流量。它只能作为动态 broker 配置设置：请用 `kafka-configs.sh --entity-type brokers --alter`（或 `kafka-reassign-partitions.sh --throttle`），写在 `server.properties` 中不会生效。',
  },
  'num.partitions': {
    roles: 'both',
    en: 'Default number of partitions for new topics created without an explicit count, including auto-created topics. In KRaft the controller applies it to `CreateTopics` requests, so set it on controllers; from 4.3 brokers warn when it is set on a broker-only node.',
    zh: '未显式指定分区数时新建 topic（包括自动创建的 topic）的默认分区数。KRaft 下由 controller 在处理 `CreateTopics` 请求时应用，因此应在 controller 上设置；从 4.3 起在纯 broker 节点上设置会打印警告。',
  },
  'num.replica.alter.log.dirs.threads': {
    roles: 'broker',
    en: 'Threads used to move replicas between log directories on the same broker (for example after `kafka-reassign-partitions.sh` with log-dir targets). When unset it defaults to the number of log directories.',
    zh: '在同一 broker 的不同日志目录间迁移副本所用的线程数（例如使用 `kafka-reassign-partitions.sh` 指定目标日志目录时）。未设置时等于日志目录数量。',
  },
  'num.replica.fetchers': {
    roles: 'broker',
    en: 'Number of fetcher threads a follower broker uses per source broker to replicate partitions. Increase it if followers fall behind and drop out of the ISR under heavy write load, at the cost of more threads and connections.',
    zh: 'follower broker 针对每个源 broker 用于复制分区的 fetcher 线程数。若写入压力大时 follower 跟不上并频繁掉出 ISR，可调大，代价是更多线程和连接。',
  },
  'replica.alter.log.dirs.io.max.bytes.per.second': {
    roles: 'broker',
    en: 'Bytes-per-second limit on disk I/O used when a broker moves replicas between its own log directories (JBOD moves via `kafka-reassign-partitions.sh` with log dir targets). It is a dynamic broker setting only: set it with `kafka-configs.sh --entity-type brokers --alter`, because a value in `server.properties` has no effect.',
    zh: 'broker 在自身的日志目录之间迁移副本（通过 `kafka-reassign-partitions.sh` 指定目标日志目录的 JBOD 迁移）时磁盘 I/O 的速率上限（字节/秒）。它只能作为动态 broker 配置设置：请用 `kafka-configs.sh --entity-type brokers --alter`，写在 `server.properties` 中不会生效。',
  },
  'replica.fetch.backoff.ms': {
    roles: 'broker',
    en: 'How long (ms) a follower waits before retrying after a fetch from the leader failed with an error.',
    zh: 'follower 从 leader 拉取数据出错后，重试前等待的时间（毫秒）。',
  },
  'replica.fetch.max.bytes': {
    roles: 'broker',
    en: 'Bytes a follower requests per partition in each fetch from the leader. It is a soft limit: a batch larger than this is still returned whole, so replication does not stall on large messages.',
    zh: 'follower 每次从 leader 拉取时每个分区请求的字节数。这是软限制：大于该值的批次仍会被完整返回，因此复制不会因大消息而卡住。',
  },
  'replica.fetch.min.bytes': {
    roles: 'broker',
    en: 'Minimum bytes the leader waits to accumulate before answering a follower fetch, bounded by `replica.fetch.wait.max.ms`. Raising it can reduce fetch overhead at the cost of replication latency, which also delays `acks=all` produce responses.',
    zh: 'leader 响应 follower fetch 前等待累积的最少字节数，最长等待 `replica.fetch.wait.max.ms`。调大可降低 fetch 开销，但会增加复制延迟，进而拖慢 `acks=all` 的生产响应。',
  },
  'replica.fetch.response.max.bytes': {
    roles: 'broker',
    en: 'Upper limit in bytes for one whole follower fetch response across all partitions. Like the per-partition limit it is soft, so a single oversized batch can still be replicated.',
    zh: '一次 follower fetch 响应（所有分区合计）的字节上限。与每分区限制一样是软限制，单个超大批次仍能被复制。',
  },
  'replica.fetch.wait.max.ms': {
    roles: 'broker',
    en: 'Longest time (ms) the leader holds a follower fetch open while waiting for `replica.fetch.min.bytes` of data. It must not exceed `replica.socket.timeout.ms` or `replica.lag.time.max.ms`, otherwise the broker refuses to start.',
    zh: 'leader 为等待 `replica.fetch.min.bytes` 的数据而挂起 follower fetch 请求的最长时间（毫秒）。它不能大于 `replica.socket.timeout.ms` 和 `replica.lag.time.max.ms`，否则 broker 无法启动。',
  },
  'replica.high.watermark.checkpoint.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) each broker saves the high watermark of its partitions to disk. The default is fine; the checkpoint speeds up recovery after a restart.',
    zh: '每个 broker 将其分区高水位（high watermark）保存到磁盘的频率（毫秒）。保持默认即可；该检查点可加快重启后的恢复。',
  },
  'replica.lag.time.max.ms': {
    roles: 'broker',
    en: 'If a follower has not caught up with the leader for this long (ms), the leader removes it from the ISR. Too low causes ISR flapping during GC pauses or traffic spikes; too high delays shrinking the ISR when a follower really fails, which stalls `acks=all` writes meanwhile.',
    zh: 'follower 在这么长时间（毫秒）内未追上 leader 时，leader 会将其移出 ISR。过低会在 GC 停顿或流量突增时导致 ISR 频繁抖动；过高则在 follower 真正故障时推迟 ISR 收缩，期间 `acks=all` 写入会被阻塞。',
  },
  'replica.selector.class': {
    roles: 'broker',
    en: 'Class that picks which replica a consumer should read from. Set it to `org.apache.kafka.common.replica.RackAwareReplicaSelector` together with `broker.rack` and the consumer `client.rack` to let consumers fetch from a replica in their own rack or zone, which saves cross-zone traffic.',
    zh: '决定消费者从哪个副本读取数据的类。将其设为 `org.apache.kafka.common.replica.RackAwareReplicaSelector`，并配合 `broker.rack` 和消费者的 `client.rack`，即可让消费者从同机架或同可用区的副本读取，节省跨区流量。',
  },
  'replica.socket.receive.buffer.bytes': {
    roles: 'broker',
    en: 'Socket receive buffer (bytes) for follower connections to leaders. Raise it for replication across high-latency links.',
    zh: 'follower 连接 leader 时使用的 socket 接收缓冲区大小（字节）。跨高延迟链路复制时可调大。',
  },
  'replica.socket.timeout.ms': {
    roles: 'broker',
    en: 'Network timeout (ms) for follower fetch requests to the leader. It must be at least `replica.fetch.wait.max.ms`, otherwise the broker refuses to start.',
    zh: 'follower 向 leader 发送 fetch 请求的网络超时时间（毫秒）。它必须不小于 `replica.fetch.wait.max.ms`，否则 broker 无法启动。',
  },
  'replication.quota.window.num': {
    roles: 'broker',
    en: 'Number of sample windows used to measure replication throttling rates (the throttles applied during partition reassignment).',
    zh: '计量复制限流速率（分区重分配期间使用的限流）时保留的采样窗口数量。',
  },
  'replication.quota.window.size.seconds': {
    roles: 'broker',
    en: 'Length in seconds of each sample window used for replication throttling.',
    zh: '复制限流每个采样窗口的长度（秒）。',
  },
};
