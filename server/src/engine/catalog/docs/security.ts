// Hover documentation of the keys about authentication, encryption and authorization, written for this project (facts from
// Kafka's source, sentences our own).
import type { KeyDoc } from './types';

export const securityDocs: Record<string, KeyDoc> = {
  'authorizer.class.name': {
    roles: 'both',
    en: 'Class that decides whether a request is allowed; empty means no authorization checks at all. In KRaft the usual choice is `org.apache.kafka.metadata.authorizer.StandardAuthorizer`, which stores ACLs in the cluster metadata. Configure it on controllers as well as brokers, and list administrative principals in `super.users` so that inter-node traffic is not denied.',
    zh: '用于判定请求是否被允许的授权器类；为空表示完全不做授权检查。KRaft 下通常使用 `org.apache.kafka.metadata.authorizer.StandardAuthorizer`，ACL 保存在集群元数据中。broker 和 controller 都要配置，并在 `super.users` 中列出管理用主体，避免节点间通信被拒绝。',
  },
  'connections.max.reauth.ms': {
    roles: 'both',
    en: 'For SASL connections: when greater than `0`, the longest time in milliseconds an authenticated session may be used before the client must re-authenticate, or the server closes the connection. `0` turns re-authentication off. Usually set per listener and mechanism, e.g. `listener.name.sasl_ssl.oauthbearer.connections.max.reauth.ms`, so that expired tokens or revoked credentials stop working on long-lived connections.',
    zh: '针对 SASL 连接：大于 `0` 时，表示一次认证后的会话最长可使用多久（毫秒），到期前客户端必须重新认证，否则服务端会关闭连接。`0` 表示不启用重新认证。通常按监听器和机制单独设置，例如 `listener.name.sasl_ssl.oauthbearer.connections.max.reauth.ms`，使过期的令牌或被吊销的凭据无法继续在长连接上使用。',
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
  'delegation.token.master.key': {
    roles: 'broker',
    en: 'Old name of the secret used to sign delegation tokens; removed in 4.0 and ignored. Use `delegation.token.secret.key` instead, otherwise delegation tokens stay disabled after the upgrade. Remove the old line too, since it only leaves an unused secret in the file.',
    zh: '旧版用于签名委托令牌（delegation token）的密钥名称，已在 4.0 移除并被忽略。请改用 `delegation.token.secret.key`，否则升级后委托令牌功能将处于禁用状态。同时删除旧行，以免文件中残留无用的密钥。',
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
  'principal.builder.class': {
    roles: 'both',
    en: 'Class that turns an authenticated connection (TLS certificate or SASL identity) into the Kafka principal used by ACLs. The default builder applies `ssl.principal.mapping.rules` and `sasl.kerberos.principal.to.local.rules`; a custom class must also implement `KafkaPrincipalSerde`, otherwise startup fails.',
    zh: '将已认证连接（TLS 证书或 SASL 身份）转换为 ACL 所用 Kafka principal 的类。默认实现会应用 `ssl.principal.mapping.rules` 和 `sasl.kerberos.principal.to.local.rules`；自定义类还必须实现 `KafkaPrincipalSerde`，否则启动失败。',
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
    en: "SASL mechanism that brokers and controllers use when they connect to the controller listener, if that listener uses SASL. Kafka does not check it against `sasl.enabled.mechanisms` at startup, so make sure the controllers' listener actually enables this mechanism, or connections to the quorum will fail at runtime.",
    zh: '当 controller listener 使用 SASL 时，broker 和 controller 连接该 listener 所用的 SASL 机制。Kafka 启动时不会将其与 `sasl.enabled.mechanisms` 对照检查，因此必须确认 controller 的 listener 确实启用了该机制，否则运行时连接 quorum 会失败。',
  },
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
    en: "Host name verification for TLS connections this node opens to other brokers or controllers: `https` checks that the peer certificate matches the host name, an empty value turns the check off. Keep it on and put correct host names in the certificates' SANs rather than disabling it.",
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
    en: "Path to the truststore file with the CA certificates this node trusts when verifying clients (for mutual TLS) and peers it connects to. All brokers and controllers must trust the CA that signed each other's certificates, otherwise inter-node connections fail.",
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
