// Hover documentation of the keys about log segments, retention, cleaning and data directories, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const logsAndStorageDocs: Record<string, KeyDoc> = {
  'compression.gzip.level': {
    roles: 'broker',
    en: "Compression level the broker uses when it has to write data with gzip itself (when the topic's `compression.type` is `gzip` and the broker must recompress). `-1` means the codec's own default; higher numbers compress better at more CPU cost. It does not affect what producers send.",
    zh: 'broker 需要自行以 gzip 压缩写入数据时（主题的 `compression.type` 为 `gzip` 且需要重新压缩）所用的压缩级别。`-1` 表示使用压缩库的默认级别；数值越高压缩率越好，CPU 开销也越大。不影响生产者发送的数据。',
  },
  'compression.lz4.level': {
    roles: 'broker',
    en: "Compression level the broker uses when it recompresses data with lz4 because the topic's `compression.type` is `lz4`. Higher levels give smaller data but use more CPU on the broker. Producer-side compression is configured on the producer.",
    zh: '当主题的 `compression.type` 为 `lz4` 且 broker 需要重新压缩时使用的压缩级别。级别越高数据越小，但 broker 的 CPU 消耗越大。生产者端的压缩由生产者自身配置决定。',
  },
  'compression.type': {
    roles: 'broker',
    en: 'Default compression for topics without their own `compression.type`. `producer` keeps whatever codec the producer used; any other value (`gzip`, `snappy`, `lz4`, `zstd`, `uncompressed`) makes the broker store data in that form, recompressing batches that arrive differently, which costs broker CPU.',
    zh: '未单独设置 `compression.type` 的主题所采用的默认压缩方式。`producer` 表示保留生产者使用的压缩编码；其他取值（`gzip`、`snappy`、`lz4`、`zstd`、`uncompressed`）会让 broker 以该格式存储，编码不一致的批次会被重新压缩，从而消耗 broker CPU。',
  },
  'compression.zstd.level': {
    roles: 'broker',
    en: "Compression level the broker uses when it recompresses data with zstd because the topic's `compression.type` is `zstd`. Negative values favour speed, higher positive values favour ratio at more CPU cost.",
    zh: '当主题的 `compression.type` 为 `zstd` 且 broker 需要重新压缩时使用的压缩级别。负值偏向速度，正值越大压缩率越高，CPU 开销也越大。',
  },
  'cordoned.log.dirs': {
    roles: 'broker',
    en: 'Log directories of this broker that should receive no new partition replicas (Kafka 4.3+); existing data stays and keeps being served. Each entry must be one of `log.dirs`/`log.dir`, or use `*` alone to cordon all of them. Useful before draining or replacing a disk.',
    zh: '本 broker 上不再接收新分区副本的日志目录（Kafka 4.3+），已有数据保留并正常提供服务。每个条目都必须是 `log.dirs`/`log.dir` 中的目录，或者单独使用 `*` 表示全部目录。适合在腾空或更换磁盘之前使用。',
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
    en: "How full the cleaner's deduplication hash map may get before a cleaning pass stops taking in more of the log, as a fraction. Higher values process more data per pass but cause more hash collisions. Rarely worth changing.",
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
    en: "Maximum size in bytes of each segment's offset and time index files. When an index fills up, the broker rolls a new segment even if `log.segment.bytes` has not been reached, so keep it large enough for your segment size and `log.index.interval.bytes`.",
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
  'log.message.downconversion.enable': {
    roles: 'broker',
    en: 'In 3.x it controlled whether brokers converted newer record batches to old message formats for outdated consumers. Kafka 4.x dropped the old formats and down-conversion altogether, so the key is ignored.',
    zh: '3.x 中用于控制 broker 是否为旧版消费者把新格式的记录批次转换为旧消息格式。Kafka 4.x 已完全移除旧格式和向下转换，因此该配置被忽略。',
  },
  'log.message.format.version': {
    roles: 'broker',
    en: 'Deprecated since 3.0, this chose the on-disk message format version. Kafka 4.x always writes the current record format and ignores the key, so simply remove it.',
    zh: '自 3.0 起已弃用，用于选择磁盘上的消息格式版本。Kafka 4.x 始终写入当前的记录格式并忽略此配置，直接删除即可。',
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
  'log.message.timestamp.difference.max.ms': {
    roles: 'broker',
    en: 'Old single limit on how far a record timestamp may differ from the broker clock. Kafka 4.x ignores it; use `log.message.timestamp.before.max.ms` and `log.message.timestamp.after.max.ms`, which bound past and future timestamps separately.',
    zh: '旧版用于限制记录时间戳与 broker 时钟之间最大偏差的单一配置。Kafka 4.x 会忽略此项；请改用 `log.message.timestamp.before.max.ms` 和 `log.message.timestamp.after.max.ms`，分别限制过去和未来方向的时间戳。',
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
  'message.max.bytes': {
    roles: 'broker',
    en: 'Largest record batch in bytes (after compression) the broker accepts from producers; larger batches are rejected with a record-too-large error. If you raise it, also raise producer `max.request.size` and check consumer fetch limits; topics override it with `max.message.bytes`.',
    zh: 'broker 接受的单个记录批次最大字节数（压缩后）；超出的批次会以记录过大错误被拒绝。调大时还需同时调大生产者的 `max.request.size` 并检查消费者的 fetch 上限；topic 可用 `max.message.bytes` 覆盖。',
  },
  'min.insync.replicas': {
    roles: 'both',
    en: "Minimum number of in-sync replicas that must hold a write before a produce request with `acks=all` succeeds; otherwise the producer gets a not-enough-replicas error, while `acks=0` and `acks=1` writes are not affected. Since 3.7 the effective value is capped at the topic's replication factor, and a common durable setup is replication factor 3 with `min.insync.replicas=2`, which tolerates one broker being down. It acts as the cluster default that topics override with their own `min.insync.replicas`; with eligible leader replicas (ELR) enabled, the controller also relies on the cluster-level value.",
    zh: '`acks=all` 的生产请求成功前，至少需要多少个同步副本（ISR）写入成功；不满足时生产者会收到副本不足错误，而 `acks=0` 和 `acks=1` 的写入不受影响。从 3.7 起生效值不会超过 topic 的副本因子，常见的高可靠配置是副本因子 3 加 `min.insync.replicas=2`，可容忍一个 broker 宕机。它是集群默认值，topic 可用同名 topic 级配置覆盖；启用 ELR（eligible leader replicas）后，controller 也会使用集群级的该值。',
  },
  'num.recovery.threads.per.data.dir': {
    roles: 'broker',
    en: 'Threads per log directory used to recover logs at startup and to flush them at shutdown. Raising it shortens restarts after an unclean shutdown on nodes with many partitions, at the cost of more parallel disk I/O.',
    zh: '每个日志目录用于启动时恢复日志、关闭时刷盘的线程数。在分区很多的节点上调大可缩短非正常关闭后的重启时间，但会增加并发磁盘 I/O。',
  },
  'unclean.leader.election.enable': {
    roles: 'controller',
    en: "Lets Kafka elect an out-of-sync replica as leader when no in-sync replica is left, trading data loss for availability. In KRaft the active controller makes leader elections, so this is the controllers' cluster-level default; it can also be overridden per topic or changed dynamically with `kafka-configs.sh`. Keep it `false` wherever losing acknowledged messages is unacceptable.",
    zh: '当没有任何同步副本可用时，允许 Kafka 选举一个不同步的副本作为 leader，以数据丢失换取可用性。在 KRaft 中由活跃 controller 执行 leader 选举，因此这是 controller 上的集群级默认值；也可按主题覆盖，或用 `kafka-configs.sh` 动态修改。凡是不能接受已确认消息丢失的场景都应保持 `false`。',
  },
  'unclean.leader.election.interval.ms': {
    roles: 'controller',
    en: 'Internal, undocumented setting: how often, in milliseconds, the controller looks for leaderless partitions that may be recovered by an unclean election (when that is enabled). Leave it at the default.',
    zh: '内部、未公开文档的配置：controller 检查无 leader 分区、并在允许时尝试通过 unclean 选举恢复的间隔（毫秒）。请保持默认值。',
  },
};
