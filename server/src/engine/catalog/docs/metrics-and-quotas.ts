// Hover documentation of the keys about metrics, telemetry, quotas and throttles, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const metricsAndQuotasDocs: Record<string, KeyDoc> = {
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
  'client.quota.callback.class': {
    roles: 'broker',
    en: 'Optional class implementing `org.apache.kafka.server.quota.ClientQuotaCallback` that replaces the built-in way of computing client quotas (by user and client id). Leave unset unless you need custom quota grouping, such as quotas per tenant derived from the principal.',
    zh: '可选的 `org.apache.kafka.server.quota.ClientQuotaCallback` 实现类，用于替换按用户和 client id 计算客户端配额的内置逻辑。除非需要自定义配额分组（例如按主体推导出的租户限额），否则保持不设置。',
  },
  'follower.replication.throttled.rate': {
    roles: 'broker',
    en: 'Bytes-per-second limit for replication traffic a broker fetches, as follower, for the replicas listed in the topic config `follower.replication.throttled.replicas`; typically used during partition reassignment. It is a dynamic broker setting only: set it with `kafka-configs.sh --entity-type brokers --alter` (or `kafka-reassign-partitions.sh --throttle`), because a value in `server.properties` has no effect.',
    zh: 'broker 作为 follower，为主题配置 `follower.replication.throttled.replicas` 中所列副本拉取复制流量的速率上限（字节/秒），通常在分区重分配期间使用。它只能作为动态 broker 配置设置：请用 `kafka-configs.sh --entity-type brokers --alter`（或 `kafka-reassign-partitions.sh --throttle`），写在 `server.properties` 中不会生效。',
  },
  'kafka.metrics.polling.interval.secs': {
    roles: 'both',
    en: 'Polling interval in seconds for the reporters listed in `kafka.metrics.reporters` (for example how often a CSV reporter writes). It has no effect when no such reporter is configured.',
    zh: '`kafka.metrics.reporters` 中所列报告器的轮询周期（秒），例如 CSV 报告器多久写一次数据。未配置此类报告器时不起作用。',
  },
  'kafka.metrics.reporters': {
    roles: 'both',
    en: "Classes implementing `kafka.metrics.KafkaMetricsReporter` that export the server's Yammer-based metrics, polled every `kafka.metrics.polling.interval.secs`. This is separate from `metric.reporters`, which handles the newer Kafka metrics; JMX export works without either.",
    zh: '实现 `kafka.metrics.KafkaMetricsReporter` 接口的类，用于导出服务端基于 Yammer 的指标，轮询周期为 `kafka.metrics.polling.interval.secs`。它与处理新版 Kafka 指标的 `metric.reporters` 相互独立；不配置两者也能通过 JMX 获取指标。',
  },
  'metric.reporters': {
    roles: 'both',
    en: "Classes that receive this node's metrics, for example an exporter for your monitoring system. Since 4.0 the JMX reporter is part of the default value rather than added implicitly, so if you replace the list and still want JMX metrics, include `org.apache.kafka.common.metrics.JmxReporter` yourself.",
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
  'telemetry.max.bytes': {
    roles: 'broker',
    en: 'Largest client metrics payload, in bytes, that a broker accepts when clients push their own metrics (KIP-714 client telemetry). It only matters if you collect client metrics through a metrics reporter plugin with client metrics subscriptions; raise it if pushes from clients with many metrics are rejected.',
    zh: '客户端推送自身指标（KIP-714 客户端遥测）时，broker 接受的单次指标负载最大字节数。仅在通过指标上报插件并配置了客户端指标订阅来收集客户端指标时才有意义；若指标较多的客户端推送被拒，可调大此值。',
  },
};
