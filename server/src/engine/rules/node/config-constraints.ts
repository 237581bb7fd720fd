import { atLeast } from '../../catalog';
import type { Entry } from '../../parser/properties';
import { splitList } from '../../parser/values';
import { valueOf, type NodeConfig } from '../../workspace/node';
import { at, defineNodeRule } from '../rule';

/** Numeric value of a key, or its Kafka default; undefined when not numeric (placeholders, typos). */
function numberOf(node: NodeConfig, key: string, fallback: number): number | undefined {
  const value = valueOf(node, key);
  if (value === undefined) return fallback;
  return /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}

export default defineNodeRule({
  code: 'config-constraints',
  defaultSeverity: 'error',
  docs: {
    en: "Kafka checks some keys against each other at start-up: replica fetch wait vs socket timeout and lag time, the cleaner's dedupe buffer per thread, queued request bytes vs the maximum request size, the failed-authentication delay vs the idle timeout, the `classic` group protocol, and `controller.quorum.auto.join.enable` on brokers.",
    zh: 'Kafka 启动时会交叉检查一些键：副本拉取等待时间与 socket 超时及滞后时间、每个清理线程的去重缓冲区、排队请求字节数与最大请求大小、认证失败延迟与空闲超时、`classic` 组协议，以及 broker 上的 `controller.quorum.auto.join.enable`。',
  },
  messages: {
    en: {
      fetchVsSocket: 'Kafka refuses to start: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary socket timeouts ({wait} > {other}).',
      fetchVsLag: 'Kafka refuses to start: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR ({wait} > {other}).',
      dedupe: 'Kafka refuses to start: log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.',
      queued: 'Kafka refuses to start: queued.max.request.bytes must be larger or equal to socket.request.max.bytes.',
      authDelay: 'Kafka refuses to start: connection.failed.authentication.delay.ms={delay} should always be less than connections.max.idle.ms={idle} to prevent failed authentication responses from timing out.',
      zeroConnections: 'Kafka refuses to start: max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set.',
      classic: "Kafka refuses to start: Disabling the 'classic' protocol is not supported.",
      autoJoin: "Kafka refuses to start: controller.quorum.auto.join.enable is only supported when process.roles contains the 'controller' role.",
    },
    zh: {
      fetchVsSocket: 'Kafka 拒绝启动：replica.socket.timeout.ms 必须不小于 replica.fetch.wait.max.ms，以免不必要的 socket 超时（{wait} > {other}）。',
      fetchVsLag: 'Kafka 拒绝启动：replica.fetch.wait.max.ms 必须不大于 replica.lag.time.max.ms，以免 ISR 频繁变化（{wait} > {other}）。',
      dedupe: 'Kafka 拒绝启动：log.cleaner.dedupe.buffer.size 必须保证每个清理线程至少 1MB。',
      queued: 'Kafka 拒绝启动：queued.max.request.bytes 必须不小于 socket.request.max.bytes。',
      authDelay: 'Kafka 拒绝启动：connection.failed.authentication.delay.ms={delay} 必须小于 connections.max.idle.ms={idle}，以免认证失败的响应超时。',
      zeroConnections: 'Kafka 拒绝启动：只有设置了 max.connections.per.ip.overrides 时，max.connections.per.ip 才能为 0。',
      classic: "Kafka 拒绝启动：不支持禁用 'classic' 协议。",
      autoJoin: "Kafka 拒绝启动：只有 process.roles 包含 'controller' 角色时才支持 controller.quorum.auto.join.enable。",
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
      if (range) report({ range, message: 'fetchVsSocket', args: { wait, other: socket } });
    }
    if (wait !== undefined && lag !== undefined && wait > lag) {
      const range = where('replica.fetch.wait.max.ms', 'replica.lag.time.max.ms');
      if (range) report({ range, message: 'fetchVsLag', args: { wait, other: lag } });
    }
    const buffer = numberOf(node, 'log.cleaner.dedupe.buffer.size', 134217728);
    const threads = numberOf(node, 'log.cleaner.threads', 1);
    if (buffer !== undefined && threads !== undefined && threads > 0 && Math.floor(buffer / threads) <= 1024 * 1024) {
      const range = where('log.cleaner.dedupe.buffer.size', 'log.cleaner.threads');
      if (range) report({ range, message: 'dedupe' });
    }
    const queued = numberOf(node, 'queued.max.request.bytes', -1);
    const requestMax = numberOf(node, 'socket.request.max.bytes', 104857600);
    if (queued !== undefined && requestMax !== undefined && queued > 0 && queued < requestMax) {
      const range = where('queued.max.request.bytes');
      if (range) report({ range, message: 'queued' });
    }
    const idle = numberOf(node, 'connections.max.idle.ms', 600000);
    const delay = numberOf(node, 'connection.failed.authentication.delay.ms', 100);
    if (idle !== undefined && delay !== undefined && idle >= 0 && delay >= idle) {
      const range = where('connection.failed.authentication.delay.ms', 'connections.max.idle.ms');
      if (range) report({ range, message: 'authDelay', args: { delay, idle } });
    }
    if (numberOf(node, 'max.connections.per.ip', 1) === 0 && !valueOf(node, 'max.connections.per.ip.overrides')) {
      report({ range: where('max.connections.per.ip')!, message: 'zeroConnections' });
    }
    const protocols = node.settings.get('group.coordinator.rebalance.protocols');
    if (protocols && atLeast(version, '4.0') && !/\$\{/.test(protocols.value)) {
      const items = splitList(protocols.value).map((item) => item.text);
      if (items.length > 0 && !items.includes('classic')) report({ range: at.value(node, protocols), message: 'classic' });
    }
    const autoJoin = node.settings.get('controller.quorum.auto.join.enable');
    if (autoJoin && atLeast(version, '4.2') && node.isBroker && !node.isController && autoJoin.value.trim().toLowerCase() === 'true') {
      report({ range: at.value(node, autoJoin), message: 'autoJoin' });
    }
  },
});
