// Hover documentation for Kafka keys, written for this project (facts from Kafka's source, sentences our own).
import type { KeyDoc } from './types';
export const docsPart1: Record<string, KeyDoc> = {
  'add.partitions.to.txn.retry.backoff.max.ms': {
    roles: 'broker',
    en: 'Upper bound on how long a partition leader keeps retrying, in milliseconds, when it adds partitions to a transaction on the producer\'s behalf and the transaction coordinator answers `CONCURRENT_TRANSACTIONS`. The effective limit is the smaller of this value and `request.timeout.ms`; after it the error is returned to the producer.',
    zh: '分区 leader 代表生产者把分区加入事务时，若事务协调器返回 `CONCURRENT_TRANSACTIONS`，broker 会持续重试，本参数是重试的总时长上限（毫秒）。实际上限取本值与 `request.timeout.ms` 中的较小者，超时后错误会返回给生产者。',
  },
  'add.partitions.to.txn.retry.backoff.ms': {
    roles: 'broker',
    en: 'Pause, in milliseconds, between the broker\'s retries when adding partitions to a transaction fails with `CONCURRENT_TRANSACTIONS`. Lower values finish transactions faster under contention but send more requests to the transaction coordinator; the total retry time is capped by `add.partitions.to.txn.retry.backoff.max.ms`.',
    zh: 'broker 将分区加入事务时遇到 `CONCURRENT_TRANSACTIONS` 后，两次重试之间的等待时间（毫秒）。调小可在竞争时更快完成事务，但会给事务协调器带来更多请求；重试总时长受 `add.partitions.to.txn.retry.backoff.max.ms` 限制。',
  },
  'advertised.listeners': {
    roles: 'both',
    en: 'The `NAME://host:port` addresses this node publishes for others to connect to; when unset, the values of `listeners` are published. Use host names or IPs that clients and other nodes can actually reach (the wildcard `0.0.0.0` is rejected), and keep every listener name here also present in `listeners`. Entries for controller listeners are allowed and tell the quorum how to reach this controller.',
    zh: '本节点对外公布的连接地址，格式为 `NAME://host:port`；未设置时直接公布 `listeners` 的值。应填写客户端和其他节点真正能访问到的主机名或 IP（不允许使用 `0.0.0.0`），且这里的每个监听器名都必须在 `listeners` 中存在。可以包含 controller 监听器条目，用于告知仲裁如何访问本 controller。',
  },
  'alter.config.policy.class.name': {
    roles: 'controller',
    en: 'Fully qualified name of a class implementing `org.apache.kafka.server.policy.AlterConfigPolicy` that can veto configuration changes. In KRaft the check runs on the controllers, so set it in the controller configuration; on a broker-only node Kafka only logs a warning and the class is not used there.',
    zh: '实现 `org.apache.kafka.server.policy.AlterConfigPolicy` 接口的类的全限定名，可用于拒绝不合规的配置修改。KRaft 模式下该校验在 controller 上执行，因此应配置在 controller 节点上；配置在纯 broker 节点上只会打印告警，并不生效。',
  },
  'alter.log.dirs.replication.quota.window.num': {
    roles: 'broker',
    en: 'Number of sampling windows kept when measuring the throughput of replica moves between log directories on the same broker (the traffic limited by `replica.alter.log.dirs.io.max.bytes.per.second`). More windows smooth the measured rate over a longer period. The default rarely needs changing.',
    zh: '统计同一 broker 内副本在日志目录之间迁移的流量（受 `replica.alter.log.dirs.io.max.bytes.per.second` 限速）时保留的采样窗口个数。窗口越多，速率统计越平滑、覆盖的时间越长。一般无需修改默认值。',
  },
  'alter.log.dirs.replication.quota.window.size.seconds': {
    roles: 'broker',
    en: 'Length in seconds of each sampling window used for the log-directory move throttle. Together with `alter.log.dirs.replication.quota.window.num` it sets the time span over which the move rate is averaged. The default rarely needs changing.',
    zh: '日志目录间副本迁移限速所用的每个采样窗口的时长（秒）。与 `alter.log.dirs.replication.quota.window.num` 一起决定迁移速率的平均计算时间跨度。一般无需修改默认值。',
  },
  'authorizer.class.name': {
    roles: 'both',
    en: 'Class that decides whether a request is allowed; empty means no authorization checks at all. In KRaft the usual choice is `org.apache.kafka.metadata.authorizer.StandardAuthorizer`, which stores ACLs in the cluster metadata. Configure it on controllers as well as brokers, and list administrative principals in `super.users` so that inter-node traffic is not denied.',
    zh: '用于判定请求是否被允许的授权器类；为空表示完全不做授权检查。KRaft 下通常使用 `org.apache.kafka.metadata.authorizer.StandardAuthorizer`，ACL 保存在集群元数据中。broker 和 controller 都要配置，并在 `super.users` 中列出管理用主体，避免节点间通信被拒绝。',
  },
  'auto.create.topics.enable': {
    roles: 'broker',
    en: 'Lets a broker create a topic automatically when a client asks for metadata of a topic that does not exist (for example a producer writing to a new name). Auto-created topics get `num.partitions` partitions and `default.replication.factor` replicas. Many production clusters set it to `false` so that typos do not create stray topics.',
    zh: '允许 broker 在客户端请求一个不存在的主题的元数据时（例如生产者写入新主题名）自动创建该主题。自动创建的主题使用 `num.partitions` 个分区和 `default.replication.factor` 个副本。生产环境常设为 `false`，以免拼写错误产生多余主题。',
  },
  'auto.leader.rebalance.enable': {
    roles: 'controller',
    en: 'When on, the active controller periodically moves partition leadership back to each partition\'s preferred replica (the first one in its replica list), so leaders stay evenly spread after broker restarts. The check runs every `leader.imbalance.check.interval.seconds`. Turn it off only if you rebalance leaders yourself.',
    zh: '开启后，active controller 会定期把分区 leader 迁回首选副本（副本列表中的第一个），使 broker 重启后 leader 仍能均匀分布。检查周期由 `leader.imbalance.check.interval.seconds` 决定。只有在自行管理 leader 均衡时才建议关闭。',
  },
  'background.threads': {
    roles: 'broker',
    en: 'Size of the broker\'s general-purpose scheduler thread pool, which runs periodic housekeeping such as log retention checks and deleting old segments. Raise it only if background tasks visibly fall behind on a broker with very many partitions.',
    zh: 'broker 通用后台调度线程池的大小，用于执行日志保留检查、删除过期分段等周期性维护任务。只有在分区数量很多、后台任务明显滞后时才需要调大。',
  },
  'broker.heartbeat.interval.ms': {
    roles: 'broker',
    en: 'How often, in milliseconds, a broker sends a heartbeat to the active controller to keep its registration alive. Keep it at most half of `broker.session.timeout.ms` (which is set on the controllers); otherwise a couple of delayed heartbeats can get a healthy broker fenced. Kafka 4.2+ logs an error when the ratio is wrong.',
    zh: 'broker 向 active controller 发送心跳以维持注册状态的间隔（毫秒）。应不超过 controller 上 `broker.session.timeout.ms` 的一半，否则少量心跳延迟就可能导致健康的 broker 被隔离（fenced）。Kafka 4.2 起若比例不当会打印错误日志。',
  },
  'broker.id': {
    roles: 'both',
    en: 'Older name for the node identifier; in KRaft it is a synonym of `node.id`. If only one of the two is set it is copied to the other, and setting both to different values stops startup. Prefer `node.id` in new configurations.',
    zh: '节点标识的旧名称，在 KRaft 模式下是 `node.id` 的同义参数。只设置其中一个时会自动复制给另一个；两者都设置且取值不同会导致启动失败。新配置建议使用 `node.id`。',
  },
  'broker.rack': {
    roles: 'broker',
    en: 'Free-form label for the rack, availability zone or data centre the broker runs in. The controller uses it to spread a partition\'s replicas across different racks, and it enables rack-aware follower fetching for consumers that set `client.rack`. Set it consistently on all brokers or on none.',
    zh: '标识 broker 所在机架、可用区或机房的自定义字符串。controller 据此把同一分区的副本分散到不同机架；设置了 `client.rack` 的消费者也可借此从就近副本读取。要么所有 broker 都设置，要么都不设置。',
  },
  'broker.session.timeout.ms': {
    roles: 'controller',
    en: 'How long, in milliseconds, the controller waits without a heartbeat from a broker before fencing it and moving its partition leaderships elsewhere. Lower values react faster to crashed brokers but risk fencing brokers during GC pauses or network hiccups. Keep it at least twice `broker.heartbeat.interval.ms`.',
    zh: 'controller 在收不到某个 broker 心跳多久（毫秒）之后将其隔离（fence），并把其上的分区 leader 迁走。调小可更快发现宕机的 broker，但在 GC 停顿或网络抖动时容易误隔离。应至少是 `broker.heartbeat.interval.ms` 的两倍。',
  },
  'client.quota.callback.class': {
    roles: 'broker',
    en: 'Optional class implementing `org.apache.kafka.server.quota.ClientQuotaCallback` that replaces the built-in way of computing client quotas (by user and client id). Leave unset unless you need custom quota grouping, such as quotas per tenant derived from the principal.',
    zh: '可选的 `org.apache.kafka.server.quota.ClientQuotaCallback` 实现类，用于替换按用户和 client id 计算客户端配额的内置逻辑。除非需要自定义配额分组（例如按主体推导出的租户限额），否则保持不设置。',
  },
  'compression.gzip.level': {
    roles: 'broker',
    en: 'Compression level the broker uses when it has to write data with gzip itself (when the topic\'s `compression.type` is `gzip` and the broker must recompress). `-1` means the codec\'s own default; higher numbers compress better at more CPU cost. It does not affect what producers send.',
    zh: 'broker 需要自行以 gzip 压缩写入数据时（主题的 `compression.type` 为 `gzip` 且需要重新压缩）所用的压缩级别。`-1` 表示使用压缩库的默认级别；数值越高压缩率越好，CPU 开销也越大。不影响生产者发送的数据。',
  },
  'compression.lz4.level': {
    roles: 'broker',
    en: 'Compression level the broker uses when it recompresses data with lz4 because the topic\'s `compression.type` is `lz4`. Higher levels give smaller data but use more CPU on the broker. Producer-side compression is configured on the producer.',
    zh: '当主题的 `compression.type` 为 `lz4` 且 broker 需要重新压缩时使用的压缩级别。级别越高数据越小，但 broker 的 CPU 消耗越大。生产者端的压缩由生产者自身配置决定。',
  },
  'compression.type': {
    roles: 'broker',
    en: 'Default compression for topics without their own `compression.type`. `producer` keeps whatever codec the producer used; any other value (`gzip`, `snappy`, `lz4`, `zstd`, `uncompressed`) makes the broker store data in that form, recompressing batches that arrive differently, which costs broker CPU.',
    zh: '未单独设置 `compression.type` 的主题所采用的默认压缩方式。`producer` 表示保留生产者使用的压缩编码；其他取值（`gzip`、`snappy`、`lz4`、`zstd`、`uncompressed`）会让 broker 以该格式存储，编码不一致的批次会被重新压缩，从而消耗 broker CPU。',
  },
  'compression.zstd.level': {
    roles: 'broker',
    en: 'Compression level the broker uses when it recompresses data with zstd because the topic\'s `compression.type` is `zstd`. Negative values favour speed, higher positive values favour ratio at more CPU cost.',
    zh: '当主题的 `compression.type` 为 `zstd` 且 broker 需要重新压缩时使用的压缩级别。负值偏向速度，正值越大压缩率越高，CPU 开销也越大。',
  },
  'config.providers': {
    roles: 'both',
    en: 'Comma-separated names of configuration providers, each configured with `config.providers.<name>.class` (and optional `config.providers.<name>.param.*`). Other values can then reference secrets as `${<name>:<path>:<key>}` instead of holding them in plain text, e.g. with `FileConfigProvider` or `EnvVarConfigProvider`. Kafka resolves these variables on every node; the key itself is only declared in the broker definition from 4.2.',
    zh: '以逗号分隔的配置提供者（config provider）名称，每个提供者通过 `config.providers.<name>.class`（以及可选的 `config.providers.<name>.param.*`）进行配置。之后其他参数可用 `${<name>:<path>:<key>}` 引用密钥等内容，而不必明文写入，例如配合 `FileConfigProvider` 或 `EnvVarConfigProvider`。所有节点都会解析这些变量；该键直到 4.2 才正式出现在 broker 配置定义中。',
  },
  'connection.failed.authentication.delay.ms': {
    roles: 'both',
    en: 'Delay, in milliseconds, before the server closes a connection whose authentication failed. It slows down password-guessing clients and reconnect storms. Keep it below `connections.max.idle.ms`, otherwise Kafka refuses to start.',
    zh: '认证失败后服务端延迟多久（毫秒）再关闭该连接。可以拖慢暴力猜密码的客户端，减轻重连风暴。必须小于 `connections.max.idle.ms`，否则 Kafka 无法启动。',
  },
  'connections.max.idle.ms': {
    roles: 'both',
    en: 'Time in milliseconds after which the server closes a connection that has carried no traffic. Lower it to free sockets held by many idle clients; keep it above `connection.failed.authentication.delay.ms`.',
    zh: '连接在无任何流量多久（毫秒）之后被服务端关闭。若大量空闲客户端占用连接，可适当调小；需大于 `connection.failed.authentication.delay.ms`。',
  },
  'connections.max.reauth.ms': {
    roles: 'both',
    en: 'For SASL connections: when greater than `0`, the longest time in milliseconds an authenticated session may be used before the client must re-authenticate, or the server closes the connection. `0` turns re-authentication off. Usually set per listener and mechanism, e.g. `listener.name.sasl_ssl.oauthbearer.connections.max.reauth.ms`, so that expired tokens or revoked credentials stop working on long-lived connections.',
    zh: '针对 SASL 连接：大于 `0` 时，表示一次认证后的会话最长可使用多久（毫秒），到期前客户端必须重新认证，否则服务端会关闭连接。`0` 表示不启用重新认证。通常按监听器和机制单独设置，例如 `listener.name.sasl_ssl.oauthbearer.connections.max.reauth.ms`，使过期的令牌或被吊销的凭据无法继续在长连接上使用。',
  },
  'controlled.shutdown.enable': {
    roles: 'broker',
    en: 'When on, a stopping broker first asks the controller to move the leadership of its partitions to other replicas and only then shuts down, so clients see little or no unavailability. Keep it enabled; with it off, leadership moves only after the broker\'s session times out.',
    zh: '开启后，broker 停止前会先请求 controller 把它上面的分区 leader 转移到其他副本，然后再关闭，使客户端几乎感受不到不可用。建议保持开启；关闭后 leader 只有在该 broker 的会话超时后才会迁移。',
  },
  'controller.listener.names': {
    roles: 'both',
    en: 'Listener name(s) used for controller traffic, compared exactly as written (case-sensitive) with the names in `listeners`. On controllers they must appear in `listeners`; on broker-only nodes they must not, and brokers use the first entry to reach the controllers. Each name needs a security protocol, either from `listener.security.protocol.map` or the implicit `PLAINTEXT` mapping when the map is not set.',
    zh: '用于 controller 通信的监听器名称，与 `listeners` 中的名称按原样（区分大小写）比较。controller 节点上这些名称必须出现在 `listeners` 中；纯 broker 节点上则不能出现，broker 使用第一个名称去连接 controller。每个名称都需要对应的安全协议，来自 `listener.security.protocol.map`，或在该映射未设置时隐式映射为 `PLAINTEXT`。',
  },
  'controller.performance.always.log.threshold.ms': {
    roles: 'controller',
    en: 'Internal, undocumented setting: controller events whose processing takes longer than this many milliseconds are always logged as slow. Leave it at the default unless you are debugging controller latency.',
    zh: '内部、未公开文档的参数：处理时间超过该毫秒数的 controller 事件总会被记录为慢事件日志。除非在排查 controller 延迟问题，否则保持默认值。',
  },
  'controller.performance.sample.period.ms': {
    roles: 'controller',
    en: 'Internal, undocumented setting: interval in milliseconds between the controller\'s periodic log summaries of event-processing performance. Leave it at the default.',
    zh: '内部、未公开文档的参数：controller 定期输出事件处理性能汇总日志的间隔（毫秒）。建议保持默认值。',
  },
  'controller.quorum.append.linger.ms': {
    roles: 'controller',
    en: 'How long, in milliseconds, the quorum leader waits to gather more metadata records before writing them to the metadata log. Higher values make larger batches and fewer disk writes but add latency to metadata changes such as topic creation.',
    zh: '仲裁 leader 在把元数据记录写入元数据日志前等待累积更多记录的时长（毫秒）。调大可形成更大的批次、减少磁盘写入，但会增加创建主题等元数据变更的延迟。',
  },
  'controller.quorum.auto.join.enable': {
    roles: 'controller',
    en: 'When `true`, a controller that is not yet a voter automatically asks to be added to the controller quorum of its cluster (dynamic quorum, KIP-853) instead of waiting for `kafka-metadata-quorum add-controller`. Only valid on nodes with the `controller` role; a broker-only node with `true` fails to start (4.2+).',
    zh: '设为 `true` 时，尚未成为投票者的 controller 会自动请求加入所在集群的 controller 仲裁（动态仲裁，KIP-853），而无需手动执行 `kafka-metadata-quorum add-controller`。仅适用于带 `controller` 角色的节点；纯 broker 节点设为 `true` 会导致启动失败（4.2+）。',
  },
  'controller.quorum.bootstrap.servers': {
    roles: 'both',
    en: 'Comma-separated `host:port` addresses of the controllers, used by every broker and controller to find the quorum. This is the setting for dynamic quorums; list all controllers here. Either it or `controller.quorum.voters` must be non-empty.',
    zh: '以逗号分隔的 controller 地址列表，格式为 `host:port`，所有 broker 和 controller 都用它来发现仲裁。这是动态仲裁使用的配置，应列出全部 controller。它与 `controller.quorum.voters` 至少有一个不能为空。',
  },
  'controller.quorum.election.backoff.max.ms': {
    roles: 'controller',
    en: 'Upper limit, in milliseconds, of the randomized exponential back-off a controller applies before starting another election after one failed. It keeps candidates from repeatedly splitting the vote. The default suits most clusters.',
    zh: '选举失败后 controller 再次发起选举前随机指数退避时间的上限（毫秒），用于避免多个候选者反复瓜分选票。默认值适用于大多数集群。',
  },
  'controller.quorum.election.timeout.ms': {
    roles: 'both',
    en: 'How long, in milliseconds, a voter goes without a leader before it starts an election; the actual wait is randomized between this value and twice it. Lower values mean faster failover but more needless elections on slow networks or during GC pauses. It matters mainly on controllers, but every node\'s Raft client reads it, so keep it the same everywhere.',
    zh: '投票者在没有 leader 的情况下等待多久（毫秒）后发起选举，实际等待时间在该值与其两倍之间随机。调小故障切换更快，但在网络较慢或 GC 停顿时会触发不必要的选举。主要对 controller 有意义，但所有节点的 Raft 客户端都会读取，建议各节点保持一致。',
  },
  'controller.quorum.fetch.max.bytes': {
    roles: 'both',
    en: 'Maximum amount of metadata log data, in bytes, requested in one Raft fetch by brokers and follower controllers. At least one record batch is always returned even if it is larger. Added in 4.3; rarely needs tuning.',
    zh: 'broker 和跟随者 controller 每次 Raft 拉取（Fetch）请求的最大元数据日志数据量（字节）。即使单个记录批次更大也至少会返回一个批次。4.3 新增，一般无需调整。',
  },
  'controller.quorum.fetch.snapshot.max.bytes': {
    roles: 'both',
    en: 'Maximum size in bytes of each chunk when a node downloads a metadata snapshot from the quorum leader (for example a new or far-behind broker). Larger chunks mean fewer round trips for big snapshots. Added in 4.3.',
    zh: '节点从仲裁 leader 下载元数据快照（例如新加入或严重落后的 broker）时，每个分块的最大字节数。分块越大，大快照所需的往返次数越少。4.3 新增。',
  },
  'controller.quorum.fetch.timeout.ms': {
    roles: 'both',
    en: 'How long, in milliseconds, a node can go without a successful fetch from the quorum leader. A follower controller then starts an election and a broker looks for the leader again; a leader that stops receiving fetches from a majority within this time resigns. Keep it identical on all nodes.',
    zh: '节点在多长时间（毫秒）内没有成功从仲裁 leader 拉取数据。超时后，跟随者 controller 会发起选举，broker 会重新寻找 leader；leader 若在此时间内收不到多数成员的拉取请求则会主动卸任。建议所有节点保持一致。',
  },
  'controller.quorum.request.timeout.ms': {
    roles: 'both',
    en: 'Time in milliseconds a node waits for a response to a KRaft quorum request (fetch, vote and similar) before treating it as failed and retrying. Raise it only for slow links between nodes and controllers.',
    zh: '节点发出 KRaft 仲裁请求（拉取、投票等）后等待响应的时间（毫秒），超时即视为失败并重试。只有在节点与 controller 之间链路较慢时才需调大。',
  },
  'controller.quorum.retry.backoff.ms': {
    roles: 'both',
    en: 'Pause in milliseconds before a node retries a failed KRaft quorum request, which avoids hammering an unreachable controller.',
    zh: 'KRaft 仲裁请求失败后节点重试前的等待时间（毫秒），避免频繁冲击不可达的 controller。',
  },
  'controller.quorum.voters': {
    roles: 'both',
    en: 'Static list of the controller quorum members as `id@host:port` entries, identical on every broker and controller. This is the older static-quorum method: do not set it for a dynamic quorum, which uses `controller.quorum.bootstrap.servers` instead. Each id must be the `node.id` of a controller, a broker-only node must not be listed, and hosts must be routable (not `0.0.0.0`).',
    zh: '以 `id@host:port` 形式列出 controller 仲裁成员的静态列表，所有 broker 和 controller 上必须一致。这是较早的静态仲裁方式；使用动态仲裁时不要设置，应改用 `controller.quorum.bootstrap.servers`。每个 id 必须是某个 controller 的 `node.id`，纯 broker 节点不能出现在列表中，主机地址必须可路由（不能是 `0.0.0.0`）。',
  },
  'controller.quota.window.num': {
    roles: 'controller',
    en: 'Number of sampling windows used to measure the controller mutation rate (topic and partition creations and deletions) for client quotas. The default is fine for almost all clusters.',
    zh: '为客户端配额统计 controller 变更速率（主题、分区的创建与删除）时使用的采样窗口个数。几乎所有集群都可沿用默认值。',
  },
  'controller.quota.window.size.seconds': {
    roles: 'controller',
    en: 'Length in seconds of each sampling window for the controller mutation quota. Together with `controller.quota.window.num` it sets how long a burst of topic or partition changes is averaged over.',
    zh: 'controller 变更配额每个采样窗口的时长（秒）。与 `controller.quota.window.num` 一起决定主题或分区变更突发量被平均的时间跨度。',
  },
  'controller.socket.timeout.ms': {
    roles: 'both',
    en: 'Timeout in milliseconds for requests a node sends to the active controller over its controller channel (for example forwarded admin requests, ISR changes and registration). Requests that take longer are retried.',
    zh: '节点通过 controller 通道向 active controller 发送请求（如转发的管理请求、ISR 变更、注册等）时的超时时间（毫秒）。超过该时间的请求会被重试。',
  },
  'cordoned.log.dirs': {
    roles: 'broker',
    en: 'Log directories of this broker that should receive no new partition replicas (Kafka 4.3+); existing data stays and keeps being served. Each entry must be one of `log.dirs`/`log.dir`, or use `*` alone to cordon all of them. Useful before draining or replacing a disk.',
    zh: '本 broker 上不再接收新分区副本的日志目录（Kafka 4.3+），已有数据保留并正常提供服务。每个条目都必须是 `log.dirs`/`log.dir` 中的目录，或者单独使用 `*` 表示全部目录。适合在腾空或更换磁盘之前使用。',
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
  'delegation.token.expiry.check.interval.ms': {
    roles: 'controller',
    en: 'How often, in milliseconds, the controller scans for delegation tokens that have expired and removes them.',
    zh: 'controller 扫描并清理已过期委托令牌（delegation token）的周期（毫秒）。',
  },
  'delegation.token.expiry.time.ms': {
    roles: 'controller',
    en: 'How long, in milliseconds, a delegation token stays valid before it must be renewed, when the client does not ask for a shorter period. Renewal can extend it only up to `delegation.token.max.lifetime.ms`.',
    zh: '客户端未指定更短时长时，委托令牌在需要续期之前的有效时间（毫秒）。续期最多只能延长到 `delegation.token.max.lifetime.ms`。',
  },
  'delegation.token.max.lifetime.ms': {
    roles: 'controller',
    en: 'Absolute maximum lifetime of a delegation token in milliseconds; after that it cannot be renewed any more and a new token has to be created.',
    zh: '委托令牌的绝对最长生命周期（毫秒），超过后无法再续期，必须重新创建令牌。',
  },
  'delegation.token.secret.key': {
    roles: 'both',
    en: 'Secret used to sign and verify delegation tokens; setting it turns delegation-token support on. It must be identical on all brokers and controllers. Treat it as a password: prefer a config provider reference over plain text in the file.',
    zh: '用于签发和校验委托令牌的密钥，设置后才会启用委托令牌功能。所有 broker 和 controller 上必须一致。应视同密码，建议通过配置提供者引用，而不是明文写在文件中。',
  },
  'delete.records.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'After this many DeleteRecords requests the broker cleans completed entries out of the waiting-request queue (purgatory) for those requests. Internal housekeeping; leave the default.',
    zh: '每累计这么多个 DeleteRecords 请求，broker 就清理一次该类请求等待队列（purgatory）中已完成的条目。属于内部维护，保持默认值即可。',
  },
  'delete.topic.enable': {
    roles: 'controller',
    en: 'Whether topics may be deleted through the Admin API or `kafka-topics --delete`. When `false` the controller rejects deletion requests. Some teams disable it in production to protect against accidental deletes.',
    zh: '是否允许通过 Admin API 或 `kafka-topics --delete` 删除主题。设为 `false` 时 controller 会拒绝删除请求。部分团队在生产环境关闭它以防误删。',
  },
  'early.start.listeners': {
    roles: 'both',
    en: 'Listener names that start accepting requests before the authorizer has finished loading its metadata; by default only the controller listeners, which the quorum needs in order to come up. Every name must appear in `listeners` or `controller.listener.names`. Add other listeners only if requests on them may safely be served that early.',
    zh: '在授权器加载完元数据之前就开始接受请求的监听器名称；默认只有 controller 监听器，仲裁启动需要它们。每个名称都必须出现在 `listeners` 或 `controller.listener.names` 中。只有确认这些监听器上的请求可以提前处理时，才加入其他监听器。',
  },
  'fetch.max.bytes': {
    roles: 'broker',
    en: 'Largest fetch response, in bytes, the broker returns for one fetch request from consumers or followers; a client asking for more gets at most this much. Raise it together with the client\'s `fetch.max.bytes` when consumers need bigger batches.',
    zh: 'broker 对单个拉取请求（消费者或跟随副本）返回的最大响应字节数；客户端请求更多时也最多只返回这么多。若消费者需要更大的批次，应与客户端的 `fetch.max.bytes` 一并调大。',
  },
  'fetch.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'After this many fetch requests the broker cleans completed entries out of the queue of waiting fetch requests (fetch purgatory). Internal housekeeping; the default is fine.',
    zh: '每累计这么多个拉取请求，broker 就清理一次等待中拉取请求队列（fetch purgatory）里已完成的条目。属于内部维护，默认值即可。',
  },
  'follower.fetch.last.tiered.offset.enable': {
    roles: 'broker',
    en: 'With tiered storage, lets a new follower with an empty log start replicating just after the last offset already in remote storage instead of copying the leader\'s older local data. This speeds up adding replicas on topics with long remote retention. Kafka 4.3+.',
    zh: '启用分层存储时，允许日志为空的新跟随副本从已上传到远端存储的最后一个偏移量之后开始复制，而不必复制 leader 本地更早的数据。可加快在远端保留时间很长的主题上新增副本的速度。Kafka 4.3+。',
  },
  'group.consumer.assignment.interval.ms': {
    roles: 'broker',
    en: 'Minimum time in milliseconds between two recomputations of a consumer group\'s target assignment (consumer rebalance protocol, Kafka 4.3+). Larger values batch several membership changes into one reassignment at the cost of slower reaction; `0` recomputes on every change. A per-group `consumer.assignment.interval.ms` override must stay within the `group.consumer.min.assignment.interval.ms`/`group.consumer.max.assignment.interval.ms` bounds, as must this default.',
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
    en: 'Minimum time in milliseconds between two recomputations of a share group\'s target assignment (Kafka 4.3+). `0` recomputes on every membership change. It and any per-group `share.assignment.interval.ms` must stay within the `group.share.min.assignment.interval.ms`/`group.share.max.assignment.interval.ms` bounds.',
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
    en: 'Internal, undocumented setting: wait in milliseconds before the coordinator retries initializing a share group\'s persisted state; if set below `offsets.commit.timeout.ms`, that value is used instead. Leave it at the default.',
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
    en: 'Minimum time in milliseconds between two recomputations of a streams group\'s target assignment (Kafka 4.3+). `0` recomputes on every membership change. It and per-group `streams.assignment.interval.ms` overrides must stay within the `group.streams.min.assignment.interval.ms`/`group.streams.max.assignment.interval.ms` bounds.',
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
  'initial.broker.registration.timeout.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, a starting broker keeps trying to register with the controller quorum before it gives up and exits. Raise it if brokers start well before the controllers are reachable, for example during a full-cluster start.',
    zh: 'broker 启动时向 controller 仲裁注册的最长尝试时间（毫秒），超时后放弃并退出进程。如果 broker 往往早于 controller 可用而启动（例如整个集群同时启动），可以调大。',
  },
  'inter.broker.listener.name': {
    roles: 'broker',
    en: 'Name of the listener brokers use to talk to each other, mainly for replication. It must be a broker listener that is advertised (not a controller listener) and must have an entry in `listener.security.protocol.map`. Do not combine it with `security.inter.broker.protocol`; setting both is an error.',
    zh: 'broker 之间通信（主要是副本复制）所用的监听器名称。它必须是已对外公布的 broker 监听器（不能是 controller 监听器），并且在 `listener.security.protocol.map` 中有对应条目。不要与 `security.inter.broker.protocol` 同时设置，否则会报错。',
  },
  'internal.metadata.delete.delay.millis': {
    roles: 'both',
    en: 'Internal, test-only setting: delay before files of the cluster metadata log are physically deleted. Leave it unset in real deployments.',
    zh: '内部、仅用于测试的参数：集群元数据日志文件被物理删除前的延迟时间。实际部署中请勿设置。',
  },
  'internal.metadata.log.segment.bytes': {
    roles: 'both',
    en: 'Internal, test-only override for the segment size of the cluster metadata log, bypassing the limits of `metadata.log.segment.bytes`. Leave it unset; use `metadata.log.segment.bytes` instead.',
    zh: '内部、仅用于测试的参数，用于覆盖集群元数据日志的分段大小，可绕过 `metadata.log.segment.bytes` 的限制。请勿设置，应使用 `metadata.log.segment.bytes`。',
  },
  'internal.metadata.max.batch.size.in.bytes': {
    roles: 'both',
    en: 'Internal, test-only setting: largest record batch allowed in the cluster metadata log. Leave it at the default.',
    zh: '内部、仅用于测试的参数：集群元数据日志中允许的最大记录批次。请保持默认值。',
  },
  'internal.metadata.max.fetch.size.in.bytes': {
    roles: 'both',
    en: 'Internal, test-only setting (Kafka 4.1–4.2) limiting how much metadata log data one fetch may return. Kafka 4.3 replaced it with the public `controller.quorum.fetch.max.bytes`. Leave it unset.',
    zh: '内部、仅用于测试的参数（Kafka 4.1–4.2），限制单次拉取可返回的元数据日志数据量。Kafka 4.3 中由公开参数 `controller.quorum.fetch.max.bytes` 取代。请勿设置。',
  },
  'kafka.metrics.polling.interval.secs': {
    roles: 'both',
    en: 'Polling interval in seconds for the reporters listed in `kafka.metrics.reporters` (for example how often a CSV reporter writes). It has no effect when no such reporter is configured.',
    zh: '`kafka.metrics.reporters` 中所列报告器的轮询周期（秒），例如 CSV 报告器多久写一次数据。未配置此类报告器时不起作用。',
  },
  'kafka.metrics.reporters': {
    roles: 'both',
    en: 'Classes implementing `kafka.metrics.KafkaMetricsReporter` that export the server\'s Yammer-based metrics, polled every `kafka.metrics.polling.interval.secs`. This is separate from `metric.reporters`, which handles the newer Kafka metrics; JMX export works without either.',
    zh: '实现 `kafka.metrics.KafkaMetricsReporter` 接口的类，用于导出服务端基于 Yammer 的指标，轮询周期为 `kafka.metrics.polling.interval.secs`。它与处理新版 Kafka 指标的 `metric.reporters` 相互独立；不配置两者也能通过 JMX 获取指标。',
  },
  'leader.imbalance.check.interval.seconds': {
    roles: 'controller',
    en: 'How often, in seconds, the active controller checks whether partition leaders have drifted away from their preferred replicas and, if so, moves them back. Only used when `auto.leader.rebalance.enable` is `true`.',
    zh: 'active controller 检查分区 leader 是否偏离首选副本、并在偏离时将其迁回的周期（秒）。仅在 `auto.leader.rebalance.enable` 为 `true` 时生效。',
  },
  'listener.security.protocol.map': {
    roles: 'both',
    en: 'Maps each listener name to its security protocol as `NAME:PROTOCOL` pairs, e.g. `CONTROLLER:PLAINTEXT,INTERNAL:SSL,EXTERNAL:SASL_SSL`; protocols must be upper-case `PLAINTEXT`, `SSL`, `SASL_PLAINTEXT` or `SASL_SSL`. The default only maps the four protocol names to themselves, so custom names such as `INTERNAL` need an entry; once you set the key, list every listener name you use, including the controller listener. Only while it is unset does Kafka map controller listener names to `PLAINTEXT` implicitly, and only if no listener is named `SSL` or `SASL_*`.',
    zh: '以 `NAME:PROTOCOL` 对的形式把每个监听器名映射到安全协议，例如 `CONTROLLER:PLAINTEXT,INTERNAL:SSL,EXTERNAL:SASL_SSL`；协议必须是大写的 `PLAINTEXT`、`SSL`、`SASL_PLAINTEXT` 或 `SASL_SSL`。默认值只把这四个协议名映射到自身，因此 `INTERNAL` 之类的自定义名称需要单独配置；一旦显式设置该键，就要列出所有用到的监听器名，包括 controller 监听器。只有在未设置该键、且没有名为 `SSL` 或 `SASL_*` 的监听器时，Kafka 才会把 controller 监听器名隐式映射为 `PLAINTEXT`。',
  },
  'listeners': {
    roles: 'both',
    en: 'Comma-separated `NAME://host:port` sockets this node listens on; an empty host binds all interfaces. Names and ports must be unique (one IPv4 plus one IPv6 literal may share a port). Controller-only nodes list only their controller listener(s), broker-only nodes must not include controller listener names, and combined nodes list both.',
    zh: '本节点监听的套接字，以逗号分隔，格式为 `NAME://host:port`；host 为空表示绑定所有网卡。监听器名和端口都必须唯一（一个 IPv4 字面量加一个 IPv6 字面量可以共用同一端口）。纯 controller 节点只列出 controller 监听器，纯 broker 节点不能包含 controller 监听器名，混合模式节点两者都要列出。',
  },
  'log.cleaner.backoff.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, an idle log cleaner thread sleeps before checking again whether any compacted partition needs cleaning.',
    zh: '日志清理（compaction）线程在没有需要清理的分区时休眠多久（毫秒）后再重新检查。',
  },
  'log.cleaner.dedupe.buffer.size': {
    roles: 'broker',
    en: 'Total memory, in bytes, that all log cleaner threads together use for the key-to-offset maps built during compaction; it is divided evenly between the threads. A bigger buffer lets one pass compact more of a log. Kafka requires more than 1 MiB per thread in `log.cleaner.threads`.',
    zh: '所有日志清理线程在压缩过程中构建键到偏移量映射所用的内存总量（字节），在各线程间平均分配。缓冲区越大，单次清理能处理的日志越多。Kafka 要求按 `log.cleaner.threads` 计算每个线程分得的内存大于 1 MiB。',
  },
  'log.cleaner.delete.retention.ms': {
    roles: 'broker',
    en: 'Default time, in milliseconds, that tombstones (records with a null value) stay in compacted topics before the cleaner may remove them; topics can override it with `delete.retention.ms`. A consumer reading a compacted topic from the start must finish within this time to be sure it sees every deletion.',
    zh: '压缩型主题中墓碑记录（值为 null 的记录）在被清理前保留的默认时长（毫秒）；主题可用 `delete.retention.ms` 覆盖。从头读取压缩型主题的消费者必须在此时间内读完，才能确保看到所有删除。',
  },
  'log.cleaner.enable': {
    roles: 'broker',
    en: 'Switches the log cleaner that compacts topics with `cleanup.policy=compact`, including the internal `__consumer_offsets` topic. Keep it `true`: with it off, compacted topics grow without limit. Deprecated since 4.1 and planned for removal in 5.0.',
    zh: '控制负责压缩 `cleanup.policy=compact` 主题（包括内部主题 `__consumer_offsets`）的日志清理器。请保持 `true`：关闭后压缩型主题会无限增长。自 4.1 起已废弃，计划在 5.0 中移除。',
  },
  'log.cleaner.io.buffer.load.factor': {
    roles: 'broker',
    en: 'How full the cleaner\'s deduplication hash map may get before a cleaning pass stops taking in more of the log, as a fraction. Higher values process more data per pass but cause more hash collisions. Rarely worth changing.',
    zh: '日志清理器去重哈希表允许的填充比例（小数），达到后本轮清理不再读入更多日志。值越高每轮处理的数据越多，但哈希冲突也越多。一般不值得调整。',
  },
  'log.cleaner.io.buffer.size': {
    roles: 'broker',
    en: 'Total memory, in bytes, for the read and write I/O buffers of all log cleaner threads together. Increase it only when compacting topics with very large records.',
    zh: '所有日志清理线程读写 I/O 缓冲区的内存总量（字节）。只有在压缩包含超大记录的主题时才需要调大。',
  },
  'log.cleaner.io.max.bytes.per.second': {
    roles: 'broker',
    en: 'Throttle for the log cleaner: it keeps its combined read and write rate at or below this many bytes per second on average. The default is effectively unlimited; set a value if compaction competes with production traffic for disk bandwidth.',
    zh: '日志清理器的限速：其读写速率之和平均不超过每秒这么多字节。默认值相当于不限速；若压缩与生产流量争抢磁盘带宽，可以设置一个上限。',
  },
  'log.cleaner.max.compaction.lag.ms': {
    roles: 'broker',
    en: 'Default longest time, in milliseconds, a record in a compacted topic can stay uncompacted; after that its segment becomes eligible for cleaning even if the dirty ratio is low. Topics can override it with `max.compaction.lag.ms`. Useful when old values must disappear within a bounded time.',
    zh: '压缩型主题中记录保持未压缩状态的默认最长时间（毫秒）；超过后即使脏数据比例不高，所在分段也会被纳入清理。主题可用 `max.compaction.lag.ms` 覆盖。适用于旧值必须在限定时间内消失的场景。',
  },
  'log.cleaner.min.cleanable.ratio': {
    roles: 'broker',
    en: 'Default share of not-yet-compacted data (0 to 1) a log must reach before the cleaner compacts it; topics override it with `min.cleanable.dirty.ratio`. Lower values compact more often and keep logs smaller at the cost of more cleaner I/O.',
    zh: '日志中尚未压缩数据所占比例（0 到 1）的默认阈值，达到后清理器才会压缩该日志；主题可用 `min.cleanable.dirty.ratio` 覆盖。值越低压缩越频繁、日志越小，但清理器 I/O 越多。',
  },
  'log.cleaner.min.compaction.lag.ms': {
    roles: 'broker',
    en: 'Default minimum age, in milliseconds, a record must reach before compaction may remove it; topics can override it with `min.compaction.lag.ms`. Raise it to guarantee that consumers can see every update for at least that long.',
    zh: '记录在被压缩清除前必须达到的默认最小存在时间（毫秒）；主题可用 `min.compaction.lag.ms` 覆盖。调大可保证消费者在这段时间内能看到每一次更新。',
  },
  'log.cleaner.threads': {
    roles: 'broker',
    en: 'Number of background threads that compact logs. More threads help when many compacted partitions fall behind, but they share `log.cleaner.dedupe.buffer.size`, which must stay above 1 MiB per thread.',
    zh: '执行日志压缩的后台线程数。大量压缩型分区清理滞后时，增加线程会有帮助，但这些线程共享 `log.cleaner.dedupe.buffer.size`，每个线程分得的内存必须大于 1 MiB。',
  },
};
