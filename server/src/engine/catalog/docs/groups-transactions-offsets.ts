// Hover documentation of the keys about consumer and share groups, transactions, producer ids and offsets, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const groupsTransactionsOffsetsDocs: Record<string, KeyDoc> = {
  'add.partitions.to.txn.retry.backoff.max.ms': {
    roles: 'broker',
    en: "Upper bound on how long a partition leader keeps retrying, in milliseconds, when it adds partitions to a transaction on the producer's behalf and the transaction coordinator answers `CONCURRENT_TRANSACTIONS`. The effective limit is the smaller of this value and `request.timeout.ms`; after it the error is returned to the producer.",
    zh: '分区 leader 代表生产者把分区加入事务时，若事务协调器返回 `CONCURRENT_TRANSACTIONS`，broker 会持续重试，本参数是重试的总时长上限（毫秒）。实际上限取本值与 `request.timeout.ms` 中的较小者，超时后错误会返回给生产者。',
  },
  'add.partitions.to.txn.retry.backoff.ms': {
    roles: 'broker',
    en: "Pause, in milliseconds, between the broker's retries when adding partitions to a transaction fails with `CONCURRENT_TRANSACTIONS`. Lower values finish transactions faster under contention but send more requests to the transaction coordinator; the total retry time is capped by `add.partitions.to.txn.retry.backoff.max.ms`.",
    zh: 'broker 将分区加入事务时遇到 `CONCURRENT_TRANSACTIONS` 后，两次重试之间的等待时间（毫秒）。调小可在竞争时更快完成事务，但会给事务协调器带来更多请求；重试总时长受 `add.partitions.to.txn.retry.backoff.max.ms` 限制。',
  },
  'group.consumer.assignment.interval.ms': {
    roles: 'broker',
    en: "Minimum time in milliseconds between two recomputations of a consumer group's target assignment (consumer rebalance protocol, Kafka 4.3+). Larger values batch several membership changes into one reassignment at the cost of slower reaction; `0` recomputes on every change. A per-group `consumer.assignment.interval.ms` override must stay within the `group.consumer.min.assignment.interval.ms`/`group.consumer.max.assignment.interval.ms` bounds, as must this default.",
    zh: '两次重新计算消费者组（consumer 协议）目标分配之间的最小间隔（毫秒，Kafka 4.3+）。调大可以把多次成员变化合并为一次重新分配，但响应变慢；`0` 表示每次变化都重新计算。该默认值以及组级覆盖 `consumer.assignment.interval.ms` 都必须位于 `group.consumer.min.assignment.interval.ms` 与 `group.consumer.max.assignment.interval.ms` 之间。',
  },
  'group.consumer.assignors': {
    roles: 'broker',
    en: 'Server-side partition assignors available to consumer groups that use the new consumer rebalance protocol; the first one is the default when a consumer does not request one. Entries are `uniform`, `range`, or the class name of a custom `ConsumerGroupPartitionAssignor`.',
    zh: '使用新版 consumer 再平衡协议的消费者组可用的服务端分区分配器；消费者未指定时使用列表中的第一个。条目可以是 `uniform`、`range`，或自定义 `ConsumerGroupPartitionAssignor` 实现的类名。',
  },
  'group.consumer.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Heartbeat interval in milliseconds that the group coordinator asks consumer-protocol members to use. Shorter intervals spread assignment changes faster but add heartbeat traffic. It must lie between the min and max heartbeat bounds and be smaller than `group.consumer.session.timeout.ms`.',
    zh: '组协调器要求使用 consumer 协议的成员采用的心跳间隔（毫秒）。间隔越短，分配变化传达得越快，但心跳流量越大。取值必须在最小/最大心跳间隔之间，并且小于 `group.consumer.session.timeout.ms`。',
  },
  'group.consumer.max.assignment.interval.ms': {
    roles: 'broker',
    en: 'Upper bound in milliseconds for the assignment interval of consumer groups, applied to `group.consumer.assignment.interval.ms` and to any per-group `consumer.assignment.interval.ms` override (Kafka 4.3+).',
    zh: '消费者组分配间隔允许的上限（毫秒），同时约束 `group.consumer.assignment.interval.ms` 和组级覆盖 `consumer.assignment.interval.ms`（Kafka 4.3+）。',
  },
  'group.consumer.max.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Largest heartbeat interval, in milliseconds, allowed for consumer-protocol groups, both for `group.consumer.heartbeat.interval.ms` and for per-group `consumer.heartbeat.interval.ms` overrides.',
    zh: 'consumer 协议消费者组允许的最大心跳间隔（毫秒），同时约束 `group.consumer.heartbeat.interval.ms` 与组级覆盖 `consumer.heartbeat.interval.ms`。',
  },
  'group.consumer.max.session.timeout.ms': {
    roles: 'broker',
    en: 'Largest session timeout, in milliseconds, allowed for consumer-protocol groups, both for `group.consumer.session.timeout.ms` and for per-group `consumer.session.timeout.ms` overrides.',
    zh: 'consumer 协议消费者组允许的最大会话超时（毫秒），同时约束 `group.consumer.session.timeout.ms` 与组级覆盖 `consumer.session.timeout.ms`。',
  },
  'group.consumer.max.size': {
    roles: 'broker',
    en: 'Maximum number of members one consumer-protocol group may have; further members are rejected. Set a limit to protect the coordinator from runaway client deployments.',
    zh: '单个 consumer 协议消费者组允许的最大成员数，超出的成员会被拒绝加入。设置上限可防止失控的客户端部署拖垮组协调器。',
  },
  'group.consumer.migration.policy': {
    roles: 'broker',
    en: 'Controls whether a non-empty group may switch between the classic protocol and the new consumer protocol during a rolling client upgrade or downgrade: `bidirectional` allows both ways, `upgrade` only classic to consumer, `downgrade` only the reverse, `disabled` neither. Empty groups can always be converted.',
    zh: '控制非空消费者组在客户端滚动升级或降级时能否在 classic 协议与新 consumer 协议之间转换：`bidirectional` 双向允许，`upgrade` 仅允许 classic 转为 consumer，`downgrade` 仅允许反向，`disabled` 均不允许。空组始终可以转换。',
  },
  'group.consumer.min.assignment.interval.ms': {
    roles: 'broker',
    en: 'Lower bound in milliseconds for the assignment interval of consumer groups, applied to `group.consumer.assignment.interval.ms` and to per-group `consumer.assignment.interval.ms` overrides (Kafka 4.3+).',
    zh: '消费者组分配间隔允许的下限（毫秒），同时约束 `group.consumer.assignment.interval.ms` 和组级覆盖 `consumer.assignment.interval.ms`（Kafka 4.3+）。',
  },
  'group.consumer.min.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Smallest heartbeat interval, in milliseconds, allowed for consumer-protocol groups, for both the broker default and per-group overrides. It prevents groups from being configured to heartbeat too aggressively.',
    zh: 'consumer 协议消费者组允许的最小心跳间隔（毫秒），同时约束 broker 默认值与组级覆盖，防止组被配置成过于频繁地发送心跳。',
  },
  'group.consumer.min.session.timeout.ms': {
    roles: 'broker',
    en: 'Smallest session timeout, in milliseconds, allowed for consumer-protocol groups, for both the broker default and per-group overrides.',
    zh: 'consumer 协议消费者组允许的最小会话超时（毫秒），同时约束 broker 默认值与组级覆盖。',
  },
  'group.consumer.regex.refresh.interval.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: how often the group coordinator re-evaluates regular-expression subscriptions of consumer-protocol groups against the current topic list. Leave it at the default.',
    zh: '内部、未公开文档的参数：组协调器按当前主题列表重新匹配 consumer 协议消费者组正则订阅的周期。建议保持默认值。',
  },
  'group.consumer.session.timeout.ms': {
    roles: 'broker',
    en: 'Default time in milliseconds after which a consumer-protocol member that stopped heartbeating is removed from its group and its partitions are reassigned. It must lie within the min/max session timeout bounds; a group can override it with `consumer.session.timeout.ms`.',
    zh: 'consumer 协议成员停止心跳后多久（毫秒）被移出消费者组并重新分配其分区的默认值。取值必须在最小/最大会话超时之间；单个组可用 `consumer.session.timeout.ms` 覆盖。',
  },
  'group.coordinator.append.linger.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, the group coordinator waits to gather writes (such as offset commits) into one batch before appending them to its log. `-1`, the default since 4.2, adapts the wait to the load to keep latency low; a fixed value raises batching efficiency but delays request completion. Transactional writes are not held back.',
    zh: '组协调器把写入（如位移提交）攒成一个批次再追加到日志前的等待时间（毫秒）。`-1`（4.2 起的默认值）表示根据负载自适应以降低延迟；固定值可以提升批量效率，但会延后请求的完成。事务性写入不会被延迟。',
  },
  'group.coordinator.background.threads': {
    roles: 'broker',
    en: 'Number of threads the group coordinator uses for background work such as refreshing regular-expression subscriptions and running offloaded assignment computations (Kafka 4.3+). Increase it if large groups wait noticeably for new assignments.',
    zh: '组协调器用于后台任务（如刷新正则订阅、执行被卸载的分配计算）的线程数（Kafka 4.3+）。若大型组等待新分配的时间明显变长，可以适当调大。',
  },
  'group.coordinator.cached.buffer.max.bytes': {
    roles: 'broker',
    en: 'Largest write buffer, in bytes, that the group coordinator keeps for reuse between writes (Kafka 4.3+). Setting it above the maximum message size makes every buffer reusable and so defeats the limit.',
    zh: '组协调器在多次写入之间保留以便复用的写缓冲区的最大字节数（Kafka 4.3+）。若设得比最大消息大小还大，所有缓冲区都会被复用，限制也就失去了作用。',
  },
  'group.coordinator.new.enable': {
    roles: 'broker',
    en: 'Internal, undocumented switch that exists only in Kafka 4.0 and selects the new group coordinator implementation, which is already the default. Later releases no longer define it. Leave it unset.',
    zh: '内部、未公开文档的开关，仅存在于 Kafka 4.0，用于选择新版组协调器实现（默认已启用）。后续版本不再定义该参数。请勿设置。',
  },
  'group.coordinator.rebalance.protocols': {
    roles: 'broker',
    en: 'Group protocols the coordinator accepts: `classic`, `consumer`, `streams` (4.1+) and `share`. `classic` must stay in the list or Kafka refuses to start. Listing `share` is deprecated from 4.2 because share groups are governed by the `share.version` feature, and 4.3 deprecates the whole key, so normally leave it unset.',
    zh: '组协调器接受的组协议：`classic`、`consumer`、`streams`（4.1+）以及 `share`。列表中必须保留 `classic`，否则 Kafka 无法启动。由于共享组改由 `share.version` 特性控制，自 4.2 起在此列出 `share` 已被废弃，4.3 起整个键都已废弃，通常应保持不设置。',
  },
  'group.coordinator.threads': {
    roles: 'broker',
    en: 'Number of threads that process group coordinator work (joins, heartbeats, offset commits) on each broker. Raise it on brokers that coordinate many busy groups and show high coordinator latency.',
    zh: '每个 broker 上处理组协调器工作（加入组、心跳、位移提交等）的线程数。若 broker 协调了大量活跃的组且协调延迟较高，可适当调大。',
  },
  'group.initial.rebalance.delay.ms': {
    roles: 'broker',
    en: 'For classic-protocol groups: how long, in milliseconds, the coordinator waits after the first member joins an empty group before doing the first rebalance, so that members starting together land in one rebalance. Development setups often use `0` to avoid the startup wait.',
    zh: '针对 classic 协议的组：空组中第一个成员加入后，协调器等待多久（毫秒）再进行首次再平衡，使同时启动的成员在一次再平衡中完成分配。开发测试环境常设为 `0` 以免启动等待。',
  },
  'group.max.session.timeout.ms': {
    roles: 'broker',
    en: 'Largest `session.timeout.ms` that classic-protocol consumers may request. Raising it lets slow consumers survive longer pauses, but failed consumers are then detected later.',
    zh: 'classic 协议消费者可以申请的最大 `session.timeout.ms`。调大可让处理较慢的消费者容忍更长的停顿，但故障消费者也会更晚被发现。',
  },
  'group.max.size': {
    roles: 'broker',
    en: 'Maximum number of members in one classic-protocol group; members beyond that are rejected.',
    zh: '单个 classic 协议组允许的最大成员数，超出的成员会被拒绝。',
  },
  'group.min.session.timeout.ms': {
    roles: 'broker',
    en: 'Smallest `session.timeout.ms` that classic-protocol consumers may request. Very low session timeouts cause frequent rebalances and extra heartbeat load.',
    zh: 'classic 协议消费者可以申请的最小 `session.timeout.ms`。会话超时过低会导致频繁再平衡并增加心跳负载。',
  },
  'group.share.assignment.interval.ms': {
    roles: 'broker',
    en: "Minimum time in milliseconds between two recomputations of a share group's target assignment (Kafka 4.3+). `0` recomputes on every membership change. It and any per-group `share.assignment.interval.ms` must stay within the `group.share.min.assignment.interval.ms`/`group.share.max.assignment.interval.ms` bounds.",
    zh: '两次重新计算共享组目标分配之间的最小间隔（毫秒，Kafka 4.3+）。`0` 表示每次成员变化都重新计算。该值及组级覆盖 `share.assignment.interval.ms` 都必须位于 `group.share.min.assignment.interval.ms` 与 `group.share.max.assignment.interval.ms` 之间。',
  },
  'group.share.assignors': {
    roles: 'broker',
    en: 'Server-side assignor used for share groups; the built-in one is `simple`. Kafka 4.3 requires exactly one entry.',
    zh: '共享组使用的服务端分配器，内置的是 `simple`。Kafka 4.3 要求只能配置一个。',
  },
  'group.share.delivery.count.limit': {
    roles: 'broker',
    en: 'How many times a record may be delivered to a share group before Kafka stops redelivering it and archives it as undeliverable. In 4.3 it must lie between `group.share.min.delivery.count.limit` and `group.share.max.delivery.count.limit`.',
    zh: '一条记录最多可以向共享组投递多少次，超过后 Kafka 不再重投并将其归档为无法投递。4.3 中取值必须在 `group.share.min.delivery.count.limit` 与 `group.share.max.delivery.count.limit` 之间。',
  },
  'group.share.enable': {
    roles: 'broker',
    en: 'Internal, undocumented early-access switch for share groups (KIP-932), present in Kafka 4.0–4.2. Newer releases turn share groups on through the `share.version` feature (`kafka-features`). Do not set it in production.',
    zh: '共享组（KIP-932）早期访问阶段的内部、未公开文档开关，存在于 Kafka 4.0–4.2。新版本通过 `share.version` 特性（`kafka-features`）开启共享组。生产环境请勿设置。',
  },
  'group.share.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Heartbeat interval in milliseconds that the coordinator asks share-group members to use. It must lie within the min/max heartbeat bounds and be smaller than `group.share.session.timeout.ms`.',
    zh: '协调器要求共享组成员使用的心跳间隔（毫秒）。取值必须在最小/最大心跳间隔之间，且小于 `group.share.session.timeout.ms`。',
  },
  'group.share.initialize.retry.interval.ms': {
    roles: 'broker',
    en: "Internal, undocumented setting: wait in milliseconds before the coordinator retries initializing a share group's persisted state; if set below `offsets.commit.timeout.ms`, that value is used instead. Leave it at the default.",
    zh: '内部、未公开文档的参数：协调器重试初始化共享组持久化状态前的等待时间（毫秒）；若小于 `offsets.commit.timeout.ms` 则改用后者。建议保持默认值。',
  },
  'group.share.max.assignment.interval.ms': {
    roles: 'broker',
    en: 'Upper bound in milliseconds for the share-group assignment interval, applied to `group.share.assignment.interval.ms` and to per-group `share.assignment.interval.ms` overrides (Kafka 4.3+).',
    zh: '共享组分配间隔允许的上限（毫秒），同时约束 `group.share.assignment.interval.ms` 和组级覆盖 `share.assignment.interval.ms`（Kafka 4.3+）。',
  },
  'group.share.max.delivery.count.limit': {
    roles: 'broker',
    en: 'Largest delivery-count limit allowed for share groups, both for `group.share.delivery.count.limit` and for per-group `share.delivery.count.limit` overrides (Kafka 4.3+).',
    zh: '共享组允许的最大投递次数上限，同时约束 `group.share.delivery.count.limit` 与组级覆盖 `share.delivery.count.limit`（Kafka 4.3+）。',
  },
  'group.share.max.groups': {
    roles: 'broker',
    en: 'Kafka 4.0 only: maximum number of share groups allowed. Later releases dropped this setting, so it is ignored there.',
    zh: '仅 Kafka 4.0：允许的共享组最大数量。后续版本已移除该参数，设置后会被忽略。',
  },
  'group.share.max.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Largest heartbeat interval, in milliseconds, allowed for share groups, for both the broker default and per-group `share.heartbeat.interval.ms` overrides.',
    zh: '共享组允许的最大心跳间隔（毫秒），同时约束 broker 默认值与组级覆盖 `share.heartbeat.interval.ms`。',
  },
  'group.share.max.partition.max.record.locks': {
    roles: 'broker',
    en: 'Largest value allowed for the per-share-partition in-flight record limit, applied to `group.share.partition.max.record.locks` and per-group `share.partition.max.record.locks` overrides (Kafka 4.3+).',
    zh: '每个共享分区在途记录锁数量上限所允许的最大值，同时约束 `group.share.partition.max.record.locks` 与组级覆盖 `share.partition.max.record.locks`（Kafka 4.3+）。',
  },
  'group.share.max.record.lock.duration.ms': {
    roles: 'broker',
    en: 'Longest acquisition lock duration, in milliseconds, that share groups may use, for both the broker default and per-group `share.record.lock.duration.ms` overrides.',
    zh: '共享组可使用的最长记录获取锁时长（毫秒），同时约束 broker 默认值与组级覆盖 `share.record.lock.duration.ms`。',
  },
  'group.share.max.session.timeout.ms': {
    roles: 'broker',
    en: 'Largest session timeout, in milliseconds, allowed for share groups, for both the broker default and per-group `share.session.timeout.ms` overrides.',
    zh: '共享组允许的最大会话超时（毫秒），同时约束 broker 默认值与组级覆盖 `share.session.timeout.ms`。',
  },
  'group.share.max.share.sessions': {
    roles: 'broker',
    en: 'Maximum number of share sessions (share-fetch sessions of share consumers) one broker keeps at a time. From 4.3 it must be at least `group.share.max.size`.',
    zh: '单个 broker 同时维护的共享会话（共享消费者的 share-fetch 会话）的最大数量。自 4.3 起必须不小于 `group.share.max.size`。',
  },
  'group.share.max.size': {
    roles: 'broker',
    en: 'Maximum number of members in one share group; further members are rejected.',
    zh: '单个共享组允许的最大成员数，超出的成员会被拒绝加入。',
  },
  'group.share.min.assignment.interval.ms': {
    roles: 'broker',
    en: 'Lower bound in milliseconds for the share-group assignment interval, applied to `group.share.assignment.interval.ms` and per-group `share.assignment.interval.ms` overrides (Kafka 4.3+).',
    zh: '共享组分配间隔允许的下限（毫秒），同时约束 `group.share.assignment.interval.ms` 和组级覆盖 `share.assignment.interval.ms`（Kafka 4.3+）。',
  },
  'group.share.min.delivery.count.limit': {
    roles: 'broker',
    en: 'Smallest delivery-count limit allowed for share groups, for both `group.share.delivery.count.limit` and per-group `share.delivery.count.limit` overrides (Kafka 4.3+).',
    zh: '共享组允许的最小投递次数上限，同时约束 `group.share.delivery.count.limit` 与组级覆盖 `share.delivery.count.limit`（Kafka 4.3+）。',
  },
  'group.share.min.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Smallest heartbeat interval, in milliseconds, allowed for share groups, for both the broker default and per-group overrides.',
    zh: '共享组允许的最小心跳间隔（毫秒），同时约束 broker 默认值与组级覆盖。',
  },
  'group.share.min.partition.max.record.locks': {
    roles: 'broker',
    en: 'Smallest value allowed for the per-share-partition in-flight record limit, for both the broker default and per-group `share.partition.max.record.locks` overrides (Kafka 4.3+).',
    zh: '每个共享分区在途记录锁数量上限所允许的最小值，同时约束 broker 默认值与组级覆盖 `share.partition.max.record.locks`（Kafka 4.3+）。',
  },
  'group.share.min.record.lock.duration.ms': {
    roles: 'broker',
    en: 'Shortest acquisition lock duration, in milliseconds, that share groups may use, for both the broker default and per-group overrides.',
    zh: '共享组可使用的最短记录获取锁时长（毫秒），同时约束 broker 默认值与组级覆盖。',
  },
  'group.share.min.session.timeout.ms': {
    roles: 'broker',
    en: 'Smallest session timeout, in milliseconds, allowed for share groups, for both the broker default and per-group overrides.',
    zh: '共享组允许的最小会话超时（毫秒），同时约束 broker 默认值与组级覆盖。',
  },
  'group.share.partition.max.record.locks': {
    roles: 'broker',
    en: 'Maximum number of records of one share-partition that can be delivered but not yet acknowledged (locked) at the same time. When the limit is reached, consumers get no more records from that partition until some are acknowledged or their locks expire. The default rose from `200` in 4.0 to `2000`.',
    zh: '单个共享分区中同时处于已投递但未确认（被锁定）状态的记录数上限。达到上限后，需等部分记录被确认或锁过期，消费者才能继续从该分区获取记录。默认值从 4.0 的 `200` 提高到了 `2000`。',
  },
  'group.share.persister.class.name': {
    roles: 'broker',
    en: 'Internal, undocumented setting naming the class that stores share-group delivery state; the default writes it through the share coordinator. Do not change it.',
    zh: '内部、未公开文档的参数，指定保存共享组投递状态的类；默认实现通过共享协调器写入。请勿修改。',
  },
  'group.share.record.lock.duration.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, a share consumer holds the lock on a record it received. If the record is not acknowledged in time, the lock expires and the record becomes available for delivery again. Must lie within the min/max lock duration bounds; groups can override it with `share.record.lock.duration.ms`.',
    zh: '共享消费者对收到的记录持有锁的时长（毫秒）。若未能及时确认，锁过期后该记录会重新变为可投递状态。取值必须在最小/最大锁时长之间；单个组可用 `share.record.lock.duration.ms` 覆盖。',
  },
  'group.share.session.timeout.ms': {
    roles: 'broker',
    en: 'Default time in milliseconds after which a share-group member that stopped heartbeating is removed from the group. Must lie within the min/max session timeout bounds; groups can override it with `share.session.timeout.ms`.',
    zh: '共享组成员停止心跳后多久（毫秒）被移出组的默认值。取值必须在最小/最大会话超时之间；单个组可用 `share.session.timeout.ms` 覆盖。',
  },
  'group.streams.assignment.interval.ms': {
    roles: 'broker',
    en: "Minimum time in milliseconds between two recomputations of a streams group's target assignment (Kafka 4.3+). `0` recomputes on every membership change. It and per-group `streams.assignment.interval.ms` overrides must stay within the `group.streams.min.assignment.interval.ms`/`group.streams.max.assignment.interval.ms` bounds.",
    zh: '两次重新计算 streams 组目标分配之间的最小间隔（毫秒，Kafka 4.3+）。`0` 表示每次成员变化都重新计算。该值及组级覆盖 `streams.assignment.interval.ms` 都必须位于 `group.streams.min.assignment.interval.ms` 与 `group.streams.max.assignment.interval.ms` 之间。',
  },
  'group.streams.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Heartbeat interval in milliseconds that the coordinator asks Kafka Streams members of streams groups (the broker-side streams rebalance protocol) to use. It must lie within the min/max heartbeat bounds and be smaller than `group.streams.session.timeout.ms`.',
    zh: '协调器要求 streams 组（服务端 Streams 再平衡协议）中 Kafka Streams 成员使用的心跳间隔（毫秒）。取值必须在最小/最大心跳间隔之间，且小于 `group.streams.session.timeout.ms`。',
  },
  'group.streams.initial.rebalance.delay.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, the coordinator waits after a new streams group is formed before computing its first assignment, so that instances starting together are assigned in one go (Kafka 4.2+). Lower it in tests to speed up startup.',
    zh: '新 streams 组形成后，协调器在计算首次分配前等待的时间（毫秒），使同时启动的实例一次性完成分配（Kafka 4.2+）。测试环境可调小以加快启动。',
  },
  'group.streams.max.assignment.interval.ms': {
    roles: 'broker',
    en: 'Upper bound in milliseconds for the streams-group assignment interval, for both the broker default and per-group `streams.assignment.interval.ms` overrides (Kafka 4.3+).',
    zh: 'streams 组分配间隔允许的上限（毫秒），同时约束 broker 默认值与组级覆盖 `streams.assignment.interval.ms`（Kafka 4.3+）。',
  },
  'group.streams.max.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Largest heartbeat interval, in milliseconds, allowed for streams groups, for both the broker default and per-group `streams.heartbeat.interval.ms` overrides.',
    zh: 'streams 组允许的最大心跳间隔（毫秒），同时约束 broker 默认值与组级覆盖 `streams.heartbeat.interval.ms`。',
  },
  'group.streams.max.session.timeout.ms': {
    roles: 'broker',
    en: 'Largest session timeout, in milliseconds, allowed for streams groups, for both the broker default and per-group `streams.session.timeout.ms` overrides.',
    zh: 'streams 组允许的最大会话超时（毫秒），同时约束 broker 默认值与组级覆盖 `streams.session.timeout.ms`。',
  },
  'group.streams.max.size': {
    roles: 'broker',
    en: 'Maximum number of members in one streams group; further members are rejected.',
    zh: '单个 streams 组允许的最大成员数，超出的成员会被拒绝加入。',
  },
  'group.streams.max.standby.replicas': {
    roles: 'broker',
    en: 'Largest number of standby task replicas a streams group may request through its `streams.num.standby.replicas` setting; `group.streams.num.standby.replicas` must not exceed it either.',
    zh: 'streams 组通过组级配置 `streams.num.standby.replicas` 可申请的最大备用任务副本数；`group.streams.num.standby.replicas` 也不能超过该值。',
  },
  'group.streams.min.assignment.interval.ms': {
    roles: 'broker',
    en: 'Lower bound in milliseconds for the streams-group assignment interval, for both the broker default and per-group overrides (Kafka 4.3+).',
    zh: 'streams 组分配间隔允许的下限（毫秒），同时约束 broker 默认值与组级覆盖（Kafka 4.3+）。',
  },
  'group.streams.min.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'Smallest heartbeat interval, in milliseconds, allowed for streams groups, for both the broker default and per-group overrides.',
    zh: 'streams 组允许的最小心跳间隔（毫秒），同时约束 broker 默认值与组级覆盖。',
  },
  'group.streams.min.session.timeout.ms': {
    roles: 'broker',
    en: 'Smallest session timeout, in milliseconds, allowed for streams groups, for both the broker default and per-group overrides.',
    zh: 'streams 组允许的最小会话超时（毫秒），同时约束 broker 默认值与组级覆盖。',
  },
  'group.streams.num.standby.replicas': {
    roles: 'broker',
    en: 'Default number of standby replicas of each stateful task that the coordinator assigns in streams groups; standbys keep a warm copy of state for faster failover at the cost of extra disk and network. Must not exceed `group.streams.max.standby.replicas`; groups can override it with `streams.num.standby.replicas`.',
    zh: '协调器在 streams 组中为每个有状态任务分配的默认备用副本数；备用副本保留一份热状态，可加快故障切换，但会占用额外的磁盘和网络。不能超过 `group.streams.max.standby.replicas`；单个组可用 `streams.num.standby.replicas` 覆盖。',
  },
  'group.streams.session.timeout.ms': {
    roles: 'broker',
    en: 'Default time in milliseconds after which a streams-group member that stopped heartbeating is removed and its tasks are reassigned. Must lie within the min/max session timeout bounds; groups can override it with `streams.session.timeout.ms`.',
    zh: 'streams 组成员停止心跳后多久（毫秒）被移出组并重新分配其任务的默认值。取值必须在最小/最大会话超时之间；单个组可用 `streams.session.timeout.ms` 覆盖。',
  },
  'offset.metadata.max.bytes': {
    roles: 'broker',
    en: 'Maximum size in bytes of the free-form metadata string a client may attach to an offset commit. Commits with larger metadata are rejected.',
    zh: '客户端提交偏移量时可附带的自定义元数据字符串的最大字节数。超出的提交会被拒绝。',
  },
  'offsets.commit.required.acks': {
    roles: 'broker',
    en: 'Deprecated 3.x setting for the acknowledgement level of offset commit writes. Kafka 4.x ignores it and has no replacement; remove it.',
    zh: '3.x 中已弃用的配置，用于设定位移提交写入的确认级别。Kafka 4.x 会忽略此项且没有替代配置，请删除。',
  },
  'offsets.commit.timeout.ms': {
    roles: 'broker',
    en: 'How long (ms) the group coordinator waits for an offset commit, i.e. a write to `__consumer_offsets`, to be replicated before answering the client with a timeout error. Raise it only if commits time out because of slow replication.',
    zh: '组协调器等待一次偏移量提交（即写入 `__consumer_offsets`）完成复制的最长时间（毫秒），超时则向客户端返回超时错误。仅在因复制缓慢导致提交超时时才需调大。',
  },
  'offsets.load.buffer.size': {
    roles: 'broker',
    en: 'Read buffer size in bytes used when a broker becomes group coordinator and loads group and offset state from `__consumer_offsets` into memory. The default is normally fine.',
    zh: 'broker 成为组协调器、从 `__consumer_offsets` 加载消费组和偏移量状态到内存时使用的读缓冲区大小（字节）。通常保持默认即可。',
  },
  'offsets.retention.check.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) the group coordinator looks for committed offsets that have passed `offsets.retention.minutes` and removes them.',
    zh: '组协调器检查并删除超过 `offsets.retention.minutes` 的已提交偏移量的频率（毫秒）。',
  },
  'offsets.retention.minutes': {
    roles: 'broker',
    en: 'How long (minutes) committed offsets are kept after a consumer group has become empty (for standalone consumers: after the last commit). If a group is stopped longer than this, its offsets are deleted and it restarts from `auto.offset.reset` when it comes back.',
    zh: '消费组变为空组后（对独立消费者而言为最后一次提交后）已提交偏移量的保留时间（分钟）。若消费组停止时间超过该值，其偏移量会被删除，恢复后将按 `auto.offset.reset` 重新开始消费。',
  },
  'offsets.topic.compression.codec': {
    roles: 'broker',
    en: 'Compression used for batches written to `__consumer_offsets`, given as a numeric codec id: `0` none, `1` gzip, `2` snappy, `3` lz4, `4` zstd. Compression is rarely worth enabling for this topic.',
    zh: '写入 `__consumer_offsets` 的批次所用压缩方式，以数字编码表示：`0` 不压缩，`1` gzip，`2` snappy，`3` lz4，`4` zstd。对该 topic 启用压缩通常收益不大。',
  },
  'offsets.topic.num.partitions': {
    roles: 'broker',
    en: 'Number of partitions of the internal `__consumer_offsets` topic, fixed when the topic is first created. Groups are mapped to partitions by hashing the group id, so do not change it afterwards; pick a value large enough to spread coordinator load across brokers.',
    zh: '内部 topic `__consumer_offsets` 的分区数，在该 topic 首次创建时确定。消费组按 group id 的哈希映射到分区，因此创建后不要修改；应选择足够大的值，使协调器负载分散到各个 broker。',
  },
  'offsets.topic.replication.factor': {
    roles: 'broker',
    en: 'Replication factor of the internal `__consumer_offsets` topic, which the broker creates on first use by a consumer group. If fewer brokers are registered than this value, the creation fails and consumer groups cannot find a coordinator, so clients retry indefinitely; on a single-broker development cluster set it to `1`. In production keep `3` (or more), because losing this topic loses all committed offsets.',
    zh: '内部 topic `__consumer_offsets` 的副本因子，该 topic 在消费组首次使用时由 broker 创建。若已注册的 broker 数少于该值，创建会失败，消费组找不到协调器，客户端会无限重试；单 broker 的开发集群应设为 `1`。生产环境保持 `3`（或更高），因为该 topic 丢失意味着所有已提交偏移量丢失。',
  },
  'offsets.topic.segment.bytes': {
    roles: 'broker',
    en: 'Segment size in bytes for `__consumer_offsets`. It is kept smaller than regular topics so that compaction runs often and coordinator failover loads less data.',
    zh: '`__consumer_offsets` 的日志段大小（字节）。它比普通 topic 的段小，以便压缩更频繁地进行、协调器切换时需要加载的数据更少。',
  },
  'producer.id.expiration.check.interval.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: how often (ms) the broker scans for producer ids that have passed `producer.id.expiration.ms`. Leave it at its default.',
    zh: '内部未公开的配置：broker 扫描超过 `producer.id.expiration.ms` 的 producer id 的频率（毫秒）。请保持默认值。',
  },
  'producer.id.expiration.ms': {
    roles: 'broker',
    en: 'How long (ms) a partition leader keeps the state of a producer id after its last write; the state is what lets idempotent producers avoid duplicates. Producers idle longer than this lose deduplication for their next write, so do not set it below your longest producer pause; it is separate from `transactional.id.expiration.ms`.',
    zh: '分区 leader 在 producer id 最后一次写入后保留其状态的时间（毫秒）；这些状态用于幂等生产者去重。空闲超过该时间的生产者，其下一次写入将失去去重保护，因此不要设得比生产者最长的停顿时间还短；它与 `transactional.id.expiration.ms` 相互独立。',
  },
  'share.coordinator.append.linger.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, the share coordinator lets writes to the `__share_group_state` topic accumulate before flushing them as one batch. Larger values give bigger, more efficient batches at the cost of request latency; `-1` (accepted from 4.2) lets the coordinator adapt the linger time to the workload.',
    zh: 'share coordinator 把写入 `__share_group_state` 主题的数据攒成一批再落盘前等待的时间（毫秒）。值越大批次越大、写入越高效，但请求延迟也越高；`-1`（4.2 起可用）表示由 coordinator 根据负载自适应决定等待时间。',
  },
  'share.coordinator.cached.buffer.max.bytes': {
    roles: 'broker',
    en: 'Largest write buffer, in bytes, that the share coordinator keeps around for reuse; bigger buffers are released after use. Keep it below the maximum message size, otherwise every buffer is recycled and the limit no longer caps memory. Can also be changed dynamically.',
    zh: 'share coordinator 为复用而保留的写缓冲区的最大字节数，超过该大小的缓冲区用完即释放。建议小于最大消息大小，否则所有缓冲区都会被回收复用，该上限就失去了限制内存的作用。该配置也支持动态修改。',
  },
  'share.coordinator.cold.partition.snapshot.interval.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: how often (ms) the share coordinator forces a snapshot for share-partitions whose state has not been updated recently, so older records in `__share_group_state` can be cleaned up. Leave it at the default.',
    zh: '内部、未公开文档的配置：share coordinator 为近期没有状态更新的 share 分区强制写快照的间隔（毫秒），以便清理 `__share_group_state` 中的旧记录。请保持默认值。',
  },
  'share.coordinator.load.buffer.size': {
    roles: 'broker',
    en: 'Read batch size in bytes used when a broker becomes share coordinator for a `__share_group_state` partition and loads it into memory. It is a soft limit (a larger record is still read); raising it can shorten coordinator failover for big state partitions at the cost of memory.',
    zh: 'broker 成为某个 `__share_group_state` 分区的 share coordinator 并把状态加载到内存时，每次读取的批量大小（字节）。这是软限制（遇到更大的记录仍会完整读取）；状态分区较大时调大它可缩短 coordinator 切换时间，但会占用更多内存。',
  },
  'share.coordinator.snapshot.update.records.per.snapshot': {
    roles: 'broker',
    en: 'Number of incremental update records the share coordinator writes for a share-partition before it writes a full snapshot record again. Lower values mean more snapshot writes but faster state loading after failover; the default is a sensible balance.',
    zh: 'share coordinator 为一个 share 分区写入多少条增量更新记录后，再写一次完整的快照记录。值越小，快照写入越频繁，但故障切换后的状态加载越快；默认值是较均衡的选择。',
  },
  'share.coordinator.state.topic.compression.codec': {
    roles: 'broker',
    en: 'Compression used for records written to the internal `__share_group_state` topic, given as Kafka numeric codec ID: `0` none, `1` gzip, `2` snappy, `3` lz4, `4` zstd.',
    zh: '写入内部主题 `__share_group_state` 的记录所用的压缩方式，取值为 Kafka 的数字编码 ID：`0` 不压缩，`1` gzip，`2` snappy，`3` lz4，`4` zstd。',
  },
  'share.coordinator.state.topic.min.isr': {
    roles: 'broker',
    en: '`min.insync.replicas` applied to the internal `__share_group_state` topic when it is created. On a single-broker development cluster set it (and the replication factor) to `1`; in production keep it below the replication factor so one broker can be down without blocking share-group state writes.',
    zh: '创建内部主题 `__share_group_state` 时为其设置的 `min.insync.replicas`。单 broker 开发环境应将它（以及副本因子）设为 `1`；生产环境应小于副本因子，使单个 broker 宕机时仍能写入 share group 状态。',
  },
  'share.coordinator.state.topic.num.partitions': {
    roles: 'broker',
    en: 'Number of partitions of the internal `__share_group_state` topic, which spreads share-group state across coordinators. It only takes effect when the topic is first created; do not change it afterwards.',
    zh: '内部主题 `__share_group_state` 的分区数，决定 share group 状态在各 coordinator 之间的分布。仅在首次创建该主题时生效，创建后不要再修改。',
  },
  'share.coordinator.state.topic.prune.interval.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: how often (ms) the share coordinator removes records in `__share_group_state` that are no longer needed. Leave it at the default.',
    zh: '内部、未公开文档的配置：share coordinator 清理 `__share_group_state` 中不再需要的记录的间隔（毫秒）。请保持默认值。',
  },
  'share.coordinator.state.topic.replication.factor': {
    roles: 'broker',
    en: 'Replication factor of the internal `__share_group_state` topic, used when it is created on first use. If fewer brokers are registered than this value, creation fails and share groups cannot work, so set it to `1` on single-broker test setups and to `3` in production.',
    zh: '内部主题 `__share_group_state` 的副本因子，在首次使用并创建该主题时生效。如果已注册的 broker 数少于该值，主题创建会失败，share group 无法工作；因此单 broker 测试环境应设为 `1`，生产环境建议 `3`。',
  },
  'share.coordinator.state.topic.segment.bytes': {
    roles: 'broker',
    en: 'Log segment size in bytes for the internal `__share_group_state` topic. Smaller segments let cleanup reclaim space sooner and keep state loading fast; there is rarely a reason to change it.',
    zh: '内部主题 `__share_group_state` 的日志段大小（字节）。段越小，清理越早回收空间，状态加载也越快；通常没有必要修改。',
  },
  'share.coordinator.threads': {
    roles: 'broker',
    en: 'Number of threads the share coordinator uses to process its events. Increase it only if share-group coordination shows up as a CPU bottleneck on brokers hosting many busy share groups.',
    zh: 'share coordinator 处理事件所用的线程数。只有当承载大量活跃 share group 的 broker 上 share 协调成为 CPU 瓶颈时才需要调大。',
  },
  'share.coordinator.write.timeout.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, the share coordinator waits for a write to `__share_group_state` to be acknowledged by all in-sync replicas before it reports a timeout. Slow disks or replicas lead to timeouts that surface as errors to share consumers.',
    zh: 'share coordinator 等待写入 `__share_group_state` 的数据被所有同步副本确认的最长时间（毫秒），超时即报错。磁盘或副本过慢时会出现超时，并以错误形式反映到 share consumer。',
  },
  'share.fetch.max.fetch.records': {
    roles: 'broker',
    en: 'Internal, undocumented setting present only in Kafka 4.0: an upper bound on how many records a single share fetch can hand out. Leave it alone; later releases no longer define it.',
    zh: '仅 Kafka 4.0 中存在的内部、未公开文档配置：单次 share fetch 最多可分发的记录数上限。请勿修改；之后的版本已不再定义此项。',
  },
  'share.fetch.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'How many share fetch requests may be added to the share fetch purgatory (where fetches wait for data) before it is swept for completed entries. Rarely needs tuning; lower values free memory sooner at a small CPU cost.',
    zh: '向 share fetch 的 purgatory（等待数据的 fetch 请求暂存区）加入多少个请求后，对其进行一次已完成条目的清理。一般无需调整；值越小内存释放越及时，但会多消耗一些 CPU。',
  },
  'transaction.abort.timed.out.transaction.cleanup.interval.ms': {
    roles: 'broker',
    en: 'How often, in milliseconds, the transaction coordinator scans for open transactions that have exceeded their timeout and aborts them. Lowering it releases stuck transactions (and the consumers waiting on them with `read_committed`) a little sooner at slightly higher overhead.',
    zh: '事务协调器扫描并中止已超过超时时间的未完成事务的间隔（毫秒）。调小可以更早释放卡住的事务（以及以 `read_committed` 等待它们的消费者），代价是略高的开销。',
  },
  'transaction.max.timeout.ms': {
    roles: 'broker',
    en: 'Highest `transaction.timeout.ms` a transactional producer may request, in milliseconds; a producer asking for more fails in `initTransactions()`. Raise it for frameworks that keep transactions open long (for example Flink with long checkpoint intervals), keeping in mind that long open transactions hold back `read_committed` consumers.',
    zh: '事务型生产者可申请的 `transaction.timeout.ms` 上限（毫秒）；申请值超过它的生产者会在 `initTransactions()` 时失败。对于事务会保持较长时间的框架（例如 checkpoint 间隔较长的 Flink）需要调大，但要注意长时间未结束的事务会阻塞 `read_committed` 消费者。',
  },
  'transaction.partition.verification.enable': {
    roles: 'broker',
    en: 'When enabled, the partition leader checks with the transaction coordinator that a partition really is part of the ongoing transaction before accepting a transactional write. This guards against hanging transactions caused by late or duplicated writes; keep it on.',
    zh: '开启后，分区 leader 在接受事务写入之前，会向事务协调器确认该分区确实已加入当前事务。这可以防止迟到或重复的写入导致事务悬挂；建议保持开启。',
  },
  'transaction.remove.expired.transaction.cleanup.interval.ms': {
    roles: 'broker',
    en: 'How often, in milliseconds, the transaction coordinator deletes transactional IDs that have passed `transactional.id.expiration.ms`. The default is fine for most clusters.',
    zh: '事务协调器清除已超过 `transactional.id.expiration.ms` 的事务 ID 的间隔（毫秒）。多数集群保持默认即可。',
  },
  'transaction.state.log.load.buffer.size': {
    roles: 'broker',
    en: 'Read batch size in bytes used when a broker becomes transaction coordinator for a `__transaction_state` partition and loads it into memory. It is a soft limit; a larger value can speed up coordinator failover for big partitions at the cost of memory.',
    zh: 'broker 成为某个 `__transaction_state` 分区的事务协调器并将其加载到内存时，每次读取的批量大小（字节）。这是软限制；分区较大时调大可加快协调器切换，但会占用更多内存。',
  },
  'transaction.state.log.min.isr': {
    roles: 'broker',
    en: '`min.insync.replicas` for the internal `__transaction_state` topic. On a single-broker test cluster set it (and the replication factor) to `1`; in production keep it below the replication factor so that transactions keep working while one broker is down.',
    zh: '内部主题 `__transaction_state` 的 `min.insync.replicas`。单 broker 测试集群应将它（以及副本因子）设为 `1`；生产环境应小于副本因子，以便单个 broker 宕机时事务仍可正常进行。',
  },
  'transaction.state.log.num.partitions': {
    roles: 'broker',
    en: 'Number of partitions of the internal `__transaction_state` topic, which spreads transactional IDs over coordinators. It only applies when the topic is first created; changing it afterwards is not supported.',
    zh: '内部主题 `__transaction_state` 的分区数，决定事务 ID 在各协调器之间的分布。仅在首次创建该主题时生效，之后修改不受支持。',
  },
  'transaction.state.log.replication.factor': {
    roles: 'broker',
    en: 'Replication factor of the internal `__transaction_state` topic, applied when it is created on first use. If fewer brokers are registered than this value, creation fails and transactional producers hang in `initTransactions()`, so use `1` on single-broker setups and `3` in production.',
    zh: '内部主题 `__transaction_state` 的副本因子，在首次使用并创建该主题时生效。若已注册的 broker 数少于该值，创建会失败，事务型生产者会卡在 `initTransactions()`；因此单 broker 环境用 `1`，生产环境用 `3`。',
  },
  'transaction.state.log.segment.bytes': {
    roles: 'broker',
    en: 'Log segment size in bytes for the internal `__transaction_state` topic. Keeping segments moderate helps compaction and speeds up loading the state after a coordinator move; rarely worth changing.',
    zh: '内部主题 `__transaction_state` 的日志段大小（字节）。适中的段大小有利于压缩（compaction），也能加快协调器迁移后的状态加载；一般不值得修改。',
  },
  'transaction.two.phase.commit.enable': {
    roles: 'broker',
    en: 'Allows producers to take part in two-phase commit, where an external transaction manager decides when a Kafka transaction commits or aborts (KIP-939). Such transactions can stay open far longer than normal ones and hold back `read_committed` consumers, so enable it only for applications that need it, together with the matching ACLs.',
    zh: '允许生产者参与两阶段提交，由外部事务管理器决定 Kafka 事务何时提交或中止（KIP-939）。此类事务可能比普通事务保持打开的时间长得多，并阻塞 `read_committed` 消费者，因此只应为确有需要的应用开启，并配合相应的 ACL。',
  },
  'transactional.id.expiration.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, a transactional ID may stay idle (no transaction activity) before the coordinator forgets it. Once expired, its fencing state is lost, so set it longer than the longest pause between runs of any transactional application.',
    zh: '事务 ID 在没有任何事务活动的情况下可保留多久（毫秒），超过后协调器会将其清除。一旦过期，其隔离（fencing）状态也随之丢失，因此应设置得比任何事务型应用两次运行之间的最长间隔更长。',
  },
};
