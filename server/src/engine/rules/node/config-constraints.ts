import { atLeast, keyFacts } from '../../catalog';
import type { Entry } from '../../parser/properties';
import { splitList } from '../../parser/values';
import { valueOf, type NodeConfig } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';

/** Numeric value of a key, or its Kafka default; undefined when not numeric (placeholders, typos). */
function numberOf(node: NodeConfig, key: string, fallback?: number): number | undefined {
  const set = valueOf(node, key);
  if (set === undefined && fallback !== undefined && Number.isSafeInteger(fallback)) return fallback;
  const value = set ?? (fallback === undefined ? (keyFacts(key)?.default ?? undefined) : String(fallback));
  return value !== undefined && value !== null && /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}

type GroupBound = { check: (n: (key: string) => number | undefined) => string | undefined; keys: string[] };
const groupBoundsByVersion = new Map<string, GroupBound[]>();

/** The bounds of a release, built once: every node of a workspace checks them. */
function groupBounds(version: string): GroupBound[] {
  let bounds = groupBoundsByVersion.get(version);
  if (!bounds) groupBoundsByVersion.set(version, (bounds = buildGroupBounds(version)));
  return bounds;
}

/** Kafka's group coordinator bounds: min <= value <= max and heartbeat < session, per group type. */
function buildGroupBounds(
  version: string,
): { check: (n: (key: string) => number | undefined) => string | undefined; keys: string[] }[] {
  const checks: { check: (n: (key: string) => number | undefined) => string | undefined; keys: string[] }[] = [];
  const types = ['consumer', 'share', ...(atLeast(version, '4.1') ? ['streams'] : [])];
  for (const type of types) {
    const p = `group.${type}`;
    for (const what of ['heartbeat.interval.ms', 'session.timeout.ms']) {
      const [min, value, max] = [`${p}.min.${what}`, `${p}.${what}`, `${p}.max.${what}`];
      checks.push({
        keys: [max, min],
        check: (n) => (n(max)! < n(min)! ? `${max} must be greater than or equal to ${min}` : undefined),
      });
      checks.push({
        keys: [value, min],
        check: (n) => (n(value)! < n(min)! ? `${value} must be greater than or equal to ${min}` : undefined),
      });
      checks.push({
        keys: [value, max],
        check: (n) => (n(value)! > n(max)! ? `${value} must be less than or equal to ${max}` : undefined),
      });
    }
    const [heartbeat, session] = [`${p}.heartbeat.interval.ms`, `${p}.session.timeout.ms`];
    checks.push({
      keys: [heartbeat, session],
      check: (n) => (n(heartbeat)! >= n(session)! ? `${heartbeat} must be less than ${session}` : undefined),
    });
  }
  const lock = [
    'group.share.min.record.lock.duration.ms',
    'group.share.record.lock.duration.ms',
    'group.share.max.record.lock.duration.ms',
  ];
  checks.push({
    keys: [lock[2], lock[1]],
    check: (n) => (n(lock[2])! < n(lock[1])! ? `${lock[2]} must be greater than or equal to ${lock[1]}` : undefined),
  });
  checks.push({
    keys: [lock[1], lock[0]],
    check: (n) => (n(lock[1])! < n(lock[0])! ? `${lock[1]} must be greater than or equal to ${lock[0]}` : undefined),
  });
  if (atLeast(version, '4.1')) {
    const [standby, maxStandby] = ['group.streams.num.standby.replicas', 'group.streams.max.standby.replicas'];
    checks.push({
      keys: [standby, maxStandby],
      check: (n) =>
        n(standby)! > n(maxStandby)! ? `${standby} must be less than or equal to ${maxStandby}` : undefined,
    });
  }
  return checks;
}

const mul = (value: number | undefined, factor: number) => (value === undefined ? undefined : value * factor);

