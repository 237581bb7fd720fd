// Hover documentation of the keys about process roles, node ids, the controller quorum and the metadata log, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const quorumAndRolesDocs: Record<string, KeyDoc> = {
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
  'broker.id.generation.enable': {
    roles: 'broker',
    en: 'In ZooKeeper mode this let brokers obtain an automatically generated ID from ZooKeeper. Kafka 4.x ignores it: every KRaft node needs an explicit `node.id`.',
    zh: 'ZooKeeper 模式下，用于让 broker 从 ZooKeeper 自动获取生成的 ID。Kafka 4.x 会忽略此项：每个 KRaft 节点都必须显式设置 `node.id`。',
  },
  'broker.session.timeout.ms': {
    roles: 'controller',
    en: 'How long, in milliseconds, the controller waits without a heartbeat from a broker before fencing it and moving its partition leaderships elsewhere. Lower values react faster to crashed brokers but risk fencing brokers during GC pauses or network hiccups. Keep it at least twice `broker.heartbeat.interval.ms`.',
    zh: 'controller 在收不到某个 broker 心跳多久（毫秒）之后将其隔离（fence），并把其上的分区 leader 迁走。调小可更快发现宕机的 broker，但在 GC 停顿或网络抖动时容易误隔离。应至少是 `broker.heartbeat.interval.ms` 的两倍。',
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
    en: "Internal, undocumented setting: interval in milliseconds between the controller's periodic log summaries of event-processing performance. Leave it at the default.",
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
    en: "How long, in milliseconds, a voter goes without a leader before it starts an election; the actual wait is randomized between this value and twice it. Lower values mean faster failover but more needless elections on slow networks or during GC pauses. It matters mainly on controllers, but every node's Raft client reads it, so keep it the same everywhere.",
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
  'eligible.leader.replicas.enable': {
    roles: 'broker',
    en: 'Kafka 3.x preview switch for Eligible Leader Replicas (KIP-966). Kafka 4.x ignores it; ELR is turned on through the `eligible.leader.replicas.version` feature, e.g. with `kafka-features.sh upgrade --feature eligible.leader.replicas.version=1` or at format time.',
    zh: 'Kafka 3.x 中 ELR（Eligible Leader Replicas，KIP-966）的预览开关。Kafka 4.x 会忽略此项；ELR 通过 `eligible.leader.replicas.version` 特性开启，例如使用 `kafka-features.sh upgrade --feature eligible.leader.replicas.version=1` 或在格式化时指定。',
  },
  'initial.broker.registration.timeout.ms': {
    roles: 'broker',
    en: 'How long, in milliseconds, a starting broker keeps trying to register with the controller quorum before it gives up and exits. Raise it if brokers start well before the controllers are reachable, for example during a full-cluster start.',
    zh: 'broker 启动时向 controller 仲裁注册的最长尝试时间（毫秒），超时后放弃并退出进程。如果 broker 往往早于 controller 可用而启动（例如整个集群同时启动），可以调大。',
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
  'metadata.log.dir': {
    roles: 'both',
    en: 'Directory that holds the KRaft metadata log (`__cluster_metadata-0`) and its snapshots on this node; when unset, the first entry of `log.dirs` (or `log.dir`) is used. It must be formatted with `kafka-storage.sh format` like the data directories, and a metadata log found in any other data directory stops the node at startup. On controllers, a dedicated low-latency disk helps, because every metadata commit is written here.',
    zh: '本节点存放 KRaft 元数据日志（`__cluster_metadata-0`）及其快照的目录；未设置时使用 `log.dirs`（或 `log.dir`）中的第一个目录。它和数据目录一样必须用 `kafka-storage.sh format` 格式化；若在其他数据目录中发现元数据日志，节点启动会失败。在 controller 上建议使用独立的低延迟磁盘，因为每次元数据提交都会写入此处。',
  },
  'metadata.log.max.record.bytes.between.snapshots': {
    roles: 'both',
    en: 'Amount of new metadata log data (bytes) after which the node writes a new metadata snapshot. Smaller values give faster restarts and catch-up at the cost of more frequent snapshot work.',
    zh: '新增元数据日志数据达到该字节数后，节点会生成一个新的元数据快照。值越小，重启和追赶越快，但快照生成更频繁。',
  },
  'metadata.log.max.snapshot.interval.ms': {
    roles: 'both',
    en: 'Maximum time (ms) between metadata snapshots when there are new committed records, independent of the byte threshold. `0` turns off the time-based trigger.',
    zh: '存在新的已提交记录时，两次元数据快照之间的最长时间（毫秒），与字节阈值互相独立。`0` 表示关闭按时间触发。',
  },
  'metadata.log.segment.bytes': {
    roles: 'both',
    en: 'Maximum size in bytes of one segment of the KRaft metadata log. The default suits nearly all clusters; from 4.1 the minimum is 8 MiB.',
    zh: 'KRaft 元数据日志单个日志段的最大字节数。默认值适用于几乎所有集群；从 4.1 起最小值为 8 MiB。',
  },
  'metadata.log.segment.min.bytes': {
    roles: 'both',
    en: 'Internal, undocumented setting that existed only in 4.0: it lowered the minimum allowed `metadata.log.segment.bytes`, mainly for tests. Do not set it in production; later releases ignore it.',
    zh: '仅存在于 4.0 的内部未公开配置：用于降低 `metadata.log.segment.bytes` 的允许下限，主要供测试使用。生产环境不要设置；后续版本会忽略它。',
  },
  'metadata.log.segment.ms': {
    roles: 'both',
    en: 'Maximum age (ms) of the active metadata log segment before a new segment is rolled. Rarely needs changing.',
    zh: '活跃元数据日志段滚动前的最长存在时间（毫秒）。很少需要修改。',
  },
  'metadata.max.idle.interval.ms': {
    roles: 'controller',
    en: 'How often (ms) the active controller appends a no-op record to the metadata log while nothing else is being written, so that brokers and standby controllers can tell they are caught up. `0` disables these records.',
    zh: '在没有其他写入时，活跃 controller 向元数据日志追加空操作（no-op）记录的频率（毫秒），以便 broker 和备用 controller 判断自己已追上最新元数据。`0` 表示不写入此类记录。',
  },
  'metadata.max.retention.bytes': {
    roles: 'both',
    en: 'Size limit in bytes for old metadata log segments and snapshots kept on disk. Only data already covered by a newer snapshot is removed, so the latest snapshot is always kept.',
    zh: '磁盘上保留的旧元数据日志段和快照的大小上限（字节）。只会删除已被更新快照覆盖的数据，因此最新快照始终保留。',
  },
  'metadata.max.retention.ms': {
    roles: 'both',
    en: 'How long (ms) old metadata log segments and snapshots are kept before they may be deleted. As with the size limit, only data covered by a newer snapshot is removed.',
    zh: '旧元数据日志段和快照可被删除前的保留时间（毫秒）。与大小上限一样，只会删除已被更新快照覆盖的数据。',
  },
  'node.id': {
    roles: 'both',
    en: 'Unique, non-negative integer that identifies this node in the cluster, whether it is a broker, a controller or both; it is required in KRaft mode. It must not change after `kafka-storage.sh format`, because it is recorded in `meta.properties` of every log directory and a mismatch stops startup. On controllers it must appear in `controller.quorum.voters` (when that is set), on broker-only nodes it must not; if the legacy `broker.id` is also set, the two must be equal.',
    zh: '在集群中唯一标识本节点的非负整数，无论节点是 broker、controller 还是两者兼具；KRaft 模式下必填。执行 `kafka-storage.sh format` 后不能再修改，因为它写入了每个日志目录的 `meta.properties`，不一致会导致启动失败。在 controller 上（若设置了 `controller.quorum.voters`）它必须出现在该列表中，纯 broker 节点则不能出现；若同时设置了旧的 `broker.id`，两者必须相等。',
  },
  'process.roles': {
    roles: 'both',
    en: 'Roles this node runs in KRaft mode: `broker`, `controller`, or `broker,controller` (combined mode); the values are case-sensitive and the key is required in 4.x. A controller node must have `controller.listener.names` entries in `listeners` and, if `controller.quorum.voters` is set, its `node.id` among the voters; a broker-only node must not list its own id as a voter nor put a controller listener in `listeners`. Combined mode is convenient for development but is not recommended for critical production clusters.',
    zh: '本节点在 KRaft 模式下承担的角色：`broker`、`controller` 或 `broker,controller`（组合模式）；取值区分大小写，4.x 中为必填项。controller 节点的 `listeners` 中必须包含 `controller.listener.names` 所列的 listener，且若设置了 `controller.quorum.voters`，其 `node.id` 必须在其中；纯 broker 节点则不能把自己的 id 列为 voter，也不能在 `listeners` 中包含 controller listener。组合模式适合开发环境，但不建议用于关键生产集群。',
  },
  'server.max.startup.time.ms': {
    roles: 'both',
    en: 'Internal, undocumented setting: an upper bound in milliseconds on how long the server waits during startup (for example to catch up with the metadata log) before giving up. The default is effectively unlimited; leave it alone.',
    zh: '内部、未公开文档的配置：服务启动阶段（例如追赶元数据日志）最长等待多少毫秒后放弃。默认值相当于不限制，请勿修改。',
  },
  'unstable.api.versions.enable': {
    roles: 'both',
    en: "Internal, undocumented switch that exposes protocol API versions still under development. It exists for Kafka's own testing; never enable it in production.",
    zh: '内部、未公开文档的开关，用于开放仍在开发中的协议 API 版本。它仅供 Kafka 自身测试使用，生产环境切勿开启。',
  },
  'unstable.feature.versions.enable': {
    roles: 'both',
    en: 'Internal, undocumented switch that allows feature levels and `metadata.version` values that are not yet production-ready, for example when formatting storage. A cluster running unstable versions may not be upgradable; never use it outside development.',
    zh: '内部、未公开文档的开关，允许使用尚未可用于生产的特性级别和 `metadata.version`（例如格式化存储时）。运行不稳定版本的集群可能无法升级；除开发环境外切勿使用。',
  },
};
