// Hover documentation of the keys about listeners, sockets, connections and request handling, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const listenersAndNetworkDocs: Record<string, KeyDoc> = {
  'advertised.listeners': {
    roles: 'both',
    en: 'The `NAME://host:port` addresses this node publishes for others to connect to; when unset, the values of `listeners` are published. Use host names or IPs that clients and other nodes can actually reach (the wildcard `0.0.0.0` is rejected), and keep every listener name here also present in `listeners`. Entries for controller listeners are allowed and tell the quorum how to reach this controller.',
    zh: '本节点对外公布的连接地址，格式为 `NAME://host:port`；未设置时直接公布 `listeners` 的值。应填写客户端和其他节点真正能访问到的主机名或 IP（不允许使用 `0.0.0.0`），且这里的每个监听器名都必须在 `listeners` 中存在。可以包含 controller 监听器条目，用于告知仲裁如何访问本 controller。',
  },
  'background.threads': {
    roles: 'broker',
    en: "Size of the broker's general-purpose scheduler thread pool, which runs periodic housekeeping such as log retention checks and deleting old segments. Raise it only if background tasks visibly fall behind on a broker with very many partitions.",
    zh: 'broker 通用后台调度线程池的大小，用于执行日志保留检查、删除过期分段等周期性维护任务。只有在分区数量很多、后台任务明显滞后时才需要调大。',
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
  'control.plane.listener.name': {
    roles: 'broker',
    en: 'In ZooKeeper mode this put the traffic from the controller to brokers on a dedicated listener. KRaft never supported it (3.x KRaft refused to start with it) and Kafka 4.x simply ignores it; controller traffic is configured with `controller.listener.names` instead.',
    zh: 'ZooKeeper 模式下，用于把 controller 到 broker 的流量放到专用监听器上。KRaft 从未支持它（3.x 的 KRaft 模式遇到它会拒绝启动），Kafka 4.x 则直接忽略；controller 流量改由 `controller.listener.names` 配置。',
  },
  'early.start.listeners': {
    roles: 'both',
    en: 'Listener names that start accepting requests before the authorizer has finished loading its metadata; by default only the controller listeners, which the quorum needs in order to come up. Every name must appear in `listeners` or `controller.listener.names`. Add other listeners only if requests on them may safely be served that early.',
    zh: '在授权器加载完元数据之前就开始接受请求的监听器名称；默认只有 controller 监听器，仲裁启动需要它们。每个名称都必须出现在 `listeners` 或 `controller.listener.names` 中。只有确认这些监听器上的请求可以提前处理时，才加入其他监听器。',
  },
  'inter.broker.listener.name': {
    roles: 'broker',
    en: 'Name of the listener brokers use to talk to each other, mainly for replication. It must be a broker listener that is advertised (not a controller listener) and must have an entry in `listener.security.protocol.map`. Do not combine it with `security.inter.broker.protocol`; setting both is an error.',
    zh: 'broker 之间通信（主要是副本复制）所用的监听器名称。它必须是已对外公布的 broker 监听器（不能是 controller 监听器），并且在 `listener.security.protocol.map` 中有对应条目。不要与 `security.inter.broker.protocol` 同时设置，否则会报错。',
  },
  'listener.security.protocol.map': {
    roles: 'both',
    en: 'Maps each listener name to its security protocol as `NAME:PROTOCOL` pairs, e.g. `CONTROLLER:PLAINTEXT,INTERNAL:SSL,EXTERNAL:SASL_SSL`; protocols must be upper-case `PLAINTEXT`, `SSL`, `SASL_PLAINTEXT` or `SASL_SSL`. The default only maps the four protocol names to themselves, so custom names such as `INTERNAL` need an entry; once you set the key, list every listener name you use, including the controller listener. Only while it is unset does Kafka map controller listener names to `PLAINTEXT` implicitly, and only if no listener is named `SSL` or `SASL_*`.',
    zh: '以 `NAME:PROTOCOL` 对的形式把每个监听器名映射到安全协议，例如 `CONTROLLER:PLAINTEXT,INTERNAL:SSL,EXTERNAL:SASL_SSL`；协议必须是大写的 `PLAINTEXT`、`SSL`、`SASL_PLAINTEXT` 或 `SASL_SSL`。默认值只把这四个协议名映射到自身，因此 `INTERNAL` 之类的自定义名称需要单独配置；一旦显式设置该键，就要列出所有用到的监听器名，包括 controller 监听器。只有在未设置该键、且没有名为 `SSL` 或 `SASL_*` 的监听器时，Kafka 才会把 controller 监听器名隐式映射为 `PLAINTEXT`。',
  },
  listeners: {
    roles: 'both',
    en: 'Comma-separated `NAME://host:port` sockets this node listens on; an empty host binds all interfaces. Names and ports must be unique (one IPv4 plus one IPv6 literal may share a port). Controller-only nodes list only their controller listener(s), broker-only nodes must not include controller listener names, and combined nodes list both.',
    zh: '本节点监听的套接字，以逗号分隔，格式为 `NAME://host:port`；host 为空表示绑定所有网卡。监听器名和端口都必须唯一（一个 IPv4 字面量加一个 IPv6 字面量可以共用同一端口）。纯 controller 节点只列出 controller 监听器，纯 broker 节点不能包含 controller 监听器名，混合模式节点两者都要列出。',
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
  'request.timeout.ms': {
    roles: 'both',
    en: 'How long (ms) this node waits for a response to requests it sends itself as a client to other nodes, for example to the active controller. Keep the default unless you see timeouts on slow networks.',
    zh: '本节点作为客户端向其他节点（例如活跃 controller）发送请求时等待响应的时间（毫秒）。除非在慢速网络上出现超时，否则保持默认。',
  },
  'reserved.broker.max.id': {
    roles: 'broker',
    en: 'In ZooKeeper mode: the highest broker ID reserved for manual assignment, with generated IDs starting above it. Kafka 4.x ignores it; KRaft nodes always use an explicit `node.id`.',
    zh: 'ZooKeeper 模式下：保留给手工分配的最大 broker ID，自动生成的 ID 从它之上开始。Kafka 4.x 会忽略此项；KRaft 节点始终使用显式设置的 `node.id`。',
  },
  'socket.connection.setup.timeout.max.ms': {
    roles: 'both',
    en: 'Cap, in milliseconds, for the connection setup timeout of this node outgoing connections (to other brokers or to controllers). After each failed attempt the timeout grows exponentially from `socket.connection.setup.timeout.ms` until it reaches this value.',
    zh: '本节点发起的出站连接（连向其他 broker 或 controller）建立连接超时时间的上限（毫秒）。每次连接失败后，超时时间从 `socket.connection.setup.timeout.ms` 开始指数增长，直到达到该值。',
  },
  'socket.connection.setup.timeout.ms': {
    roles: 'both',
    en: 'How long, in milliseconds, this node waits for an outgoing TCP connection (to another broker or a controller) to be established before abandoning the attempt. Repeated failures increase the timeout up to `socket.connection.setup.timeout.max.ms`; raise it on networks with slow connection setup.',
    zh: '本节点发起出站 TCP 连接（连向其他 broker 或 controller）时等待连接建立的时间（毫秒），超时则放弃本次尝试。连续失败会让超时时间逐步增大，最多到 `socket.connection.setup.timeout.max.ms`；在建连较慢的网络中可以调大。',
  },
  'socket.listen.backlog.size': {
    roles: 'both',
    en: 'Length of the queue of incoming connections that the operating system has accepted but Kafka has not picked up yet, per listener socket. Raise it if connection storms (e.g. many clients reconnecting after a restart) cause refused or dropped connections; on Linux the kernel also caps it with `net.core.somaxconn`.',
    zh: '每个监听套接字上，操作系统已接受但 Kafka 尚未取走的入站连接队列长度。如果连接风暴（例如重启后大量客户端重连）导致连接被拒或丢弃，可以调大；在 Linux 上内核还会用 `net.core.somaxconn` 对其封顶。',
  },
  'socket.receive.buffer.bytes': {
    roles: 'both',
    en: 'Size of the TCP receive buffer (`SO_RCVBUF`) for the server sockets, in bytes; `-1` leaves the operating system default. Increase it for high-bandwidth or high-latency links, such as replication across data centres.',
    zh: '服务端套接字的 TCP 接收缓冲区（`SO_RCVBUF`）大小，单位字节；`-1` 表示使用操作系统默认值。高带宽或高延迟链路（例如跨机房复制）可适当调大。',
  },
  'socket.request.max.bytes': {
    roles: 'both',
    en: 'Largest single request, in bytes, the server will accept; bigger requests make it close the connection. It must be large enough for the biggest requests your clients send (e.g. produce requests near `message.max.bytes`) and, if `queued.max.request.bytes` is positive, must not exceed it (startup fails otherwise).',
    zh: '服务端接受的单个请求的最大字节数，超过则关闭该连接。它必须足以容纳客户端发送的最大请求（例如接近 `message.max.bytes` 的生产请求）；若 `queued.max.request.bytes` 为正数，本值不能超过它，否则启动失败。',
  },
  'socket.send.buffer.bytes': {
    roles: 'both',
    en: 'Size of the TCP send buffer (`SO_SNDBUF`) for the server sockets, in bytes; `-1` leaves the operating system default. Increase it for high-bandwidth or high-latency links so consumers and followers far away can be served at full speed.',
    zh: '服务端套接字的 TCP 发送缓冲区（`SO_SNDBUF`）大小，单位字节；`-1` 表示使用操作系统默认值。高带宽或高延迟链路上应调大，以便远端的消费者和 follower 能以满速拉取。',
  },
};