export default defineNodeRule({
  code: 'config-constraints',
  defaultSeverity: 'error',
  docs: {
    en: "Kafka checks some keys against each other at start-up: replica fetch wait vs socket timeout and lag time, the cleaner's dedupe buffer per thread, queued request bytes vs the maximum request size, the failed-authentication delay vs the idle timeout, the `classic` group protocol, and `controller.quorum.auto.join.enable` on brokers.",
    zh: 'Kafka 启动时会交叉检查一些键：副本拉取等待时间与 socket 超时及滞后时间、每个清理线程的去重缓冲区、排队请求字节数与最大请求大小、认证失败延迟与空闲超时、`classic` 组协议，以及 broker 上的 `controller.quorum.auto.join.enable`。',
  },
  messages: {
    en: {
      fetchVsSocket:
        'Kafka refuses to start: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary socket timeouts ({wait} > {other}).',
      fetchVsLag:
        'Kafka refuses to start: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR ({wait} > {other}).',
      dedupe: 'Kafka refuses to start: log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.',
      queued: 'Kafka refuses to start: queued.max.request.bytes must be larger or equal to socket.request.max.bytes.',
      authDelay:
        'Kafka refuses to start: connection.failed.authentication.delay.ms={delay} should always be less than connections.max.idle.ms={idle} to prevent failed authentication responses from timing out.',
      zeroConnections:
        'Kafka refuses to start: max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set.',
      classic: "Kafka refuses to start: Disabling the 'classic' protocol is not supported.",
      autoJoin:
        "Kafka refuses to start: controller.quorum.auto.join.enable is only supported when process.roles contains the 'controller' role.",
      kafka: 'Kafka refuses to start: {kafka}',
    },
    zh: {
      fetchVsSocket:
        'Kafka 拒绝启动：replica.socket.timeout.ms 必须不小于 replica.fetch.wait.max.ms，以免不必要的 socket 超时（{wait} > {other}）。',
      fetchVsLag:
        'Kafka 拒绝启动：replica.fetch.wait.max.ms 必须不大于 replica.lag.time.max.ms，以免 ISR 频繁变化（{wait} > {other}）。',
      dedupe: 'Kafka 拒绝启动：log.cleaner.dedupe.buffer.size 必须保证每个清理线程至少 1MB。',
      queued: 'Kafka 拒绝启动：queued.max.request.bytes 必须不小于 socket.request.max.bytes。',
      authDelay:
        'Kafka 拒绝启动：connection.failed.authentication.delay.ms={delay} 必须小于 connections.max.idle.ms={idle}，以免认证失败的响应超时。',
      zeroConnections:
        'Kafka 拒绝启动：只有设置了 max.connections.per.ip.overrides 时，max.connections.per.ip 才能为 0。',
      classic: "Kafka 拒绝启动：不支持禁用 'classic' 协议。",
      autoJoin:
        "Kafka 拒绝启动：只有 process.roles 包含 'controller' 角色时才支持 controller.quorum.auto.join.enable。",
      kafka: 'Kafka 拒绝启动：{kafka}',
    },
  },
  check({ node, version, report }) {
    if (!node.settings.has('process.roles')) return;
    const where = (...keys: string[]) => {
      const entry = keys.map((key) => node.settings.get(key)).find((e): e is Entry => !!e);
      return entry ? at.entry(node, entry) : undefined;
    };
    const wait = numberOf(node, 'replica.fetch.wait.max.ms', 500);
    const socket = numberOf(node, 'replica.socket.timeout.ms', 30000);
    const lag = numberOf(node, 'replica.lag.time.max.ms', 30000);
    if (wait !== undefined && socket !== undefined && wait > socket) {
      const range = where('replica.fetch.wait.max.ms', 'replica.socket.timeout.ms');
      if (range) report({ range, messageId: 'fetchVsSocket', args: { wait, other: socket } });
    }
    if (wait !== undefined && lag !== undefined && wait > lag) {
      const range = where('replica.fetch.wait.max.ms', 'replica.lag.time.max.ms');
      if (range) report({ range, messageId: 'fetchVsLag', args: { wait, other: lag } });
    }
    const buffer = numberOf(node, 'log.cleaner.dedupe.buffer.size', 134217728);
    const threads = numberOf(node, 'log.cleaner.threads', 1);
    if (buffer !== undefined && threads !== undefined && threads > 0 && Math.floor(buffer / threads) <= 1024 * 1024) {
      const range = where('log.cleaner.dedupe.buffer.size', 'log.cleaner.threads');
      if (range) report({ range, messageId: 'dedupe' });
    }
    const queued = numberOf(node, 'queued.max.request.bytes', -1);
    const requestMax = numberOf(node, 'socket.request.max.bytes', 104857600);
    if (queued !== undefined && requestMax !== undefined && queued > 0 && queued < requestMax) {
      const range = where('queued.max.request.bytes');
      if (range) report({ range, messageId: 'queued' });
    }
    const idle = numberOf(node, 'connections.max.idle.ms', 600000);
    const delay = numberOf(node, 'connection.failed.authentication.delay.ms', 100);
    if (idle !== undefined && delay !== undefined && idle >= 0 && delay >= idle) {
      const range = where('connection.failed.authentication.delay.ms', 'connections.max.idle.ms');
      if (range) report({ range, messageId: 'authDelay', args: { delay, idle } });
    }
    if (numberOf(node, 'max.connections.per.ip', 1) === 0 && !valueOf(node, 'max.connections.per.ip.overrides')) {
      report({ range: where('max.connections.per.ip')!, messageId: 'zeroConnections' });
    }
    const protocols = node.settings.get('group.coordinator.rebalance.protocols');
    if (protocols && atLeast(version, '4.0') && !/\$\{/.test(protocols.value)) {
      const items = splitList(protocols.value).map((item) => item.text);
      if (items.length > 0 && !items.includes('classic'))
        report({ range: at.value(node, protocols), messageId: 'classic' });
    }
    // G1-G3: effective roll time, jitter and retention (ms wins over minutes over hours).
    const rollMs =
      valueOf(node, 'log.roll.ms') !== undefined
        ? numberOf(node, 'log.roll.ms')
        : mul(numberOf(node, 'log.roll.hours'), 3600000);
    if (rollMs !== undefined && rollMs < 1) {
      const range = where('log.roll.ms', 'log.roll.hours');
      if (range)
        report({
          range,
          messageId: 'kafka',
          args: { kafka: 'requirement failed: log.roll.ms must be greater than or equal to 1' },
        });
    }
    const jitter =
      valueOf(node, 'log.roll.jitter.ms') !== undefined
        ? numberOf(node, 'log.roll.jitter.ms')
        : mul(numberOf(node, 'log.roll.jitter.hours'), 3600000);
    if (jitter !== undefined && jitter < 0) {
      const range = where('log.roll.jitter.ms', 'log.roll.jitter.hours');
      if (range)
        report({
          range,
          messageId: 'kafka',
          args: { kafka: 'requirement failed: log.roll.jitter.ms must be greater than or equal to 0' },
        });
    }
    const retention =
      valueOf(node, 'log.retention.ms') !== undefined
        ? numberOf(node, 'log.retention.ms')
        : valueOf(node, 'log.retention.minutes') !== undefined
          ? mul(numberOf(node, 'log.retention.minutes'), 60000)
          : mul(numberOf(node, 'log.retention.hours'), 3600000);
    if (retention !== undefined && retention >= 0 && retention < 1) {
      const range = where('log.retention.ms', 'log.retention.minutes', 'log.retention.hours');
      if (range)
        report({
          range,
          messageId: 'kafka',
          args: { kafka: 'requirement failed: log.retention.ms must be unlimited (-1) or, greater than or equal to 1' },
        });
    }
    // G14: max.connections.per.ip.overrides is host:count pairs with plain host characters.
    const overrides = node.settings.get('max.connections.per.ip.overrides');
    if (overrides && overrides.value.trim() !== '' && !/\$\{/.test(overrides.value)) {
      const pairs = splitList(overrides.value).map((item) => item.text);
      const malformed = pairs.find((pair) => !pair.includes(':'));
      const invalidHosts = pairs
        .filter((pair) => pair.includes(':'))
        .map((pair) => pair.slice(0, pair.lastIndexOf(':')).trim())
        .filter((host) => !/^[0-9a-zA-Z\-%._:]*$/.test(host));
      if (malformed !== undefined)
        report({
          range: at.value(node, overrides),
          messageId: 'kafka',
          args: {
            kafka: `Error parsing configuration property 'max.connections.per.ip.overrides': "${malformed}" is not host:count`,
          },
        });
      else if (invalidHosts.length)
        report({
          range: at.value(node, overrides),
          messageId: 'kafka',
          args: { kafka: `max.connections.per.ip.overrides contains invalid addresses : ${invalidHosts.join(',')}` },
        });
    }
    // BA4/BA5 (4.3+): cordoned.log.dirs.
    const cordoned = node.settings.get('cordoned.log.dirs');
    if (cordoned && atLeast(version, '4.3') && node.isBroker) {
      const dirs = splitList(cordoned.value)
        .map((item) => item.text)
        .filter(Boolean);
      if (dirs.includes('*') && dirs.length > 1) {
        report({
          range: at.value(node, cordoned),
          messageId: 'kafka',
          args: { kafka: 'requirement failed: When cordoned.log.dirs is set to *, it must not contain other values' },
        });
      } else if (!dirs.includes('*')) {
        const missing = dirs.filter((dir) => !node.logDirs.includes(dir));
        if (missing.length)
          report({
            range: at.value(node, cordoned),
            messageId: 'kafka',
            args: {
              kafka: `requirement failed: All entries in cordoned.log.dirs must be present in log.dirs or log.dir. Missing entries : ${missing.join(',')}`,
            },
          });
      }
    }
    const snapshotRecords = node.settings.get('share.coordinator.snapshot.update.records.per.snapshot');
    const records = numberOf(node, 'share.coordinator.snapshot.update.records.per.snapshot');
    if (version === '4.0' && snapshotRecords && records !== undefined && (records < 0 || records > 500)) {
      report({
        range: at.value(node, snapshotRecords),
        messageId: 'kafka',
        args: { kafka: 'share.coordinator.snapshot.update.records.per.snapshot must be between [0, 500]' },
      });
    }
    if (atLeast(version, '4.0')) {
      const n = (key: string) => numberOf(node, key);
      for (const bound of groupBounds(version)) {
        if (!bound.keys.some((key) => node.settings.has(key)) || bound.keys.some((key) => n(key) === undefined))
          continue;
        const kafka = bound.check(n);
        const range = where(...bound.keys);
        if (kafka && range) report({ range, messageId: 'kafka', args: { kafka } });
      }
    }
    // G16: a JDK class can never be a Kafka principal builder (other classes depend on the classpath).
    const builder = node.settings.get('principal.builder.class');
    if (builder && /^(java|javax|jdk|sun)\./.test(builder.value.trim())) {
      report({
        range: at.value(node, builder),
        messageId: 'kafka',
        args: { kafka: 'requirement failed: principal.builder.class must implement KafkaPrincipalSerde' },
      });
    }
    const autoJoin = node.settings.get('controller.quorum.auto.join.enable');
    if (
      autoJoin &&
      atLeast(version, '4.2') &&
      node.isBroker &&
      !node.isController &&
      autoJoin.value.trim().toLowerCase() === 'true'
    ) {
      report({ range: at.value(node, autoJoin), messageId: 'autoJoin' });
    }
  },
});
