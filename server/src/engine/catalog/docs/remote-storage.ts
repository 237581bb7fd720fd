// Hover documentation of the keys about tiered (remote) log storage, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const remoteStorageDocs: Record<string, KeyDoc> = {
  'follower.fetch.last.tiered.offset.enable': {
    roles: 'broker',
    en: "With tiered storage, lets a new follower with an empty log start replicating just after the last offset already in remote storage instead of copying the leader's older local data. This speeds up adding replicas on topics with long remote retention. Kafka 4.3+.",
    zh: '启用分层存储时，允许日志为空的新跟随副本从已上传到远端存储的最后一个偏移量之后开始复制，而不必复制 leader 本地更早的数据。可加快在远端保留时间很长的主题上新增副本的速度。Kafka 4.3+。',
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
    en: "Number of threads that delete remote segments once they fall outside the topic's retention.",
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
    en: "Optional class path from which a custom remote log metadata manager is loaded, keeping its dependencies separate from the broker's own libraries. Leave unset for the built-in implementation.",
    zh: '加载自定义远程日志元数据管理器的可选 class path，使其依赖与 broker 自身的库隔离。使用内置实现时无需设置。',
  },
  'remote.log.metadata.manager.impl.prefix': {
    roles: 'broker',
    en: 'Prefix marking properties that are passed to the remote log metadata manager, for example `rlmm.config.remote.log.metadata.topic.replication.factor`. Change it only if your plugin requires a different prefix.',
    zh: '标识传递给远程日志元数据管理器的属性前缀，例如 `rlmm.config.remote.log.metadata.topic.replication.factor`。仅在插件要求其他前缀时修改。',
  },
  'remote.log.metadata.manager.listener.name': {
    roles: 'broker',
    en: "Name of the local listener that the remote log metadata manager uses to talk to the brokers, for example to read and write `__remote_log_metadata`. Set it when tiered storage is enabled; it must be one of the broker's listeners.",
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
    en: "Optional class path from which the remote storage plugin is loaded, isolating its dependencies from the broker's libraries.",
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
};
