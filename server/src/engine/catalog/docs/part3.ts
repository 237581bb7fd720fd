// Hover documentation for Kafka keys, written for this project (facts from Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const docsPart3: Record<string, KeyDoc> = {
  'sasl.mechanism.inter.broker.protocol': {
    roles: 'both',
    en: 'Selects the SASL mechanism a broker uses to authenticate itself on the inter-broker listener, e.g. `PLAIN`, `SCRAM-SHA-512` or `OAUTHBEARER`. It only matters when the inter-broker listener is `SASL_PLAINTEXT` or `SASL_SSL`; in that case every node checks at startup that the mechanism is also listed in `sasl.enabled.mechanisms` (or the listener-prefixed override) and refuses to start otherwise. The default `GSSAPI` means Kerberos, so change it whenever you use another mechanism.',
    zh: '指定 broker 在 inter-broker 监听器上向其他 broker 认证时使用的 SASL 机制，例如 `PLAIN`、`SCRAM-SHA-512` 或 `OAUTHBEARER`。只有当 inter-broker 监听器为 `SASL_PLAINTEXT` 或 `SASL_SSL` 时才起作用；此时每个节点启动时都会检查该机制是否也出现在 `sasl.enabled.mechanisms`（或按监听器加前缀的覆盖项）中，不满足则拒绝启动。默认值 `GSSAPI` 代表 Kerberos，使用其他机制时务必修改。',
  },
  'sasl.oauthbearer.assertion.algorithm': {
    roles: 'both',
    en: 'Signing algorithm (`RS256` or `ES256`) for the JWT assertion that this node builds locally when it logs in to the identity provider with the JWT-bearer flow; it also ends up in the `alg` header. The algorithm must match the type of key in `sasl.oauthbearer.assertion.private.key.file` (RSA for `RS256`, EC for `ES256`). Ignored when `sasl.oauthbearer.assertion.file` supplies a ready-made assertion.',
    zh: '本节点以 JWT bearer 方式向身份提供方登录时，本地生成的 JWT 断言所用的签名算法（`RS256` 或 `ES256`），同时写入 `alg` 头。算法必须与 `sasl.oauthbearer.assertion.private.key.file` 中的密钥类型一致（`RS256` 对应 RSA，`ES256` 对应 EC）。如果通过 `sasl.oauthbearer.assertion.file` 提供了现成的断言，则忽略此项。',
  },
  'sasl.oauthbearer.assertion.claim.aud': {
    roles: 'both',
    en: 'Value written into the `aud` (audience) claim of the locally generated JWT assertion. Most identity providers expect their token endpoint URL or issuer here; check what yours requires. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '本地生成的 JWT 断言中 `aud`（受众）声明的取值。多数身份提供方要求这里填写其 token 端点 URL 或 issuer，请以所用 IdP 的要求为准。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.assertion.claim.exp.seconds': {
    roles: 'both',
    en: 'Lifetime of the locally generated JWT assertion in seconds: the `exp` claim is set to the current time plus this value. Keep it short (a few minutes) since the assertion is only used to obtain an access token. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '本地生成的 JWT 断言的有效期（秒）：`exp` 声明等于当前时间加上该值。断言只用于换取访问令牌，建议保持较短（几分钟即可）。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.assertion.claim.iss': {
    roles: 'both',
    en: 'Value written into the `iss` (issuer) claim of the locally generated JWT assertion, usually the client ID registered with the identity provider. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '本地生成的 JWT 断言中 `iss`（签发者）声明的取值，通常填写在身份提供方注册的 client ID。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.assertion.claim.jti.include': {
    roles: 'both',
    en: 'When `true`, each locally generated JWT assertion gets a random unique `jti` (JWT ID) claim. Turn it on if your identity provider requires `jti` for replay protection. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '设为 `true` 时，每个本地生成的 JWT 断言都会带上随机唯一的 `jti`（JWT ID）声明。如果身份提供方要求用 `jti` 防重放，请开启。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.assertion.claim.nbf.seconds': {
    roles: 'both',
    en: 'Back-dates the `nbf` (not before) claim of the locally generated JWT assertion: `nbf` becomes the current time minus this many seconds. The margin protects against small clock differences between this host and the identity provider. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '把本地生成的 JWT 断言中 `nbf`（生效时间）声明往前推：`nbf` 等于当前时间减去该秒数。这个余量用于容忍本机与身份提供方之间的轻微时钟偏差。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.assertion.claim.sub': {
    roles: 'both',
    en: 'Value written into the `sub` (subject) claim of the locally generated JWT assertion, often the same client ID as `iss`. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '本地生成的 JWT 断言中 `sub`（主体）声明的取值，常与 `iss` 使用同一个 client ID。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.assertion.file': {
    roles: 'both',
    en: 'Path to a file holding a pre-built, already signed JWT assertion that is sent to the identity provider instead of generating one locally. The file is re-read when it changes, so an external job can rotate the assertion without restarting Kafka. When set, every other `sasl.oauthbearer.assertion.*` key is ignored.',
    zh: '指向一个文件，其中保存预先生成并已签名的 JWT 断言，Kafka 直接把它发给身份提供方，而不在本地生成。文件变化后会被重新读取，因此可由外部任务轮换断言而无需重启 Kafka。设置此项后，其余所有 `sasl.oauthbearer.assertion.*` 配置都会被忽略。',
  },
  'sasl.oauthbearer.assertion.private.key.file': {
    roles: 'both',
    en: 'Path to the PEM private key used to sign the locally generated JWT assertion; the matching public key must be registered with the identity provider. Changes to the file are picked up without a restart, which allows key rotation. Restrict file permissions to the Kafka user.',
    zh: '用于签名本地生成的 JWT 断言的 PEM 私钥文件路径，对应的公钥需要在身份提供方处登记。文件修改后无需重启即可生效，便于轮换密钥。请把文件权限限制为仅 Kafka 运行用户可读。',
  },
  'sasl.oauthbearer.assertion.private.key.passphrase': {
    roles: 'both',
    en: 'Passphrase for an encrypted key in `sasl.oauthbearer.assertion.private.key.file`; leave unset for an unencrypted key. This puts a secret in the properties file, so consider a config provider such as `${file:/path/secrets.properties:key}`. If the key file is rotated with a different passphrase, update this value and restart.',
    zh: '当 `sasl.oauthbearer.assertion.private.key.file` 中的私钥已加密时，用此口令解密；未加密的私钥无需设置。设置后配置文件中就含有敏感信息，建议用配置提供器（如 `${file:/path/secrets.properties:key}`）把它移出文件。若轮换后的私钥换了口令，需要同步修改此值并重启。',
  },
  'sasl.oauthbearer.assertion.template.file': {
    roles: 'both',
    en: 'Optional JSON file with static header values and claims to merge into the locally generated JWT assertion. Use it when your identity provider needs extra claims that the dedicated `sasl.oauthbearer.assertion.claim.*` keys do not cover. Ignored when `sasl.oauthbearer.assertion.file` is set.',
    zh: '可选的 JSON 文件，提供要并入本地生成的 JWT 断言的固定头部字段和声明。当身份提供方需要 `sasl.oauthbearer.assertion.claim.*` 之外的额外声明时使用。设置了 `sasl.oauthbearer.assertion.file` 时忽略此项。',
  },
  'sasl.oauthbearer.client.credentials.client.id': {
    roles: 'both',
    en: 'OAuth client ID this node presents to the token endpoint when it logs in with the client-credentials flow (for example for inter-broker or controller connections using `OAUTHBEARER`). It replaces the older `clientId` option inside `sasl.jaas.config`, which still works but is deprecated; this key wins if both are set.',
    zh: '本节点使用 client credentials 流程向 token 端点登录时（例如 inter-broker 或 controller 连接采用 `OAUTHBEARER`）提交的 OAuth client ID。它取代了 `sasl.jaas.config` 中旧的 `clientId` 选项（旧选项仍可用但已弃用），两者同时存在时以本项为准。',
  },
  'sasl.oauthbearer.client.credentials.client.secret': {
    roles: 'both',
    en: 'OAuth client secret paired with `sasl.oauthbearer.client.credentials.client.id`; it replaces the deprecated `clientSecret` JAAS option. This is a secret stored in the properties file, so prefer a config provider such as `${file:/path/secrets.properties:client.secret}` and restrict file permissions.',
    zh: '与 `sasl.oauthbearer.client.credentials.client.id` 配套的 OAuth client secret，取代已弃用的 JAAS 选项 `clientSecret`。这是写在配置文件中的敏感信息，建议通过配置提供器（如 `${file:/path/secrets.properties:client.secret}`）引用，并收紧文件权限。',
  },
  'sasl.oauthbearer.clock.skew.seconds': {
    roles: 'both',
    en: 'Tolerance in seconds for clock differences between this node and the identity provider when checking time-based token claims such as `exp` and `nbf`. Raise it slightly if valid tokens are rejected as expired or not yet valid, but fix NTP first.',
    zh: '校验 `exp`、`nbf` 等时间类令牌声明时，允许本节点与身份提供方之间存在的时钟偏差（秒）。如果有效令牌被判为已过期或尚未生效，可以适当调大，但应先排查 NTP 时间同步。',
  },
  'sasl.oauthbearer.expected.audience': {
    roles: 'both',
    en: 'Comma-separated list of accepted audiences: when set, an incoming token is rejected unless its `aud` claim exactly matches one of them. Setting it is a cheap way to refuse tokens that the identity provider issued for other applications.',
    zh: '以逗号分隔的可接受受众列表：设置后，传入令牌的 `aud` 声明必须与其中某一项完全一致，否则拒绝认证。配置它可以低成本地拒绝身份提供方为其他应用签发的令牌。',
  },
  'sasl.oauthbearer.expected.issuer': {
    roles: 'both',
    en: 'When set, an incoming token is accepted only if its `iss` claim equals this value exactly. Use the issuer string your identity provider puts into tokens (watch out for trailing slashes).',
    zh: '设置后，只有 `iss` 声明与该值完全相同的传入令牌才会被接受。请填写身份提供方实际写入令牌的 issuer 字符串（注意末尾斜杠等细节）。',
  },
  'sasl.oauthbearer.jwks.endpoint.refresh.ms': {
    roles: 'both',
    en: 'How often, in milliseconds, the cached JWKS (the identity provider public keys used to verify token signatures) is refreshed from `sasl.oauthbearer.jwks.endpoint.url`. An unknown key ID also triggers an on-demand fetch, so the default hourly refresh is usually fine.',
    zh: '从 `sasl.oauthbearer.jwks.endpoint.url` 刷新本地 JWKS 缓存（用于校验令牌签名的身份提供方公钥）的间隔，单位毫秒。遇到未知的 key ID 时也会按需拉取，因此默认的每小时刷新通常足够。',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms': {
    roles: 'both',
    en: 'Upper limit in milliseconds for the wait between failed JWKS download attempts; the wait doubles from `sasl.oauthbearer.jwks.endpoint.retry.backoff.ms` up to this cap.',
    zh: '下载 JWKS 失败后重试等待时间的上限（毫秒）；等待时间从 `sasl.oauthbearer.jwks.endpoint.retry.backoff.ms` 开始翻倍增长，直到该上限。',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms': {
    roles: 'both',
    en: 'Initial wait in milliseconds before retrying a failed JWKS download; it doubles on each further failure up to `sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms`.',
    zh: '下载 JWKS 失败后首次重试前的等待时间（毫秒）；之后每次失败翻倍，最多到 `sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms`。',
  },
  'sasl.oauthbearer.jwks.endpoint.url': {
    roles: 'both',
    en: 'Where the server gets the identity provider public keys (JWKS) used to verify the signatures of incoming OAUTHBEARER tokens: an HTTP(S) URL fetched at startup and refreshed periodically, or a `file:` URL read at startup. Since Kafka 4.0 the URL must also be allowed via the JVM system property `org.apache.kafka.sasl.oauthbearer.allowed.urls` (e.g. in `KAFKA_OPTS`), otherwise it is refused.',
    zh: '服务端获取身份提供方公钥（JWKS）的位置，用于校验传入 OAUTHBEARER 令牌的签名：可以是启动时拉取并定期刷新的 HTTP(S) URL，也可以是启动时读取的 `file:` URL。从 Kafka 4.0 起，该 URL 还必须列在 JVM 系统属性 `org.apache.kafka.sasl.oauthbearer.allowed.urls` 中（例如写进 `KAFKA_OPTS`），否则会被拒绝。',
  },
  'sasl.oauthbearer.jwt.retriever.class': {
    roles: 'both',
    en: 'Plugin class that obtains the JWT this node uses when it logs in with OAUTHBEARER. The default inspects the other `sasl.oauthbearer.*` settings and picks a built-in strategy (token file, client credentials or JWT bearer assertion); set a specific class only if you need to force one or use your own.',
    zh: '本节点以 OAUTHBEARER 登录时负责获取 JWT 的插件类。默认实现会根据其他 `sasl.oauthbearer.*` 配置自动选择内置方式（令牌文件、client credentials 或 JWT bearer 断言）；只有需要强制某种方式或使用自定义实现时才修改。',
  },
  'sasl.oauthbearer.jwt.validator.class': {
    roles: 'both',
    en: 'Plugin class that validates JWTs. The default chooses the appropriate built-in validator from the rest of the configuration (for example signature checking against the JWKS on the server side); replace it only for custom validation logic.',
    zh: '负责校验 JWT 的插件类。默认实现会根据其余配置选择合适的内置校验器（例如服务端基于 JWKS 校验签名）；仅在需要自定义校验逻辑时替换。',
  },
  'sasl.oauthbearer.scope': {
    roles: 'both',
    en: 'Scope requested from the token endpoint when this node logs in with OAUTHBEARER; it must match a scope configured at the identity provider. It supersedes the deprecated `scope` option in `sasl.jaas.config`.',
    zh: '本节点以 OAUTHBEARER 登录时向 token 端点申请的 scope，需与身份提供方中配置的 scope 对应。它取代了 `sasl.jaas.config` 中已弃用的 `scope` 选项。',
  },
  'sasl.oauthbearer.scope.claim.name': {
    roles: 'both',
    en: 'Name of the token claim that carries the scope. Change it only if your identity provider uses a different claim name (for example `scp`).',
    zh: '令牌中承载 scope 的声明名称。仅当身份提供方使用不同的声明名（例如 `scp`）时才需要修改。',
  },
  'sasl.oauthbearer.sub.claim.name': {
    roles: 'both',
    en: 'Name of the token claim whose value becomes the authenticated principal name, which is what ACLs are written against. Change it if your identity provider puts the useful identity in another claim (for example `client_id` or `azp`), and update ACLs accordingly.',
    zh: '令牌中哪个声明的值作为认证后的主体（principal）名称，ACL 就是针对这个名称编写的。如果身份提供方把有用的身份放在其他声明中（如 `client_id` 或 `azp`），请修改此项并相应调整 ACL。',
  },
  'sasl.oauthbearer.token.endpoint.url': {
    roles: 'both',
    en: 'Identity provider token endpoint that this node calls to obtain an access token when it logs in with OAUTHBEARER; a `file:` URL instead points to a file containing a token. Since Kafka 4.0 the URL must also be listed in the JVM system property `org.apache.kafka.sasl.oauthbearer.allowed.urls`, otherwise login fails.',
    zh: '本节点以 OAUTHBEARER 登录时用于获取访问令牌的身份提供方 token 端点；若写成 `file:` URL，则指向一个保存令牌的文件。从 Kafka 4.0 起，该 URL 还必须列在 JVM 系统属性 `org.apache.kafka.sasl.oauthbearer.allowed.urls` 中，否则登录会失败。',
  },
  'sasl.server.callback.handler.class': {
    roles: 'both',
    en: 'Custom server-side SASL callback handler, for example to check `PLAIN` passwords against an external store or to validate OAUTHBEARER tokens with `OAuthBearerValidatorCallbackHandler`. Set it with a listener and lower-case mechanism prefix, e.g. `listener.name.sasl_ssl.plain.sasl.server.callback.handler.class`, so that it applies to the intended mechanism only.',
    zh: '自定义的服务端 SASL 回调处理器，例如让 `PLAIN` 口令对接外部存储，或用 `OAuthBearerValidatorCallbackHandler` 校验 OAUTHBEARER 令牌。应加上监听器名和小写机制名前缀来设置，例如 `listener.name.sasl_ssl.plain.sasl.server.callback.handler.class`，使其只作用于目标机制。',
  },
  'sasl.server.max.receive.size': {
    roles: 'both',
    en: 'Largest SASL message in bytes the server will read from a client before authentication has completed. It limits how much memory an unauthenticated peer can make the server allocate; raise it only if legitimate large tokens (e.g. big Kerberos tickets or JWTs) are rejected.',
    zh: '认证完成之前，服务端愿意从客户端读取的单个 SASL 消息的最大字节数。它限制了未认证的对端能让服务端分配多少内存；只有当正常的大令牌（如较大的 Kerberos 票据或 JWT）被拒绝时才调大。',
  },
  'security.inter.broker.protocol': {
    roles: 'both',
    en: 'Security protocol brokers use to talk to each other when `inter.broker.listener.name` is not set; the listener whose name equals this value then becomes the inter-broker listener and must be among the advertised listeners. Set either this key or `inter.broker.listener.name`, never both (even writing the default value counts as setting it). Values are upper-case: `plaintext` is rejected.',
    zh: '未设置 `inter.broker.listener.name` 时，broker 之间通信使用的安全协议；此时与该值同名的监听器就是 inter-broker 监听器，它必须出现在对外通告的监听器中。本项与 `inter.broker.listener.name` 只能二选一（即使写的是默认值也算设置）。取值必须大写，`plaintext` 会被拒绝。',
  },
  'security.providers': {
    roles: 'both',
    en: 'Comma-separated list of `SecurityProviderCreator` classes whose JCA security providers are registered at startup, for example to add crypto algorithms needed by SSL or SASL. Leave unset unless a plugin or compliance requirement asks for it.',
    zh: '以逗号分隔的 `SecurityProviderCreator` 类列表，启动时会注册它们提供的 JCA 安全提供者，例如为 SSL 或 SASL 增加所需的加密算法。除非插件或合规要求需要，否则保持不设置。',
  },
  'server.max.startup.time.ms': {
    roles: 'both',
    en: 'Internal, undocumented setting: an upper bound in milliseconds on how long the server waits during startup (for example to catch up with the metadata log) before giving up. The default is effectively unlimited; leave it alone.',
    zh: '内部、未公开文档的配置：服务启动阶段（例如追赶元数据日志）最长等待多少毫秒后放弃。默认值相当于不限制，请勿修改。',
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
  'ssl.allow.dn.changes': {
    roles: 'both',
    en: 'Whether a dynamic keystore update may bring a certificate whose subject distinguished name differs from the current one. By default such an update is rejected, which protects against installing the wrong certificate by mistake; enable it only when you intentionally change the DN.',
    zh: '动态更新 keystore 时，是否允许新证书的主题 DN 与当前证书不同。默认拒绝此类更新，可防止误装错误的证书；只有在有意更换 DN 时才开启。',
  },
  'ssl.allow.san.changes': {
    roles: 'both',
    en: 'Whether a dynamic keystore update may bring a certificate whose subject alternative names differ from the current one. Rejected by default as a safety check; enable it when you deliberately add or remove host names from the certificate.',
    zh: '动态更新 keystore 时，是否允许新证书的 SAN（主题备用名称）与当前证书不同。出于安全默认拒绝；当有意增删证书中的主机名时再开启。',
  },
  'ssl.cipher.suites': {
    roles: 'both',
    en: 'Comma-separated list of TLS cipher suites this node allows; when empty, the JVM defaults apply. Restrict it to meet a compliance policy, but make sure every client and peer supports at least one listed suite, otherwise handshakes fail.',
    zh: '本节点允许的 TLS 加密套件列表，逗号分隔；为空时使用 JVM 默认值。可按合规要求收紧，但要确保所有客户端和对端至少支持其中一个套件，否则握手失败。',
  },
  'ssl.client.auth': {
    roles: 'both',
    en: 'Whether TLS clients must present a certificate: `required` enforces mutual TLS, `requested` asks but still accepts clients without one (gives a false sense of security), `none` disables it. On `SASL_SSL` listeners it only takes effect when set with the listener prefix, e.g. `listener.name.sasl_ssl.ssl.client.auth`.',
    zh: '是否要求 TLS 客户端出示证书：`required` 强制双向 TLS，`requested` 会请求证书但没有证书的客户端仍可连接（容易造成安全错觉），`none` 不要求。在 `SASL_SSL` 监听器上，只有加上监听器前缀设置（如 `listener.name.sasl_ssl.ssl.client.auth`）才会生效。',
  },
  'ssl.enabled.protocols': {
    roles: 'both',
    en: 'TLS protocol versions this node accepts and offers. Dropping `TLSv1.2` gives a TLS 1.3-only setup, which only works if every client and peer supports TLS 1.3.',
    zh: '本节点接受和提供的 TLS 协议版本。去掉 `TLSv1.2` 即只允许 TLS 1.3，前提是所有客户端和对端都支持 TLS 1.3。',
  },
  'ssl.endpoint.identification.algorithm': {
    roles: 'both',
    en: 'Host name verification for TLS connections this node opens to other brokers or controllers: `https` checks that the peer certificate matches the host name, an empty value turns the check off. Keep it on and put correct host names in the certificates\' SANs rather than disabling it.',
    zh: '本节点向其他 broker 或 controller 发起 TLS 连接时的主机名校验：`https` 会检查对端证书是否与主机名匹配，设为空值则关闭校验。建议保持开启，在证书的 SAN 中写好正确的主机名，而不是关闭校验。',
  },
  'ssl.engine.factory.class': {
    roles: 'both',
    en: 'Custom `SslEngineFactory` plugin that builds the TLS engines, e.g. to load keys and certificates from a vault or HSM instead of keystore files. When set, the usual keystore and truststore keys may be ignored, depending on the plugin.',
    zh: '自定义的 `SslEngineFactory` 插件，用于创建 TLS 引擎，例如从密钥库服务或 HSM 加载密钥和证书而不是使用 keystore 文件。设置后，常规的 keystore/truststore 配置是否生效取决于插件实现。',
  },
  'ssl.key.password': {
    roles: 'both',
    en: 'Password of the private key inside the keystore (or of an encrypted PEM key given in `ssl.keystore.key`). This is a secret in the properties file; prefer a config provider such as `${file:/path/secrets.properties:ssl.key.password}` and restrict file permissions.',
    zh: 'keystore 中私钥的密码（或 `ssl.keystore.key` 中加密 PEM 私钥的密码）。这是写在配置文件中的敏感信息，建议用配置提供器（如 `${file:/path/secrets.properties:ssl.key.password}`）引用并收紧文件权限。',
  },
  'ssl.keymanager.algorithm': {
    roles: 'both',
    en: 'Algorithm of the JSSE key manager factory that picks the certificate to present. The JVM default is right for almost everyone; change it only for a specific security provider.',
    zh: 'JSSE 密钥管理器工厂所用的算法，决定出示哪张证书。JVM 默认值几乎适用于所有场景，只有使用特定安全提供者时才修改。',
  },
  'ssl.keystore.certificate.chain': {
    roles: 'both',
    en: 'The node certificate chain given inline in PEM format, as an alternative to a keystore file; use it together with `ssl.keystore.key` and `ssl.keystore.type=PEM`. It is treated like a password (hidden in logs); long PEM blocks are easier to manage through a config provider.',
    zh: '以 PEM 格式内联提供本节点的证书链，作为 keystore 文件的替代；需与 `ssl.keystore.key` 和 `ssl.keystore.type=PEM` 一起使用。它按密码类型处理（日志中隐藏）；较长的 PEM 内容更适合通过配置提供器管理。',
  },
  'ssl.keystore.key': {
    roles: 'both',
    en: 'The node private key given inline in PEM format, used with `ssl.keystore.certificate.chain` and `ssl.keystore.type=PEM`; if the key is encrypted, also set `ssl.key.password`. This puts a private key in the properties file, so a config provider such as `${file:...}` is strongly recommended.',
    zh: '以 PEM 格式内联提供本节点的私钥，与 `ssl.keystore.certificate.chain` 和 `ssl.keystore.type=PEM` 配合使用；私钥加密时还需设置 `ssl.key.password`。这会把私钥写进配置文件，强烈建议用配置提供器（如 `${file:...}`）引用。',
  },
  'ssl.keystore.location': {
    roles: 'both',
    en: 'Path to the keystore file holding this node private key and certificate, presented to TLS clients and peers. Make sure the file is readable by the Kafka user and that its type matches `ssl.keystore.type`.',
    zh: '保存本节点私钥和证书的 keystore 文件路径，用于向 TLS 客户端和对端出示身份。请确保 Kafka 运行用户可读该文件，且文件格式与 `ssl.keystore.type` 一致。',
  },
  'ssl.keystore.password': {
    roles: 'both',
    en: 'Password that opens the keystore file in `ssl.keystore.location`. This is a secret in the properties file; prefer a config provider such as `${file:/path/secrets.properties:keystore.password}`.',
    zh: '打开 `ssl.keystore.location` 所指 keystore 文件的密码。这是写在配置文件中的敏感信息，建议使用配置提供器（如 `${file:/path/secrets.properties:keystore.password}`）引用。',
  },
  'ssl.keystore.type': {
    roles: 'both',
    en: 'Format of the keystore: `JKS`, `PKCS12` or `PEM`. `PKCS12` is the usual choice for new files; `PEM` works both with a PEM file in `ssl.keystore.location` and with inline `ssl.keystore.key`/`ssl.keystore.certificate.chain`.',
    zh: 'keystore 的格式：`JKS`、`PKCS12` 或 `PEM`。新建文件通常选 `PKCS12`；`PEM` 既可用于 `ssl.keystore.location` 指向的 PEM 文件，也可配合内联的 `ssl.keystore.key`/`ssl.keystore.certificate.chain`。',
  },
  'ssl.principal.mapping.rules': {
    roles: 'both',
    en: 'Rules that turn a client certificate distinguished name into the Kafka principal name used by ACLs, e.g. `RULE:^CN=(.*?),OU=.*$/$1/,DEFAULT` keeps only the CN of DNs that contain an OU. Rules are tried in order and `DEFAULT` keeps the full DN; test new rules carefully because a mismatch silently changes which ACLs apply.',
    zh: '把客户端证书的 DN 转换为 ACL 所用 Kafka 主体名的规则，例如 `RULE:^CN=(.*?),OU=.*$/$1/,DEFAULT` 对含 OU 的 DN 只保留 CN。规则按顺序尝试，`DEFAULT` 表示保留完整 DN；新规则要仔细测试，因为映射不符会悄悄改变生效的 ACL。',
  },
  'ssl.protocol': {
    roles: 'both',
    en: 'Protocol name used to create the JVM TLS context. The default is fine on modern JVMs; the versions actually negotiated are controlled by `ssl.enabled.protocols`.',
    zh: '创建 JVM TLS 上下文时使用的协议名。在较新的 JVM 上保持默认即可；实际可协商的版本由 `ssl.enabled.protocols` 控制。',
  },
  'ssl.provider': {
    roles: 'both',
    en: 'Name of the JCA security provider to use for TLS; unset means the JVM default provider. Set it only when you need a specific provider, for example a FIPS-certified one.',
    zh: 'TLS 所用的 JCA 安全提供者名称；不设置则使用 JVM 默认提供者。仅在需要特定提供者（例如经过 FIPS 认证的）时设置。',
  },
  'ssl.secure.random.implementation': {
    roles: 'both',
    en: 'Name of the `SecureRandom` algorithm used for TLS operations; unset means the JVM default. Change it only if the default source of randomness is slow or not allowed in your environment.',
    zh: 'TLS 操作所用的 `SecureRandom` 算法名称；不设置则使用 JVM 默认值。只有当默认随机源过慢或在你的环境中不被允许时才修改。',
  },
  'ssl.trustmanager.algorithm': {
    roles: 'both',
    en: 'Algorithm of the JSSE trust manager factory that validates peer certificates. Keep the JVM default unless a specific security provider requires otherwise.',
    zh: 'JSSE 信任管理器工厂所用的算法，负责校验对端证书。除非特定安全提供者另有要求，否则保持 JVM 默认值。',
  },
  'ssl.truststore.certificates': {
    roles: 'both',
    en: 'Trusted CA certificates given inline in PEM format, as an alternative to a truststore file; use it with `ssl.truststore.type=PEM`. It is treated like a password (hidden in logs); long PEM blocks are easier to keep in a file referenced through a config provider.',
    zh: '以 PEM 格式内联提供受信任的 CA 证书，作为 truststore 文件的替代；需配合 `ssl.truststore.type=PEM` 使用。它按密码类型处理（日志中隐藏）；较长的 PEM 内容更适合放在文件中并通过配置提供器引用。',
  },
  'ssl.truststore.location': {
    roles: 'both',
    en: 'Path to the truststore file with the CA certificates this node trusts when verifying clients (for mutual TLS) and peers it connects to. All brokers and controllers must trust the CA that signed each other\'s certificates, otherwise inter-node connections fail.',
    zh: '保存本节点所信任 CA 证书的 truststore 文件路径，用于校验客户端（双向 TLS 时）以及本节点所连接的对端。所有 broker 和 controller 都必须信任为彼此证书签名的 CA，否则节点间连接会失败。',
  },
  'ssl.truststore.password': {
    roles: 'both',
    en: 'Password for the truststore file in `ssl.truststore.location`; it guards the file integrity rather than secret keys. It is still stored as a secret, so a config provider such as `${file:...}` keeps it out of the properties file.',
    zh: '`ssl.truststore.location` 所指 truststore 文件的密码；它保护的是文件完整性而非私钥。该值仍属于敏感信息，可以用配置提供器（如 `${file:...}`）将其移出配置文件。',
  },
  'ssl.truststore.type': {
    roles: 'both',
    en: 'Format of the truststore: `JKS`, `PKCS12` or `PEM`. Use `PEM` for a PEM file in `ssl.truststore.location` or for inline `ssl.truststore.certificates`.',
    zh: 'truststore 的格式：`JKS`、`PKCS12` 或 `PEM`。PEM 文件（`ssl.truststore.location`）或内联的 `ssl.truststore.certificates` 都应使用 `PEM`。',
  },
  'telemetry.max.bytes': {
    roles: 'broker',
    en: 'Largest client metrics payload, in bytes, that a broker accepts when clients push their own metrics (KIP-714 client telemetry). It only matters if you collect client metrics through a metrics reporter plugin with client metrics subscriptions; raise it if pushes from clients with many metrics are rejected.',
    zh: '客户端推送自身指标（KIP-714 客户端遥测）时，broker 接受的单次指标负载最大字节数。仅在通过指标上报插件并配置了客户端指标订阅来收集客户端指标时才有意义；若指标较多的客户端推送被拒，可调大此值。',
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
  'unclean.leader.election.enable': {
    roles: 'controller',
    en: 'Lets Kafka elect an out-of-sync replica as leader when no in-sync replica is left, trading data loss for availability. In KRaft the active controller makes leader elections, so this is the controllers\' cluster-level default; it can also be overridden per topic or changed dynamically with `kafka-configs.sh`. Keep it `false` wherever losing acknowledged messages is unacceptable.',
    zh: '当没有任何同步副本可用时，允许 Kafka 选举一个不同步的副本作为 leader，以数据丢失换取可用性。在 KRaft 中由活跃 controller 执行 leader 选举，因此这是 controller 上的集群级默认值；也可按主题覆盖，或用 `kafka-configs.sh` 动态修改。凡是不能接受已确认消息丢失的场景都应保持 `false`。',
  },
  'unclean.leader.election.interval.ms': {
    roles: 'controller',
    en: 'Internal, undocumented setting: how often, in milliseconds, the controller looks for leaderless partitions that may be recovered by an unclean election (when that is enabled). Leave it at the default.',
    zh: '内部、未公开文档的配置：controller 检查无 leader 分区、并在允许时尝试通过 unclean 选举恢复的间隔（毫秒）。请保持默认值。',
  },
  'unstable.api.versions.enable': {
    roles: 'both',
    en: 'Internal, undocumented switch that exposes protocol API versions still under development. It exists for Kafka\'s own testing; never enable it in production.',
    zh: '内部、未公开文档的开关，用于开放仍在开发中的协议 API 版本。它仅供 Kafka 自身测试使用，生产环境切勿开启。',
  },
  'unstable.feature.versions.enable': {
    roles: 'both',
    en: 'Internal, undocumented switch that allows feature levels and `metadata.version` values that are not yet production-ready, for example when formatting storage. A cluster running unstable versions may not be upgradable; never use it outside development.',
    zh: '内部、未公开文档的开关，允许使用尚未可用于生产的特性级别和 `metadata.version`（例如格式化存储时）。运行不稳定版本的集群可能无法升级；除开发环境外切勿使用。',
  },
  'leader.replication.throttled.rate': {
    roles: 'broker',
    en: 'Bytes-per-second limit for replication traffic a broker sends, as leader, for the replicas listed in the topic config `leader.replication.throttled.replicas`; typically used to protect clients during partition reassignment. It is a dynamic broker setting only: set it with `kafka-configs.sh --entity-type brokers --alter` (or `kafka-reassign-partitions.sh --throttle`), because a value in `server.properties` has no effect.',
    zh: 'broker 作为 leader，为主题配置 `leader.replication.throttled.replicas` 中所列副本发送复制流量的速率上限（字节/秒），通常用于分区重分配时保护客户端流量。它只能作为动态 broker 配置设置：请用 `kafka-configs.sh --entity-type brokers --alter`（或 `kafka-reassign-partitions.sh --throttle`），写在 `server.properties` 中不会生效。',
  },
  'follower.replication.throttled.rate': {
    roles: 'broker',
    en: 'Bytes-per-second limit for replication traffic a broker fetches, as follower, for the replicas listed in the topic config `follower.replication.throttled.replicas`; typically used during partition reassignment. It is a dynamic broker setting only: set it with `kafka-configs.sh --entity-type brokers --alter` (or `kafka-reassign-partitions.sh --throttle`), because a value in `server.properties` has no effect.',
    zh: 'broker 作为 follower，为主题配置 `follower.replication.throttled.replicas` 中所列副本拉取复制流量的速率上限（字节/秒），通常在分区重分配期间使用。它只能作为动态 broker 配置设置：请用 `kafka-configs.sh --entity-type brokers --alter`（或 `kafka-reassign-partitions.sh --throttle`），写在 `server.properties` 中不会生效。',
  },
  'replica.alter.log.dirs.io.max.bytes.per.second': {
    roles: 'broker',
    en: 'Bytes-per-second limit on disk I/O used when a broker moves replicas between its own log directories (JBOD moves via `kafka-reassign-partitions.sh` with log dir targets). It is a dynamic broker setting only: set it with `kafka-configs.sh --entity-type brokers --alter`, because a value in `server.properties` has no effect.',
    zh: 'broker 在自身的日志目录之间迁移副本（通过 `kafka-reassign-partitions.sh` 指定目标日志目录的 JBOD 迁移）时磁盘 I/O 的速率上限（字节/秒）。它只能作为动态 broker 配置设置：请用 `kafka-configs.sh --entity-type brokers --alter`，写在 `server.properties` 中不会生效。',
  },
  'auto.include.jmx.reporter': {
    roles: 'broker',
    en: 'Kafka 3.x used this flag to add the JMX metrics reporter even when it was not listed in `metric.reporters`. It was removed in 4.0 and is ignored; JMX metrics are now controlled solely by `metric.reporters`, whose default already includes `org.apache.kafka.common.metrics.JmxReporter`.',
    zh: 'Kafka 3.x 用此开关在 `metric.reporters` 未列出时也自动加入 JMX 指标上报器。该配置已在 4.0 移除并被忽略；现在 JMX 指标完全由 `metric.reporters` 控制，其默认值已包含 `org.apache.kafka.common.metrics.JmxReporter`。',
  },
  'broker.id.generation.enable': {
    roles: 'broker',
    en: 'In ZooKeeper mode this let brokers obtain an automatically generated ID from ZooKeeper. Kafka 4.x ignores it: every KRaft node needs an explicit `node.id`.',
    zh: 'ZooKeeper 模式下，用于让 broker 从 ZooKeeper 自动获取生成的 ID。Kafka 4.x 会忽略此项：每个 KRaft 节点都必须显式设置 `node.id`。',
  },
  'control.plane.listener.name': {
    roles: 'broker',
    en: 'In ZooKeeper mode this put the traffic from the controller to brokers on a dedicated listener. KRaft never supported it (3.x KRaft refused to start with it) and Kafka 4.x simply ignores it; controller traffic is configured with `controller.listener.names` instead.',
    zh: 'ZooKeeper 模式下，用于把 controller 到 broker 的流量放到专用监听器上。KRaft 从未支持它（3.x 的 KRaft 模式遇到它会拒绝启动），Kafka 4.x 则直接忽略；controller 流量改由 `controller.listener.names` 配置。',
  },
  'controlled.shutdown.max.retries': {
    roles: 'broker',
    en: 'In ZooKeeper mode: how many times a broker retried its controlled shutdown request before shutting down anyway. Kafka 4.x ignores it; KRaft brokers negotiate shutdown with the controller through heartbeats, and `controlled.shutdown.enable` still applies.',
    zh: 'ZooKeeper 模式下：broker 在强行关闭前重试受控关闭请求的次数。Kafka 4.x 会忽略此项；KRaft broker 通过心跳与 controller 协商关闭，`controlled.shutdown.enable` 仍然有效。',
  },
  'controlled.shutdown.retry.backoff.ms': {
    roles: 'broker',
    en: 'In ZooKeeper mode: the wait in milliseconds between controlled shutdown retries. Kafka 4.x ignores it and has no replacement key.',
    zh: 'ZooKeeper 模式下：受控关闭重试之间的等待时间（毫秒）。Kafka 4.x 会忽略此项，也没有替代配置。',
  },
  'delegation.token.master.key': {
    roles: 'broker',
    en: 'Old name of the secret used to sign delegation tokens; removed in 4.0 and ignored. Use `delegation.token.secret.key` instead, otherwise delegation tokens stay disabled after the upgrade. Remove the old line too, since it only leaves an unused secret in the file.',
    zh: '旧版用于签名委托令牌（delegation token）的密钥名称，已在 4.0 移除并被忽略。请改用 `delegation.token.secret.key`，否则升级后委托令牌功能将处于禁用状态。同时删除旧行，以免文件中残留无用的密钥。',
  },
  'eligible.leader.replicas.enable': {
    roles: 'broker',
    en: 'Kafka 3.x preview switch for Eligible Leader Replicas (KIP-966). Kafka 4.x ignores it; ELR is turned on through the `eligible.leader.replicas.version` feature, e.g. with `kafka-features.sh upgrade --feature eligible.leader.replicas.version=1` or at format time.',
    zh: 'Kafka 3.x 中 ELR（Eligible Leader Replicas，KIP-966）的预览开关。Kafka 4.x 会忽略此项；ELR 通过 `eligible.leader.replicas.version` 特性开启，例如使用 `kafka-features.sh upgrade --feature eligible.leader.replicas.version=1` 或在格式化时指定。',
  },
  'inter.broker.protocol.version': {
    roles: 'broker',
    en: 'In 3.x it pinned the protocol version brokers used among themselves, mainly during rolling upgrades. Kafka 4.x ignores it: the cluster-wide `metadata.version` feature plays that role, set with `kafka-storage.sh format --release-version` and raised with `kafka-features.sh upgrade`.',
    zh: '3.x 中用于固定 broker 之间使用的协议版本，主要用于滚动升级。Kafka 4.x 会忽略此项：这一职责由集群级的 `metadata.version` 特性承担，格式化时通过 `kafka-storage.sh format --release-version` 设置，之后用 `kafka-features.sh upgrade` 升级。',
  },
  'leader.imbalance.per.broker.percentage': {
    roles: 'broker',
    en: 'In ZooKeeper mode: the share of non-preferred leaders on a broker above which the controller triggered a preferred leader rebalance. Kafka 4.x ignores it and has no replacement; automatic rebalancing is governed by `auto.leader.rebalance.enable` and `leader.imbalance.check.interval.seconds`.',
    zh: 'ZooKeeper 模式下：当某 broker 上非首选 leader 的比例超过该百分比时，controller 会触发首选 leader 重平衡。Kafka 4.x 会忽略此项，也没有替代配置；自动重平衡由 `auto.leader.rebalance.enable` 和 `leader.imbalance.check.interval.seconds` 控制。',
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
  'log.message.timestamp.difference.max.ms': {
    roles: 'broker',
    en: 'Old single limit on how far a record timestamp may differ from the broker clock. Kafka 4.x ignores it; use `log.message.timestamp.before.max.ms` and `log.message.timestamp.after.max.ms`, which bound past and future timestamps separately.',
    zh: '旧版用于限制记录时间戳与 broker 时钟之间最大偏差的单一配置。Kafka 4.x 会忽略此项；请改用 `log.message.timestamp.before.max.ms` 和 `log.message.timestamp.after.max.ms`，分别限制过去和未来方向的时间戳。',
  },
  'offsets.commit.required.acks': {
    roles: 'broker',
    en: 'Deprecated 3.x setting for the acknowledgement level of offset commit writes. Kafka 4.x ignores it and has no replacement; remove it.',
    zh: '3.x 中已弃用的配置，用于设定位移提交写入的确认级别。Kafka 4.x 会忽略此项且没有替代配置，请删除。',
  },
  'password.encoder.cipher.algorithm': {
    roles: 'broker',
    en: 'ZooKeeper-era setting: the cipher used to encrypt dynamically configured passwords before storing them in ZooKeeper. Kafka 4.x ignores it and has no replacement.',
    zh: 'ZooKeeper 时代的配置：将动态配置的密码存入 ZooKeeper 前用来加密的算法。Kafka 4.x 会忽略此项，也没有替代配置。',
  },
  'password.encoder.iterations': {
    roles: 'broker',
    en: 'ZooKeeper-era setting: iteration count for deriving the key that encrypted dynamic passwords stored in ZooKeeper. Kafka 4.x ignores it and has no replacement.',
    zh: 'ZooKeeper 时代的配置：为加密存储在 ZooKeeper 中的动态密码而派生密钥时使用的迭代次数。Kafka 4.x 会忽略此项，也没有替代配置。',
  },
  'password.encoder.key.length': {
    roles: 'broker',
    en: 'ZooKeeper-era setting: length of the key used to encrypt dynamic passwords stored in ZooKeeper. Kafka 4.x ignores it and has no replacement.',
    zh: 'ZooKeeper 时代的配置：加密存储在 ZooKeeper 中的动态密码所用密钥的长度。Kafka 4.x 会忽略此项，也没有替代配置。',
  },
  'password.encoder.keyfactory.algorithm': {
    roles: 'broker',
    en: 'ZooKeeper-era setting: key derivation algorithm for encrypting dynamic passwords stored in ZooKeeper. Kafka 4.x ignores it and has no replacement.',
    zh: 'ZooKeeper 时代的配置：加密存储在 ZooKeeper 中的动态密码时使用的密钥派生算法。Kafka 4.x 会忽略此项，也没有替代配置。',
  },
  'password.encoder.old.secret': {
    roles: 'broker',
    en: 'ZooKeeper-era setting: the previous encoder secret, used while rotating the secret that protected dynamic passwords in ZooKeeper. Kafka 4.x ignores it; delete it rather than leave an unused secret in the file.',
    zh: 'ZooKeeper 时代的配置：轮换保护 ZooKeeper 中动态密码的密钥时使用的旧密钥。Kafka 4.x 会忽略此项；请将其删除，不要在文件中留下无用的密钥。',
  },
  'password.encoder.secret': {
    roles: 'broker',
    en: 'ZooKeeper-era setting: the secret used to encrypt dynamically configured passwords stored in ZooKeeper. Kafka 4.x ignores it; delete it rather than leave an unused secret in the file.',
    zh: 'ZooKeeper 时代的配置：加密存储在 ZooKeeper 中的动态配置密码所用的密钥。Kafka 4.x 会忽略此项；请将其删除，不要在文件中留下无用的密钥。',
  },
  'reserved.broker.max.id': {
    roles: 'broker',
    en: 'In ZooKeeper mode: the highest broker ID reserved for manual assignment, with generated IDs starting above it. Kafka 4.x ignores it; KRaft nodes always use an explicit `node.id`.',
    zh: 'ZooKeeper 模式下：保留给手工分配的最大 broker ID，自动生成的 ID 从它之上开始。Kafka 4.x 会忽略此项；KRaft 节点始终使用显式设置的 `node.id`。',
  },
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
  'zookeeper.ssl.cipher.suites': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the list of allowed cipher suites for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的允许的加密套件列表。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.client.enable': {
    roles: 'broker',
    en: 'ZooKeeper mode only: turned on TLS for the connection from the broker to ZooKeeper, together with the other `zookeeper.ssl.*` keys. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：与其他 `zookeeper.ssl.*` 配置配合，开启 broker 到 ZooKeeper 连接的 TLS。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.crl.enable': {
    roles: 'broker',
    en: 'ZooKeeper mode only: certificate revocation list (CRL) checking for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的证书吊销列表（CRL）检查开关。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.enabled.protocols': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the allowed TLS protocol versions for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的允许的 TLS 协议版本。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.endpoint.identification.algorithm': {
    roles: 'broker',
    en: 'ZooKeeper mode only: host name verification of the server certificate for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的服务端证书主机名校验设置。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.keystore.location': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the keystore file holding the client certificate for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的客户端证书 keystore 文件路径。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.keystore.password': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the keystore password for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement. Delete the line so the file no longer carries an unused password.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的keystore 密码。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。请删除这一行，避免文件中残留无用的密码。',
  },
  'zookeeper.ssl.keystore.type': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the keystore format for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的keystore 格式。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.ocsp.enable': {
    roles: 'broker',
    en: 'ZooKeeper mode only: online certificate status (OCSP) checking for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的在线证书状态（OCSP）检查开关。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.protocol': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the TLS protocol used to build the context for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的用于创建 TLS 上下文的协议。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.truststore.location': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the truststore file with trusted CA certificates for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的受信任 CA 证书的 truststore 文件路径。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
  'zookeeper.ssl.truststore.password': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the truststore password for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement. Delete the line so the file no longer carries an unused password.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的truststore 密码。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。请删除这一行，避免文件中残留无用的密码。',
  },
  'zookeeper.ssl.truststore.type': {
    roles: 'broker',
    en: 'ZooKeeper mode only: the truststore format for the TLS connection from the broker to ZooKeeper. Kafka 4.x has no ZooKeeper mode and ignores it; there is no replacement.',
    zh: '仅用于 ZooKeeper 模式：broker 到 ZooKeeper 的 TLS 连接所用的truststore 格式。Kafka 4.x 已没有 ZooKeeper 模式，会忽略此项，也没有替代配置。',
  },
};
