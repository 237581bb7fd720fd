// Hover documentation for Kafka keys, written for this project (facts from Kafka's source, sentences our own).
import type { KeyDoc } from './types';
export const docsPart2: Record<string, KeyDoc> = {
  'log.cleanup.policy': {
    roles: 'broker',
    en: 'Cluster-wide default for what happens to old log segments: `delete` drops them once retention time or size is exceeded, `compact` keeps only the latest record per key, and `compact,delete` does both. Topics usually override it with the topic-level `cleanup.policy`; compaction only works if the log cleaner is enabled and producers set record keys.',
    zh: '集群级默认的旧日志段处理方式：`delete` 在超过保留时间或大小后删除旧段，`compact` 按 key 只保留最新一条记录，`compact,delete` 两者兼用。通常由 topic 级 `cleanup.policy` 覆盖；压缩（compaction）需要启用 log cleaner，且生产者写入的记录必须带 key。',
  },
  'log.dir': {
    roles: 'both',
    en: 'Fallback data directory, used only when `log.dirs` is not set. Prefer setting `log.dirs` explicitly: the default under `/tmp` may be wiped by the OS on reboot, which destroys the formatted `meta.properties` and all data.',
    zh: '备用数据目录，仅在未设置 `log.dirs` 时生效。建议显式设置 `log.dirs`：默认的 `/tmp` 路径可能在重启时被操作系统清空，导致已格式化的 `meta.properties` 和所有数据丢失。',
  },
  'log.dir.failure.timeout.ms': {
    roles: 'broker',
    en: 'How long (ms) a broker keeps trying to report a failed log directory to the controller before it gives up and shuts itself down. Only relevant with several log directories (JBOD); the shutdown prevents the broker from staying up while leaders on the dead disk are never moved.',
    zh: '当某个日志目录故障时，broker 向 controller 上报该故障的最长尝试时间（毫秒），超时仍未成功则 broker 自行关闭。仅在配置了多个日志目录（JBOD）时有意义；关闭是为了避免坏盘上的分区 leader 长期无法迁移。',
  },
  'log.dirs': {
    roles: 'both',
    en: 'Comma-separated list of directories where this node stores partition data; it overrides `log.dir`, and every directory must be formatted with `kafka-storage.sh format` before the first start. Unless `metadata.log.dir` is set, the first entry also holds the KRaft metadata log (`__cluster_metadata-0`), so controller-only nodes need it too. Use absolute paths on separate disks; more than one directory (JBOD) requires a metadata version of `3.7-IV2` or later.',
    zh: '以逗号分隔的目录列表，本节点的分区数据存放于此；它优先于 `log.dir`，且每个目录在首次启动前都必须用 `kafka-storage.sh format` 格式化。若未设置 `metadata.log.dir`，第一个目录还会存放 KRaft 元数据日志（`__cluster_metadata-0`），因此纯 controller 节点同样需要它。请使用位于不同磁盘上的绝对路径；配置多个目录（JBOD）要求元数据版本不低于 `3.7-IV2`。',
  },
  'log.flush.interval.messages': {
    roles: 'broker',
    en: 'Forces an fsync of a partition after this many messages have been appended to it. Kafka normally relies on replication plus the OS page cache for durability, so leave it effectively disabled unless you have a specific reason; low values hurt throughput badly.',
    zh: '分区累计写入这么多条消息后强制执行一次 fsync 刷盘。Kafka 通常依靠副本复制和操作系统页缓存保证可靠性，除非有明确理由，否则保持实际上不启用的状态；设得过小会严重降低吞吐。',
  },
  'log.flush.interval.ms': {
    roles: 'broker',
    en: 'Maximum time (ms) a message may sit in the page cache before the broker forces it to disk. When unset, the value of `log.flush.scheduler.interval.ms` is used; as with the message-count setting, forced flushing is rarely needed.',
    zh: '消息在页缓存中停留、尚未强制刷盘的最长时间（毫秒）。未设置时沿用 `log.flush.scheduler.interval.ms` 的值；与按消息数刷盘一样，一般不需要强制刷盘。',
  },
  'log.flush.offset.checkpoint.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) the broker writes the recovery-point checkpoint file for each log directory, which records how far each partition is known to be flushed. Longer intervals mean more data to re-check during recovery after an unclean shutdown.',
    zh: 'broker 为每个日志目录写入恢复点（recovery point）检查点文件的间隔（毫秒），该文件记录每个分区已确认刷盘的位置。间隔越长，非正常关闭后恢复时需要重新校验的数据越多。',
  },
  'log.flush.scheduler.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) the background flusher checks whether any log needs to be flushed according to its time-based flush setting. With the default value the periodic check is effectively disabled; change it only together with time-based flushing.',
    zh: '后台刷盘任务检查各日志是否达到按时间刷盘条件的频率（毫秒）。使用默认值时该周期检查实际上处于停用状态；只有启用按时间刷盘时才需要一起调整。',
  },
  'log.flush.start.offset.checkpoint.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) the broker persists the log start offset of every partition to its checkpoint file. This keeps records removed by retention or `DeleteRecords` from becoming visible again after a restart; the default is fine for almost everyone.',
    zh: 'broker 将各分区日志起始偏移量（log start offset）持久化到检查点文件的间隔（毫秒）。这样可以避免因保留策略或 `DeleteRecords` 删除的记录在重启后再次可见；绝大多数场景保持默认即可。',
  },
  'log.index.interval.bytes': {
    roles: 'broker',
    en: 'Number of bytes of log data between two entries in the offset index. Smaller values make lookups by offset or timestamp more precise at the cost of larger index files; the default rarely needs tuning.',
    zh: '偏移量索引中两条索引项之间间隔的日志字节数。值越小，按偏移量或时间戳查找越精确，但索引文件越大；默认值很少需要调整。',
  },
  'log.index.size.max.bytes': {
    roles: 'broker',
    en: 'Maximum size in bytes of each segment\'s offset and time index files. When an index fills up, the broker rolls a new segment even if `log.segment.bytes` has not been reached, so keep it large enough for your segment size and `log.index.interval.bytes`.',
    zh: '每个日志段的偏移量索引和时间索引文件的最大字节数。索引写满时，即使未达到 `log.segment.bytes` 也会滚动出新的日志段，因此应结合段大小和 `log.index.interval.bytes` 保证其足够大。',
  },
  'log.initial.task.delay.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: delay (ms) after startup before the log manager starts its background jobs such as retention and checkpointing. Leave it at its default.',
    zh: '内部未公开的配置：启动后日志管理器延迟多久（毫秒）才开始执行保留清理、检查点等后台任务。请保持默认值。',
  },
  'log.local.retention.bytes': {
    roles: 'broker',
    en: 'With tiered storage, the maximum bytes per partition kept on local disk; older segments that are already copied to remote storage are then removed locally. `-2` means use the total retention size `log.retention.bytes`; an explicit value must not exceed the total retention.',
    zh: '启用分层存储时，每个分区在本地磁盘上保留的最大字节数；超出部分中已上传到远程存储的旧段会从本地删除。`-2` 表示与总保留大小 `log.retention.bytes` 相同；显式设置时不能大于总保留大小。',
  },
  'log.local.retention.ms': {
    roles: 'broker',
    en: 'With tiered storage, how long (ms) segments are kept on local disk before being deleted locally, provided they were already copied to remote storage. `-2` means use the total retention time `log.retention.ms`; an explicit value must not exceed the total retention.',
    zh: '启用分层存储时，日志段在本地磁盘保留的时间（毫秒），到期且已上传到远程存储后即从本地删除。`-2` 表示与总保留时间 `log.retention.ms` 相同；显式设置时不能大于总保留时间。',
  },
  'log.message.timestamp.after.max.ms': {
    roles: 'broker',
    en: 'How far (ms) a producer-supplied timestamp may lie in the future relative to the broker clock; batches beyond that are rejected with an invalid-timestamp error. Only applies with `CreateTime` timestamps; clients with badly skewed clocks are the usual cause of rejections.',
    zh: '生产者提供的时间戳最多可以比 broker 时钟超前多少（毫秒）；超出的批次会以时间戳无效错误被拒绝。仅在使用 `CreateTime` 时间戳时生效；被拒绝通常是因为客户端时钟严重偏差。',
  },
  'log.message.timestamp.before.max.ms': {
    roles: 'broker',
    en: 'How far (ms) a producer-supplied timestamp may lie in the past relative to the broker clock before the batch is rejected. Only applies with `CreateTime`; tighten it if very old timestamps would otherwise make time-based retention delete new data early.',
    zh: '生产者提供的时间戳最多可以比 broker 时钟落后多少（毫秒），超过则批次被拒绝。仅在使用 `CreateTime` 时生效；如果过旧的时间戳会导致按时间保留提前删除新写入的数据，可收紧此值。',
  },
  'log.message.timestamp.type': {
    roles: 'broker',
    en: 'Which timestamp is stored with records: `CreateTime` keeps the one set by the producer, `LogAppendTime` overwrites it with the broker time at append. `LogAppendTime` makes time-based retention and timestamp lookups independent of client clocks; topics can override it with `message.timestamp.type`.',
    zh: '记录中保存哪种时间戳：`CreateTime` 保留生产者设置的时间，`LogAppendTime` 用 broker 写入时的时间覆盖。`LogAppendTime` 使按时间保留和按时间戳查找不受客户端时钟影响；topic 可用 `message.timestamp.type` 覆盖。',
  },
  'log.preallocate': {
    roles: 'broker',
    en: 'When `true`, the broker preallocates the full segment file on disk when it creates a new segment. Mainly useful on Windows (NTFS); on Linux it usually brings no benefit.',
    zh: '为 `true` 时，broker 新建日志段时会在磁盘上预先分配整个段文件。主要对 Windows（NTFS）有用；在 Linux 上通常没有收益。',
  },
  'log.retention.bytes': {
    roles: 'broker',
    en: 'Maximum size in bytes of one partition (not of the whole topic) before the oldest segments are deleted; `-1` means no size limit. Deletion works on whole segments, so actual usage can exceed the limit by up to one segment; it applies only with the `delete` cleanup policy.',
    zh: '单个分区（而非整个 topic）的最大字节数，超过后删除最旧的日志段；`-1` 表示不限大小。删除以整段为单位，因此实际占用可能比上限多出最多一个段；仅在 `delete` 清理策略下生效。',
  },
  'log.retention.check.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) the broker scans logs for segments that can be deleted under the retention rules. Lower values free disk space sooner after retention expires, at the cost of more frequent scans.',
    zh: 'broker 扫描日志、查找符合保留规则可删除日志段的间隔（毫秒）。值越小，保留期到期后磁盘空间释放得越及时，但扫描更频繁。',
  },
  'log.retention.hours': {
    roles: 'broker',
    en: 'Default retention time in hours for log segments before they become eligible for deletion. It is the lowest-priority of the three retention keys: `log.retention.ms` and then `log.retention.minutes` take precedence when set.',
    zh: '日志段可被删除前的默认保留时间（小时）。它是三个保留时间配置中优先级最低的：设置了 `log.retention.ms` 或 `log.retention.minutes` 时以它们为准（ms 优先）。',
  },
  'log.retention.minutes': {
    roles: 'broker',
    en: 'Retention time in minutes; overrides `log.retention.hours` but is itself overridden by `log.retention.ms`. Usually it is simpler to set only one of the three keys.',
    zh: '保留时间（分钟）；优先于 `log.retention.hours`，但会被 `log.retention.ms` 覆盖。通常只设置三者之一更清晰。',
  },
  'log.retention.ms': {
    roles: 'broker',
    en: 'Retention time in milliseconds and the highest-priority of the retention keys; `-1` (any negative value) keeps data forever. A value of `0` makes the broker refuse to start. Topics override it with `retention.ms`.',
    zh: '保留时间（毫秒），是保留时间配置中优先级最高的；`-1`（任意负数）表示永久保留。设置为 `0` 时 broker 无法启动。topic 可用 `retention.ms` 覆盖。',
  },
  'log.roll.hours': {
    roles: 'broker',
    en: 'Maximum age in hours of the active segment before a new one is rolled, even if it is not full. Retention and compaction only act on closed segments, so on low-traffic topics this decides how soon old data can actually be removed; `log.roll.ms` overrides it.',
    zh: '活跃日志段的最长存在时间（小时），到期后即使未写满也会滚动出新段。保留和压缩只作用于已关闭的段，因此对低流量 topic 来说，它决定了旧数据多久后才能真正被清理；`log.roll.ms` 优先于此项。',
  },
  'log.roll.jitter.hours': {
    roles: 'broker',
    en: 'Random jitter in hours subtracted from the roll time so that many partitions do not roll segments at the same moment. `log.roll.jitter.ms` overrides it.',
    zh: '从滚动时间中减去的随机抖动（小时），避免大量分区在同一时刻滚动日志段。`log.roll.jitter.ms` 优先于此项。',
  },
  'log.roll.jitter.ms': {
    roles: 'broker',
    en: 'Random jitter in milliseconds subtracted from the segment roll time; takes precedence over `log.roll.jitter.hours`. Negative values make the broker refuse to start.',
    zh: '从日志段滚动时间中减去的随机抖动（毫秒），优先于 `log.roll.jitter.hours`。负值会导致 broker 无法启动。',
  },
  'log.roll.ms': {
    roles: 'broker',
    en: 'Maximum age in milliseconds of the active segment before a new one is rolled; takes precedence over `log.roll.hours`. The effective value must be at least `1`; very small values create huge numbers of tiny segments and open files.',
    zh: '活跃日志段滚动前的最长存在时间（毫秒），优先于 `log.roll.hours`。生效值必须至少为 `1`；过小会产生大量小段文件和打开的文件句柄。',
  },
  'log.segment.bytes': {
    roles: 'broker',
    en: 'Maximum size in bytes of one log segment file before a new segment is started. Smaller segments make retention and compaction more fine-grained but increase the number of files and open handles; topics override it with `segment.bytes`.',
    zh: '单个日志段文件的最大字节数，达到后开始新的段。段越小，保留和压缩的粒度越细，但文件数和打开的句柄也越多；topic 可用 `segment.bytes` 覆盖。',
  },
  'log.segment.delete.delay.ms': {
    roles: 'broker',
    en: 'Grace period (ms) between a segment being marked for deletion (renamed with a `.deleted` suffix) and its files being removed from disk. It lets in-flight reads of that segment finish; rarely worth changing.',
    zh: '日志段被标记删除（重命名为 `.deleted` 后缀）到真正从磁盘删除之间的宽限时间（毫秒）。用于让正在读取该段的请求完成；一般无需调整。',
  },
  'max.connection.creation.rate': {
    roles: 'both',
    en: 'Upper limit on how many new connections per second this node accepts; when exceeded, new connections are delayed. A per-listener limit can be set with the `listener.name.<listener>.` prefix, which is the usual way to protect client listeners from reconnect storms.',
    zh: '本节点每秒接受新连接数的上限，超出时新连接会被延迟处理。可用 `listener.name.<listener>.` 前缀为单个 listener 设置上限，常用于保护客户端 listener 免受重连风暴冲击。',
  },
  'max.connections': {
    roles: 'both',
    en: 'Maximum number of connections this node keeps open across all listeners; additional connections wait until others close. A per-listener limit can be set with the `listener.name.<listener>.` prefix; size it with your client count and file-descriptor limit in mind.',
    zh: '本节点所有 listener 合计允许的最大连接数，超出的连接需等待其他连接关闭。可用 `listener.name.<listener>.` 前缀为单个 listener 设置上限；应结合客户端数量和文件描述符限制来确定。',
  },
  'max.connections.per.ip': {
    roles: 'both',
    en: 'Maximum number of connections accepted from a single source IP address; further connections from that IP are closed. It protects against one misbehaving host exhausting the node; `0` is only allowed when `max.connections.per.ip.overrides` grants specific hosts their own limit.',
    zh: '单个来源 IP 允许的最大连接数，超出后该 IP 的新连接会被关闭。用于防止单个异常主机耗尽节点资源；只有在 `max.connections.per.ip.overrides` 为特定主机单独设置上限时才允许设为 `0`。',
  },
  'max.connections.per.ip.overrides': {
    roles: 'both',
    en: 'Per-host exceptions to `max.connections.per.ip`, written as comma-separated `host:count` pairs, where the host is a hostname or IP address (for example `10.0.0.5:500`). Invalid host strings make the node fail at startup.',
    zh: '对 `max.connections.per.ip` 的按主机例外设置，格式为以逗号分隔的 `host:count`，host 可以是主机名或 IP 地址（例如 `10.0.0.5:500`）。主机字符串非法时节点启动失败。',
  },
  'max.incremental.fetch.session.cache.slots': {
    roles: 'broker',
    en: 'Number of incremental fetch sessions the broker caches, which lets consumers and followers send only changed partitions in each fetch. If the cache is full, some clients fall back to full fetch requests, raising CPU and network use on clusters with many partitions.',
    zh: 'broker 缓存的增量 fetch 会话数量，增量会话使消费者和 follower 每次只需发送有变化的分区。缓存满时部分客户端会退回全量 fetch 请求，在分区很多的集群中会增加 CPU 和网络开销。',
  },
  'max.request.partition.size.limit': {
    roles: 'broker',
    en: 'Upper bound on how many partitions the broker returns in one response of paginated requests such as `DescribeTopicPartitions` (used by newer admin tools); clients fetch the remainder with follow-up requests. Lowering it reduces the size of individual responses.',
    zh: 'broker 在单个分页请求（如较新管理工具使用的 `DescribeTopicPartitions`）响应中返回的最大分区数；其余分区由客户端通过后续请求获取。调低可减小单个响应的大小。',
  },
  'message.max.bytes': {
    roles: 'broker',
    en: 'Largest record batch in bytes (after compression) the broker accepts from producers; larger batches are rejected with a record-too-large error. If you raise it, also raise producer `max.request.size` and check consumer fetch limits; topics override it with `max.message.bytes`.',
    zh: 'broker 接受的单个记录批次最大字节数（压缩后）；超出的批次会以记录过大错误被拒绝。调大时还需同时调大生产者的 `max.request.size` 并检查消费者的 fetch 上限；topic 可用 `max.message.bytes` 覆盖。',
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
  'metric.reporters': {
    roles: 'both',
    en: 'Classes that receive this node\'s metrics, for example an exporter for your monitoring system. Since 4.0 the JMX reporter is part of the default value rather than added implicitly, so if you replace the list and still want JMX metrics, include `org.apache.kafka.common.metrics.JmxReporter` yourself.',
    zh: '接收本节点指标的类列表，例如对接监控系统的导出器。从 4.0 起 JMX reporter 是默认值的一部分而不再被隐式添加，因此如果替换了该列表又仍需 JMX 指标，必须自行加入 `org.apache.kafka.common.metrics.JmxReporter`。',
  },
  'metrics.num.samples': {
    roles: 'both',
    en: 'Number of sample windows kept for computing rate and average metrics. Together with `metrics.sample.window.ms` it sets how much history a metric covers.',
    zh: '计算速率、平均值等指标时保留的采样窗口数量。与 `metrics.sample.window.ms` 共同决定指标覆盖的历史时长。',
  },
  'metrics.recording.level': {
    roles: 'both',
    en: 'Highest level of metrics that are recorded: `INFO`, `DEBUG` or `TRACE`. Higher levels add more detailed sensors with some CPU overhead; keep `INFO` unless you are debugging.',
    zh: '记录指标的最高级别：`INFO`、`DEBUG` 或 `TRACE`。级别越高，记录的指标越详细，也会带来一定 CPU 开销；非排障期间保持 `INFO`。',
  },
  'metrics.sample.window.ms': {
    roles: 'both',
    en: 'Length (ms) of one metrics sample window. Shorter windows react faster but produce noisier rates.',
    zh: '单个指标采样窗口的长度（毫秒）。窗口越短，指标反应越快，但数值波动越大。',
  },
  'min.insync.replicas': {
    roles: 'both',
    en: 'Minimum number of in-sync replicas that must hold a write before a produce request with `acks=all` succeeds; otherwise the producer gets a not-enough-replicas error, while `acks=0` and `acks=1` writes are not affected. Since 3.7 the effective value is capped at the topic\'s replication factor, and a common durable setup is replication factor 3 with `min.insync.replicas=2`, which tolerates one broker being down. It acts as the cluster default that topics override with their own `min.insync.replicas`; with eligible leader replicas (ELR) enabled, the controller also relies on the cluster-level value.',
    zh: '`acks=all` 的生产请求成功前，至少需要多少个同步副本（ISR）写入成功；不满足时生产者会收到副本不足错误，而 `acks=0` 和 `acks=1` 的写入不受影响。从 3.7 起生效值不会超过 topic 的副本因子，常见的高可靠配置是副本因子 3 加 `min.insync.replicas=2`，可容忍一个 broker 宕机。它是集群默认值，topic 可用同名 topic 级配置覆盖；启用 ELR（eligible leader replicas）后，controller 也会使用集群级的该值。',
  },
  'node.id': {
    roles: 'both',
    en: 'Unique, non-negative integer that identifies this node in the cluster, whether it is a broker, a controller or both; it is required in KRaft mode. It must not change after `kafka-storage.sh format`, because it is recorded in `meta.properties` of every log directory and a mismatch stops startup. On controllers it must appear in `controller.quorum.voters` (when that is set), on broker-only nodes it must not; if the legacy `broker.id` is also set, the two must be equal.',
    zh: '在集群中唯一标识本节点的非负整数，无论节点是 broker、controller 还是两者兼具；KRaft 模式下必填。执行 `kafka-storage.sh format` 后不能再修改，因为它写入了每个日志目录的 `meta.properties`，不一致会导致启动失败。在 controller 上（若设置了 `controller.quorum.voters`）它必须出现在该列表中，纯 broker 节点则不能出现；若同时设置了旧的 `broker.id`，两者必须相等。',
  },
  'num.io.threads': {
    roles: 'both',
    en: 'Number of request handler threads that execute requests after the network threads have read them, including disk reads and writes. A common starting point is at least the number of data disks; a consistently high request-queue time suggests raising it.',
    zh: '请求处理线程数，负责在网络线程读取请求后执行请求，包括磁盘读写。常见起点是不少于数据盘数量；若请求排队时间持续偏高，可考虑调大。',
  },
  'num.network.threads': {
    roles: 'both',
    en: 'Number of network threads per listener that read requests from sockets and write responses back. Raise it when network thread idle ratio stays low under load; it can be set per listener with the `listener.name.<listener>.` prefix.',
    zh: '每个 listener 的网络线程数，负责从 socket 读取请求并写回响应。若负载下网络线程空闲率持续偏低，可调大；可用 `listener.name.<listener>.` 前缀按 listener 单独设置。',
  },
  'num.partitions': {
    roles: 'both',
    en: 'Default number of partitions for new topics created without an explicit count, including auto-created topics. In KRaft the controller applies it to `CreateTopics` requests, so set it on controllers; from 4.3 brokers warn when it is set on a broker-only node.',
    zh: '未显式指定分区数时新建 topic（包括自动创建的 topic）的默认分区数。KRaft 下由 controller 在处理 `CreateTopics` 请求时应用，因此应在 controller 上设置；从 4.3 起在纯 broker 节点上设置会打印警告。',
  },
  'num.recovery.threads.per.data.dir': {
    roles: 'broker',
    en: 'Threads per log directory used to recover logs at startup and to flush them at shutdown. Raising it shortens restarts after an unclean shutdown on nodes with many partitions, at the cost of more parallel disk I/O.',
    zh: '每个日志目录用于启动时恢复日志、关闭时刷盘的线程数。在分区很多的节点上调大可缩短非正常关闭后的重启时间，但会增加并发磁盘 I/O。',
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
  'offset.metadata.max.bytes': {
    roles: 'broker',
    en: 'Maximum size in bytes of the free-form metadata string a client may attach to an offset commit. Commits with larger metadata are rejected.',
    zh: '客户端提交偏移量时可附带的自定义元数据字符串的最大字节数。超出的提交会被拒绝。',
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
  'principal.builder.class': {
    roles: 'both',
    en: 'Class that turns an authenticated connection (TLS certificate or SASL identity) into the Kafka principal used by ACLs. The default builder applies `ssl.principal.mapping.rules` and `sasl.kerberos.principal.to.local.rules`; a custom class must also implement `KafkaPrincipalSerde`, otherwise startup fails.',
    zh: '将已认证连接（TLS 证书或 SASL 身份）转换为 ACL 所用 Kafka principal 的类。默认实现会应用 `ssl.principal.mapping.rules` 和 `sasl.kerberos.principal.to.local.rules`；自定义类还必须实现 `KafkaPrincipalSerde`，否则启动失败。',
  },
  'process.roles': {
    roles: 'both',
    en: 'Roles this node runs in KRaft mode: `broker`, `controller`, or `broker,controller` (combined mode); the values are case-sensitive and the key is required in 4.x. A controller node must have `controller.listener.names` entries in `listeners` and, if `controller.quorum.voters` is set, its `node.id` among the voters; a broker-only node must not list its own id as a voter nor put a controller listener in `listeners`. Combined mode is convenient for development but is not recommended for critical production clusters.',
    zh: '本节点在 KRaft 模式下承担的角色：`broker`、`controller` 或 `broker,controller`（组合模式）；取值区分大小写，4.x 中为必填项。controller 节点的 `listeners` 中必须包含 `controller.listener.names` 所列的 listener，且若设置了 `controller.quorum.voters`，其 `node.id` 必须在其中；纯 broker 节点则不能把自己的 id 列为 voter，也不能在 `listeners` 中包含 controller listener。组合模式适合开发环境，但不建议用于关键生产集群。',
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
  'producer.purgatory.purge.interval.requests': {
    roles: 'broker',
    en: 'Number of produce requests after which the broker purges completed entries from the produce purgatory (where `acks=all` requests wait for replication). The default is fine in practice.',
    zh: '每处理这么多个生产请求后，broker 清理一次生产请求等待区（purgatory，`acks=all` 请求在此等待复制完成）中已完成的条目。实际使用中保持默认即可。',
  },
  'queued.max.request.bytes': {
    roles: 'both',
    en: 'Total bytes of requests that may be queued before network threads stop reading more; `-1` (or `0`) means no limit. Use it to bound memory used by large produce requests; a positive value must be at least `socket.request.max.bytes`, otherwise startup fails.',
    zh: '网络线程停止继续读取前允许排队的请求总字节数；`-1`（或 `0`）表示不限制。可用来限制大批量生产请求占用的内存；设为正数时必须不小于 `socket.request.max.bytes`，否则启动失败。',
  },
  'queued.max.requests': {
    roles: 'both',
    en: 'Number of requests that may wait in the queue between network threads and request handler threads before network threads stop reading new requests. A full queue usually means `num.io.threads` or the disks are the bottleneck.',
    zh: '网络线程与请求处理线程之间队列中允许等待的请求数，达到后网络线程暂停读取新请求。队列经常满通常说明 `num.io.threads` 或磁盘成为瓶颈。',
  },
  'quota.window.num': {
    roles: 'broker',
    en: 'Number of sample windows kept in memory for client quotas (produce, fetch and request-rate quotas). Together with `quota.window.size.seconds` it determines over how long a period quota usage is measured.',
    zh: '客户端配额（生产、消费和请求比例配额）在内存中保留的采样窗口数量。与 `quota.window.size.seconds` 一起决定配额用量统计的时间范围。',
  },
  'quota.window.size.seconds': {
    roles: 'broker',
    en: 'Length in seconds of each sample window used for client quotas. Larger windows smooth out bursts but make throttling react more slowly.',
    zh: '客户端配额每个采样窗口的长度（秒）。窗口越大越能平滑突发流量，但限流反应越慢。',
  },
  'remote.fetch.max.wait.ms': {
    roles: 'broker',
    en: 'With tiered storage, the longest time (ms) the broker waits for data read from remote storage before answering a fetch. Raise it if remote reads are slow and consumers of old, remote-only data make little progress.',
    zh: '启用分层存储时，broker 在响应 fetch 前等待从远程存储读取数据的最长时间（毫秒）。若远程读取较慢，导致读取仅存于远程的旧数据的消费者进展缓慢，可调大。',
  },
  'remote.list.offsets.request.timeout.ms': {
    roles: 'broker',
    en: 'With tiered storage, how long (ms) the broker may spend answering a `ListOffsets` request (offset lookup by timestamp) that has to search remote storage before it returns a timeout error.',
    zh: '启用分层存储时，需要在远程存储中查找的 `ListOffsets` 请求（按时间戳查找偏移量）的最长处理时间（毫秒），超时返回超时错误。',
  },
  'remote.log.index.file.cache.total.size.bytes': {
    roles: 'broker',
    en: 'Maximum local disk space in bytes used to cache index files downloaded from remote storage. A bigger cache avoids repeated downloads when consumers read old data.',
    zh: '用于缓存从远程存储下载的索引文件的最大本地磁盘空间（字节）。缓存越大，消费者读取旧数据时重复下载越少。',
  },
  'remote.log.index.file.cache.ttl.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting added in 4.3 that controls how long cached remote index files are kept. Leave it at its default.',
    zh: '4.3 新增的内部未公开配置，控制缓存的远程索引文件保留多久。请保持默认值。',
  },
  'remote.log.manager.copier.thread.pool.size': {
    roles: 'broker',
    en: 'Number of threads that copy completed local segments to remote storage. Raise it if upload lag grows and local disks fill up because segments cannot be tiered fast enough.',
    zh: '将已完成的本地日志段上传到远程存储的线程数。若上传积压、段无法及时转存导致本地磁盘被占满，可调大。',
  },
  'remote.log.manager.copy.max.bytes.per.second': {
    roles: 'broker',
    en: 'Upper limit in bytes per second on the data this broker uploads to remote storage. Use it to keep tiering from saturating network or storage bandwidth; the default is effectively unlimited.',
    zh: '本 broker 上传到远程存储的数据速率上限（字节/秒）。可用于避免分层上传占满网络或存储带宽；默认实际上不限速。',
  },
  'remote.log.manager.copy.quota.window.num': {
    roles: 'broker',
    en: 'Number of sample windows used to measure the remote upload rate against `remote.log.manager.copy.max.bytes.per.second`.',
    zh: '按 `remote.log.manager.copy.max.bytes.per.second` 计量远程上传速率时使用的采样窗口数量。',
  },
  'remote.log.manager.copy.quota.window.size.seconds': {
    roles: 'broker',
    en: 'Length in seconds of each sample window used for the remote upload quota.',
    zh: '远程上传配额每个采样窗口的长度（秒）。',
  },
  'remote.log.manager.expiration.thread.pool.size': {
    roles: 'broker',
    en: 'Number of threads that delete remote segments once they fall outside the topic\'s retention.',
    zh: '删除超出 topic 保留范围的远程日志段的线程数。',
  },
  'remote.log.manager.fetch.max.bytes.per.second': {
    roles: 'broker',
    en: 'Upper limit in bytes per second on data this broker reads from remote storage to serve fetches. It protects the broker and the remote store when many consumers replay old data; the default is effectively unlimited.',
    zh: '本 broker 为响应 fetch 从远程存储读取数据的速率上限（字节/秒）。当大量消费者回放旧数据时可保护 broker 和远程存储；默认实际上不限速。',
  },
  'remote.log.manager.fetch.quota.window.num': {
    roles: 'broker',
    en: 'Number of sample windows used to measure the remote read rate against `remote.log.manager.fetch.max.bytes.per.second`.',
    zh: '按 `remote.log.manager.fetch.max.bytes.per.second` 计量远程读取速率时使用的采样窗口数量。',
  },
  'remote.log.manager.fetch.quota.window.size.seconds': {
    roles: 'broker',
    en: 'Length in seconds of each sample window used for the remote read quota.',
    zh: '远程读取配额每个采样窗口的长度（秒）。',
  },
  'remote.log.manager.follower.thread.pool.size': {
    roles: 'broker',
    en: 'Number of threads for remote-log tasks on partitions where this broker is a follower, such as tracking which data has already been tiered by the leader. Introduced in 4.2 as the replacement for `remote.log.manager.thread.pool.size`.',
    zh: '本 broker 作为 follower 的分区上执行远程日志任务的线程数，例如跟踪 leader 已转存到远程的数据。4.2 引入，用于取代 `remote.log.manager.thread.pool.size`。',
  },
  'remote.log.manager.task.interval.ms': {
    roles: 'broker',
    en: 'How often (ms) the remote log manager runs its per-partition tasks, such as checking for segments to upload or expire.',
    zh: '远程日志管理器执行各分区任务（如检查待上传或待过期的段）的间隔（毫秒）。',
  },
  'remote.log.manager.task.retry.backoff.max.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: upper bound (ms) of the backoff between retries of failed remote log manager tasks. Leave it at its default.',
    zh: '内部未公开的配置：远程日志管理器任务失败后重试退避时间的上限（毫秒）。请保持默认值。',
  },
  'remote.log.manager.task.retry.backoff.ms': {
    roles: 'broker',
    en: 'Internal, undocumented setting: initial backoff (ms) before retrying a failed remote log manager task. Leave it at its default.',
    zh: '内部未公开的配置：远程日志管理器任务失败后首次重试前的退避时间（毫秒）。请保持默认值。',
  },
  'remote.log.manager.task.retry.jitter': {
    roles: 'broker',
    en: 'Internal, undocumented setting: random jitter factor applied to remote log manager retry backoff. Leave it at its default.',
    zh: '内部未公开的配置：远程日志管理器重试退避时间的随机抖动系数。请保持默认值。',
  },
  'remote.log.manager.thread.pool.size': {
    roles: 'broker',
    en: 'Thread pool size for follower-side remote log tasks. Deprecated since 4.2; use `remote.log.manager.follower.thread.pool.size` instead.',
    zh: 'follower 侧远程日志任务的线程池大小。自 4.2 起已弃用，请改用 `remote.log.manager.follower.thread.pool.size`。',
  },
  'remote.log.metadata.custom.metadata.max.bytes': {
    roles: 'broker',
    en: 'Maximum size in bytes of the custom metadata that the remote storage plugin may return for an uploaded segment. If the plugin returns more, the upload for that partition fails and stops with an error, so raise it only if your plugin documentation asks for it.',
    zh: '远程存储插件为已上传段返回的自定义元数据的最大字节数。插件返回的数据超出时，该分区的上传会失败并以错误停止，因此仅在插件文档要求时才调大。',
  },
  'remote.log.metadata.manager.class.name': {
    roles: 'broker',
    en: 'Implementation that stores metadata about tiered segments. The default keeps it in the internal `__remote_log_metadata` topic and is what most deployments use.',
    zh: '保存分层日志段元数据的实现类。默认实现将其存放在内部 topic `__remote_log_metadata` 中，大多数部署使用默认值即可。',
  },
  'remote.log.metadata.manager.class.path': {
    roles: 'broker',
    en: 'Optional class path from which a custom remote log metadata manager is loaded, keeping its dependencies separate from the broker\'s own libraries. Leave unset for the built-in implementation.',
    zh: '加载自定义远程日志元数据管理器的可选 class path，使其依赖与 broker 自身的库隔离。使用内置实现时无需设置。',
  },
  'remote.log.metadata.manager.impl.prefix': {
    roles: 'broker',
    en: 'Prefix marking properties that are passed to the remote log metadata manager, for example `rlmm.config.remote.log.metadata.topic.replication.factor`. Change it only if your plugin requires a different prefix.',
    zh: '标识传递给远程日志元数据管理器的属性前缀，例如 `rlmm.config.remote.log.metadata.topic.replication.factor`。仅在插件要求其他前缀时修改。',
  },
  'remote.log.metadata.manager.listener.name': {
    roles: 'broker',
    en: 'Name of the local listener that the remote log metadata manager uses to talk to the brokers, for example to read and write `__remote_log_metadata`. Set it when tiered storage is enabled; it must be one of the broker\'s listeners.',
    zh: '远程日志元数据管理器与 broker 通信（例如读写 `__remote_log_metadata`）时使用的本地 listener 名称。启用分层存储时应设置，且必须是 broker 的 listener 之一。',
  },
  'remote.log.reader.max.pending.tasks': {
    roles: 'broker',
    en: 'Maximum number of remote read tasks that may wait for a free reader thread. When the queue is full, further remote reads are rejected until it drains.',
    zh: '等待空闲读取线程的远程读取任务最大数量。队列满时，后续的远程读取会被拒绝，直到队列消化。',
  },
  'remote.log.reader.threads': {
    roles: 'broker',
    en: 'Number of threads that read data from remote storage to serve consumer fetches. Raise it when many consumers read historical, remote-only data.',
    zh: '从远程存储读取数据以响应消费者 fetch 的线程数。大量消费者读取仅存于远程的历史数据时可调大。',
  },
  'remote.log.storage.manager.class.name': {
    roles: 'broker',
    en: 'Fully qualified class name of the remote storage plugin that uploads and reads segments (for example an S3 or HDFS implementation). It has no default and must be set when `remote.log.storage.system.enable=true`.',
    zh: '负责上传和读取日志段的远程存储插件的全限定类名（例如 S3 或 HDFS 实现）。没有默认值，在 `remote.log.storage.system.enable=true` 时必须设置。',
  },
  'remote.log.storage.manager.class.path': {
    roles: 'broker',
    en: 'Optional class path from which the remote storage plugin is loaded, isolating its dependencies from the broker\'s libraries.',
    zh: '加载远程存储插件的可选 class path，使插件依赖与 broker 自身的库隔离。',
  },
  'remote.log.storage.manager.impl.prefix': {
    roles: 'broker',
    en: 'Prefix marking properties that are passed to the remote storage plugin, for example bucket names or credentials under `rsm.config.`. Change it only if your plugin requires a different prefix.',
    zh: '标识传递给远程存储插件的属性前缀，例如以 `rsm.config.` 开头的 bucket 名称或凭证配置。仅在插件要求其他前缀时修改。',
  },
  'remote.log.storage.system.enable': {
    roles: 'broker',
    en: 'Turns on tiered storage support on this broker. Enable it on all brokers; individual topics still have to opt in with `remote.storage.enable=true`, and `remote.log.storage.manager.class.name` must be set.',
    zh: '在本 broker 上启用分层存储支持。应在所有 broker 上启用；各 topic 仍需通过 `remote.storage.enable=true` 单独开启，并且必须设置 `remote.log.storage.manager.class.name`。',
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
  'request.timeout.ms': {
    roles: 'both',
    en: 'How long (ms) this node waits for a response to requests it sends itself as a client to other nodes, for example to the active controller. Keep the default unless you see timeouts on slow networks.',
    zh: '本节点作为客户端向其他节点（例如活跃 controller）发送请求时等待响应的时间（毫秒）。除非在慢速网络上出现超时，否则保持默认。',
  },
  'sasl.client.callback.handler.class': {
    roles: 'both',
    en: 'Callback handler class used on the client side of SASL connections that this node opens to other nodes, for example to supply credentials in a custom way. Leave unset unless your mechanism requires it.',
    zh: '本节点向其他节点发起 SASL 连接时，客户端侧使用的回调处理类，例如以自定义方式提供凭证。除非所用机制需要，否则不必设置。',
  },
  'sasl.enabled.mechanisms': {
    roles: 'both',
    en: 'SASL mechanisms the server accepts on its SASL listeners, for example `SCRAM-SHA-512,PLAIN` or `OAUTHBEARER`. It must include `sasl.mechanism.inter.broker.protocol` when brokers talk to each other over SASL, and the controller listener must accept `sasl.mechanism.controller.protocol`; use `listener.name.<listener>.sasl.enabled.mechanisms` for per-listener values.',
    zh: 'SASL listener 上服务端接受的 SASL 机制，例如 `SCRAM-SHA-512,PLAIN` 或 `OAUTHBEARER`。broker 之间使用 SASL 通信时必须包含 `sasl.mechanism.inter.broker.protocol`，controller listener 也必须接受 `sasl.mechanism.controller.protocol`；可用 `listener.name.<listener>.sasl.enabled.mechanisms` 按 listener 单独设置。',
  },
  'sasl.jaas.config': {
    roles: 'both',
    en: 'JAAS login configuration written inline, so no separate JAAS file is needed. On servers it is normally set per listener and mechanism, for example `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config`; its value is treated as a password and hidden in logs.',
    zh: '内联写入的 JAAS 登录配置，无需单独的 JAAS 文件。在服务端通常按 listener 和机制设置，例如 `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config`；其值按密码处理，不会在日志中显示。',
  },
  'sasl.kerberos.kinit.cmd': {
    roles: 'both',
    en: 'Path of the `kinit` command used to renew Kerberos tickets for GSSAPI. Change it only if `kinit` is installed elsewhere.',
    zh: 'GSSAPI 续期 Kerberos 票据时使用的 `kinit` 命令路径。仅当 `kinit` 安装在其他位置时才需修改。',
  },
  'sasl.kerberos.min.time.before.relogin': {
    roles: 'both',
    en: 'Minimum time (ms) the Kerberos login thread waits between refresh attempts, which prevents tight relogin loops against the KDC.',
    zh: 'Kerberos 登录线程两次刷新尝试之间的最短等待时间（毫秒），用于避免对 KDC 频繁重复登录。',
  },
  'sasl.kerberos.principal.to.local.rules': {
    roles: 'both',
    en: 'Rules that map Kerberos principals (such as `kafka/host@REALM`) to the short names used in ACLs, in the same style as Hadoop `auth_to_local` rules. With `DEFAULT`, a principal from the default realm is reduced to its first component.',
    zh: '将 Kerberos principal（如 `kafka/host@REALM`）映射为 ACL 中使用的短名称的规则，写法与 Hadoop 的 `auth_to_local` 规则相同。使用 `DEFAULT` 时，默认 realm 下的 principal 会被简化为其第一部分。',
  },
  'sasl.kerberos.service.name': {
    roles: 'both',
    en: 'Kerberos service name that the Kafka servers run as, i.e. the first component of their principal (commonly `kafka`). This node uses it when it connects to other nodes over GSSAPI, so it must match the principals in their keytabs.',
    zh: 'Kafka 服务端运行所用的 Kerberos 服务名，即其 principal 的第一部分（通常为 `kafka`）。本节点通过 GSSAPI 连接其他节点时会用到它，因此必须与对方 keytab 中的 principal 一致。',
  },
  'sasl.kerberos.ticket.renew.jitter': {
    roles: 'both',
    en: 'Random jitter, as a fraction of the ticket lifetime, added to the Kerberos renewal time so that many processes do not renew at once. The default is fine.',
    zh: '按票据有效期比例加到 Kerberos 续期时间上的随机抖动，避免大量进程同时续期。保持默认即可。',
  },
  'sasl.kerberos.ticket.renew.window.factor': {
    roles: 'both',
    en: 'Fraction of the Kerberos ticket lifetime after which the login thread tries to renew the ticket. The default renews well before expiry.',
    zh: '登录线程在 Kerberos 票据有效期过去多大比例后尝试续期。默认值会在过期前留出充足余量。',
  },
  'sasl.login.callback.handler.class': {
    roles: 'both',
    en: 'Callback handler class used by the SASL login module, typically to obtain OAUTHBEARER tokens from an identity provider. Server-side it is usually set per listener and mechanism with the `listener.name.<listener>.<mechanism>.` prefix.',
    zh: 'SASL 登录模块使用的回调处理类，通常用于从身份提供方获取 OAUTHBEARER token。在服务端一般按 listener 和机制，通过 `listener.name.<listener>.<mechanism>.` 前缀设置。',
  },
  'sasl.login.class': {
    roles: 'both',
    en: 'Class implementing the SASL `Login` interface, for custom login logic. Leave unset to use the built-in login for the configured mechanism.',
    zh: '实现 SASL `Login` 接口的类，用于自定义登录逻辑。不设置则使用所配置机制的内置登录实现。',
  },
  'sasl.login.connect.timeout.ms': {
    roles: 'both',
    en: 'Connection timeout (ms) when the SASL login contacts an external token endpoint, currently used by OAUTHBEARER.',
    zh: 'SASL 登录连接外部 token 端点时的连接超时（毫秒），目前用于 OAUTHBEARER。',
  },
  'sasl.login.read.timeout.ms': {
    roles: 'both',
    en: 'Read timeout (ms) when the SASL login waits for a response from an external token endpoint, currently used by OAUTHBEARER.',
    zh: 'SASL 登录等待外部 token 端点响应时的读取超时（毫秒），目前用于 OAUTHBEARER。',
  },
  'sasl.login.refresh.buffer.seconds': {
    roles: 'both',
    en: 'For OAUTHBEARER, how many seconds before token expiry the refresh should happen at the latest, leaving a safety margin for a failed attempt.',
    zh: '对于 OAUTHBEARER，最迟在 token 过期前多少秒进行刷新，为刷新失败预留安全余量。',
  },
  'sasl.login.refresh.min.period.seconds': {
    roles: 'both',
    en: 'For OAUTHBEARER, minimum number of seconds between two token refreshes, which prevents hammering the identity provider.',
    zh: '对于 OAUTHBEARER，两次 token 刷新之间的最短间隔（秒），避免对身份提供方频繁请求。',
  },
  'sasl.login.refresh.window.factor': {
    roles: 'both',
    en: 'For OAUTHBEARER, fraction of the token lifetime after which the login thread tries to refresh the token.',
    zh: '对于 OAUTHBEARER，登录线程在 token 有效期过去多大比例后尝试刷新。',
  },
  'sasl.login.refresh.window.jitter': {
    roles: 'both',
    en: 'For OAUTHBEARER, random jitter (fraction of the token lifetime) added to the refresh time so that many processes do not refresh at once.',
    zh: '对于 OAUTHBEARER，按 token 有效期比例加到刷新时间上的随机抖动，避免大量进程同时刷新。',
  },
  'sasl.login.retry.backoff.max.ms': {
    roles: 'both',
    en: 'Maximum backoff (ms) between retries when the SASL login fails to reach the external token endpoint (OAUTHBEARER).',
    zh: 'SASL 登录无法访问外部 token 端点（OAUTHBEARER）时重试退避时间的上限（毫秒）。',
  },
  'sasl.login.retry.backoff.ms': {
    roles: 'both',
    en: 'Initial backoff (ms) before retrying a failed call to the external token endpoint (OAUTHBEARER); it grows with each attempt up to `sasl.login.retry.backoff.max.ms`.',
    zh: '调用外部 token 端点（OAUTHBEARER）失败后首次重试前的退避时间（毫秒）；每次重试递增，直到 `sasl.login.retry.backoff.max.ms`。',
  },
  'sasl.mechanism.controller.protocol': {
    roles: 'both',
    en: 'SASL mechanism that brokers and controllers use when they connect to the controller listener, if that listener uses SASL. Kafka does not check it against `sasl.enabled.mechanisms` at startup, so make sure the controllers\' listener actually enables this mechanism, or connections to the quorum will fail at runtime.',
    zh: '当 controller listener 使用 SASL 时，broker 和 controller 连接该 listener 所用的 SASL 机制。Kafka 启动时不会将其与 `sasl.enabled.mechanisms` 对照检查，因此必须确认 controller 的 listener 确实启用了该机制，否则运行时连接 quorum 会失败。',
  },
};
