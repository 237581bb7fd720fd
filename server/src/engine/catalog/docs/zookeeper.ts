// Hover documentation of the keys about ZooKeeper-mode (removed in Kafka 4), written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const zookeeperDocs: Record<string, KeyDoc> = {
  'zookeeper.clientCnxnSocket': {
    roles: 'broker',
    en: 'ZooKeeper mode only: which socket implementation the broker ZooKeeper client used, typically `org.apache.zookeeper.ClientCnxnSocketNetty` for TLS connections to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 的 ZooKeeper 客户端使用的套接字实现，启用到 ZooKeeper 的 TLS 时通常为 `org.apache.zookeeper.ClientCnxnSocketNetty`。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.connect': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the ZooKeeper connection string (`host:port,...` with an optional chroot path) where the cluster kept its metadata. Kafka 4.x ignores it silently, so a leftover line does not make a node KRaft-ready; point nodes at the quorum with `controller.quorum.bootstrap.servers` (or `controller.quorum.voters` for a static quorum) instead.',
    zh: '仅用于 ZooKeeper 模式：集群存放元数据的 ZooKeeper 连接串（`host:port,...`，可带 chroot 路径）。Kafka 4.x 会静默忽略它，保留这一行并不能让节点以 KRaft 方式工作；请改用 `controller.quorum.bootstrap.servers`（静态仲裁则用 `controller.quorum.voters`）指向控制器仲裁。',
  },
  'zookeeper.connection.timeout.ms': {
    roles: 'broker',
    en: 'ZooKeeper mode only: how long, in milliseconds, the broker waited to connect to ZooKeeper (falling back to `zookeeper.session.timeout.ms` when unset). Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 连接 ZooKeeper 的最长等待时间（毫秒），未设置时沿用 `zookeeper.session.timeout.ms`。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.max.in.flight.requests': {
    roles: 'broker',
    en: 'ZooKeeper mode only: how many unacknowledged requests the broker ZooKeeper client could have outstanding at once. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 的 ZooKeeper 客户端同时可保持的未确认请求数。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.metadata.migration.enable': {
    roles: 'broker',
    en: 'Kafka 3.x switch that enabled the ZooKeeper-to-KRaft metadata migration on controllers and brokers. The migration has to be finished on a 3.x release before upgrading to 4.x; Kafka 4.x ignores the key, so remove it once the cluster runs in KRaft mode.',
    zh: 'Kafka 3.x 中在 controller 和 broker 上开启 ZooKeeper 到 KRaft 元数据迁移的开关。迁移必须在 3.x 版本上完成后才能升级到 4.x；Kafka 4.x 会忽略此项，集群运行在 KRaft 模式后请将其删除。',
  },
  'zookeeper.metadata.migration.min.batch.size': {
    roles: 'broker',
    en: 'Internal tuning knob of the Kafka 3.x ZooKeeper-to-KRaft migration that influenced how migrated metadata was batched. Kafka 4.x ignores it; remove it.',
    zh: 'Kafka 3.x 中 ZooKeeper 到 KRaft 迁移的内部调优参数，影响迁移元数据的批量方式。Kafka 4.x 会忽略此项，请删除。',
  },
  'zookeeper.session.timeout.ms': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the ZooKeeper session timeout in milliseconds; a broker whose session expired was considered dead. Kafka 4.x ignores it; in KRaft, broker liveness is decided by the controllers using `broker.session.timeout.ms` and broker heartbeats.',
    zh: '仅用于 ZooKeeper 模式：ZooKeeper 会话超时时间（毫秒），会话过期的 broker 被视为下线。Kafka 4.x 会忽略此项；在 KRaft 中，broker 是否存活由 controller 根据 `broker.session.timeout.ms` 和 broker 心跳判定。',
  },
  'zookeeper.set.acl': {
    roles: 'broker',
    en: 'ZooKeeper mode only: made the broker create its znodes with secure ACLs so only authenticated Kafka principals could change them. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：让 broker 以安全 ACL 创建 znode，只有经过认证的 Kafka 主体才能修改。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
};
