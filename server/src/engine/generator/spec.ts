// Defaults and validation of a TopologySpec. All problems are localized through the message catalog.
import { t } from '../i18n';
import { isKafkaUuid } from './ids';
import { isWildcardHost } from '../parser/values';
import {
  DEFAULT_KAFKA_VERSION,
  DIR_PROFILES,
  KAFKA_VERSIONS,
  LAYOUTS,
  NODE_ID_SCHEMES,
  PROTOCOLS,
  QUORUM_MODES,
  SASL_MECHANISMS,
  type DirProfile,
  type NormalizedSpec,
  type ResolvedListener,
  type SaslMechanism,
  type SecurityProtocol,
  type SpecProblem,
  type TopologySpec,
} from './types';

export const MAX_CONTROLLERS = 99;
export const MAX_BROKERS = 999;
/** First broker id of the `ranges` scheme. */
export const BROKER_RANGE_START = 101;

const DIR_DEFAULTS: Record<DirProfile, { controller: string; broker: string; combined: string }> = {
  standard: {
    controller: '/var/lib/kafka/controller',
    broker: '/var/lib/kafka/broker',
    combined: '/var/lib/kafka/data',
  },
  seed: { controller: '/kafkacontroller', broker: '/kafkabroker', combined: '/kafkadata' },
};

export function dirDefaults(profile: DirProfile): { controller: string; broker: string; combined: string } {
  return { ...(DIR_DEFAULTS[profile] ?? DIR_DEFAULTS.standard) };
}

/** Data directories of a cluster on this machine, below the folder it is generated into (forward slashes: properties read `\` as an escape). */
export function localDirs(baseDir: string): { controller: string; broker: string; combined: string } {
  const base = baseDir.replace(/\\/g, '/').replace(/\/+$/, '');
  return { controller: `${base}/data/controller`, broker: `${base}/data/broker`, combined: `${base}/data/node` };
}

/** `[major, minor]` of a version string like `4.3` or `3.9.1`; undefined when malformed. */
export function parseVersion(version: string | undefined): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec((version ?? '').trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** True when `version` is at least `major.minor`. */
export function atLeast(version: string, major: number, minor: number): boolean {
  const parsed = parseVersion(version);
  if (!parsed) return false;
  return parsed[0] > major || (parsed[0] === major && parsed[1] >= minor);
}

export function isSupportedVersion(version: string | undefined): boolean {
  const parsed = parseVersion(version);
  return !!parsed && KAFKA_VERSIONS.includes(`${parsed[0]}.${parsed[1]}`);
}

export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'localhost' || h === '127.0.0.1' || h === '::1';
}

export function isSasl(protocol: SecurityProtocol): boolean {
  return protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL';
}

export function isSsl(protocol: SecurityProtocol): boolean {
  return protocol === 'SSL' || protocol === 'SASL_SSL';
}

function resolveBrokerListener(spec: TopologySpec): ResolvedListener {
  const input = spec.brokerListener ?? {};
  const protocol = input.protocol ?? 'PLAINTEXT';
  const listener: ResolvedListener = { name: input.name ?? protocol, protocol, port: input.port ?? 9092 };
  if (isSasl(protocol)) listener.saslMechanism = input.saslMechanism ?? 'SCRAM-SHA-512';
  return listener;
}

function resolveControllerListener(spec: TopologySpec, broker: ResolvedListener): ResolvedListener {
  const input = spec.controllerListener ?? {};
  const protocol = input.protocol ?? broker.protocol;
  const listener: ResolvedListener = { name: input.name ?? 'CONTROLLER', protocol, port: input.port ?? 9093 };
  if (isSasl(protocol)) {
    // SCRAM credentials live in the metadata log, which controllers cannot read before they talk to each other:
    // the controller listener uses PLAIN unless the user explicitly chose a mechanism.
    listener.saslMechanism = input.saslMechanism ?? 'PLAIN';
  }
  return listener;
}

/** Fills every default. Does not validate: call `validateSpec` first (or use `generateTopology`, which does). */
export function normalizeSpec(spec: TopologySpec): NormalizedSpec {
  const layout = spec.layout ?? 'isolated';
  const controllers = spec.controllers ?? 3;
  const brokers = layout === 'combined' ? 0 : (spec.brokers ?? 3);
  const hosts = (spec.hosts && spec.hosts.length > 0 ? spec.hosts : ['localhost']).map((h) => h.trim());
  const profile = spec.profile ?? 'standard';
  const dirs =
    spec.profile === undefined && spec.baseDir && hosts.every(isLocalHost)
      ? localDirs(spec.baseDir)
      : dirDefaults(profile);
  const brokerListener = resolveBrokerListener(spec);
  const controllerListener = resolveControllerListener(spec, brokerListener);
  const kafkaVersion = (spec.kafkaVersion ?? DEFAULT_KAFKA_VERSION).trim();
  return {
    layout,
    controllers,
    brokers,
    hosts,
    kafkaVersion,
    quorum: spec.quorum ?? 'static',
    nodeIds: spec.nodeIds ?? 'interleaved',
    brokerListener,
    controllerListener,
    profile,
    dataDirs: {
      controller: spec.dataDirs?.controller ?? dirs.controller,
      broker: spec.dataDirs?.broker ?? dirs.broker,
      combined: spec.dataDirs?.combined ?? dirs.combined,
    },
    clusterId: spec.clusterId,
    directoryIds: { ...(spec.directoryIds ?? {}) },
    name: spec.name ?? 'kraft-cluster',
  };
}

/** Total number of processes that carry the broker role. */
export function brokerCount(spec: NormalizedSpec): number {
  return spec.layout === 'isolated' ? spec.brokers : spec.controllers + spec.brokers;
}

/** Replication factor of internal topics and default for new topics: min(brokers, 3). */
export function replicationFactor(spec: NormalizedSpec): number {
  return Math.max(1, Math.min(brokerCount(spec), 3));
}

export function minInsyncReplicas(rf: number): number {
  return Math.max(1, rf - 1);
}

const HOST_PATTERN =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const LISTENER_NAME_PATTERN = /^[A-Z][A-Z0-9_]*$/;

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/**
 * Checks a spec. Errors make `generateTopology` refuse; warnings are explained and repeated in the README.
 * Every message is localized with the current locale.
 */
export function validateSpec(spec: TopologySpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const error = (field: string, code: string, args: Record<string, string | number> = {}) =>
    problems.push({ severity: 'error', field, code, message: t(code, args) });
  const warning = (field: string, code: string, args: Record<string, string | number> = {}) =>
    problems.push({ severity: 'warning', field, code, message: t(code, args) });

  if (!spec || typeof spec !== 'object') {
    error('layout', 'gen.problem.layout', { value: String(spec), allowed: LAYOUTS.join(', ') });
    return problems;
  }
  if (!LAYOUTS.includes(spec.layout))
    error('layout', 'gen.problem.layout', { value: String(spec.layout), allowed: LAYOUTS.join(', ') });
  const layout = LAYOUTS.includes(spec.layout) ? spec.layout : 'isolated';

  const controllers = spec.controllers ?? 3;
  if (!isInt(controllers) || controllers < 1 || controllers > MAX_CONTROLLERS) {
    error('controllers', 'gen.problem.controllers', { value: String(spec.controllers), max: MAX_CONTROLLERS });
  }
  if (layout === 'combined') {
    if (spec.brokers !== undefined && spec.brokers !== controllers && spec.brokers !== 0) {
      error('brokers', 'gen.problem.combinedBrokers', {
        brokers: String(spec.brokers),
        controllers: String(controllers),
      });
    }
  } else {
    const brokers = spec.brokers ?? 3;
    const min = layout === 'isolated' ? 1 : 0;
    if (!isInt(brokers) || brokers < min || brokers > MAX_BROKERS) {
      error('brokers', layout === 'isolated' ? 'gen.problem.brokersIsolated' : 'gen.problem.brokersMixed', {
        value: String(spec.brokers),
        max: MAX_BROKERS,
      });
    }
  }

  // Hosts.
  const hosts = spec.hosts && spec.hosts.length > 0 ? spec.hosts : ['localhost'];
  if (!Array.isArray(hosts)) {
    error('hosts', 'gen.problem.hostsList');
  } else {
    const seen = new Set<string>();
    for (const raw of hosts) {
      const host = typeof raw === 'string' ? raw.trim() : '';
      if (isWildcardHost(host)) {
        error('hosts', 'gen.problem.hostWildcard', { host: String(raw) });
      } else if (!HOST_PATTERN.test(host)) {
        error('hosts', 'gen.problem.hostInvalid', { host });
      } else if (seen.has(host.toLowerCase())) {
        error('hosts', 'gen.problem.hostDuplicate', { host });
      }
      seen.add(host.toLowerCase());
    }
    const local = hosts.filter((h) => typeof h === 'string' && isLocalHost(h.trim()));
    if (local.length > 0 && hosts.length > 1) error('hosts', 'gen.problem.hostLocalMixed', { host: local[0] });
  }

  // Version and quorum.
  const version = (spec.kafkaVersion ?? DEFAULT_KAFKA_VERSION).trim();
  if (!isSupportedVersion(version)) {
    error('kafkaVersion', 'gen.problem.version', {
      value: String(spec.kafkaVersion),
      allowed: KAFKA_VERSIONS.join(', '),
    });
  }
  const quorum = spec.quorum ?? 'static';
  if (!QUORUM_MODES.includes(quorum)) {
    error('quorum', 'gen.problem.quorum', { value: String(spec.quorum) });
  } else if (quorum === 'dynamic' && isSupportedVersion(version) && !atLeast(version, 3, 9)) {
    error('quorum', 'gen.problem.dynamicVersion', { version });
  }
  if (!NODE_ID_SCHEMES.includes(spec.nodeIds ?? 'interleaved')) {
    error('nodeIds', 'gen.problem.nodeIds', { value: String(spec.nodeIds), allowed: NODE_ID_SCHEMES.join(', ') });
  }
  if (!DIR_PROFILES.includes(spec.profile ?? 'standard')) {
    error('profile', 'gen.problem.profile', { value: String(spec.profile), allowed: DIR_PROFILES.join(', ') });
  }

  // Listeners.
  const checkListener = (
    field: string,
    input: { name?: string; protocol?: SecurityProtocol; saslMechanism?: SaslMechanism; port?: number } | undefined,
  ) => {
    if (!input) return;
    if (input.name !== undefined && !LISTENER_NAME_PATTERN.test(input.name))
      error(`${field}.name`, 'gen.problem.listenerName', { name: input.name });
    if (input.protocol !== undefined && !PROTOCOLS.includes(input.protocol)) {
      error(`${field}.protocol`, 'gen.problem.protocol', {
        value: String(input.protocol),
        allowed: PROTOCOLS.join(', '),
      });
    }
    if (input.saslMechanism !== undefined && !SASL_MECHANISMS.includes(input.saslMechanism)) {
      error(`${field}.saslMechanism`, 'gen.problem.mechanism', {
        value: String(input.saslMechanism),
        allowed: SASL_MECHANISMS.join(', '),
      });
    }
    if (input.port !== undefined && (!isInt(input.port) || input.port < 1 || input.port > 65535)) {
      error(`${field}.port`, 'gen.problem.port', { value: String(input.port) });
    }
  };
  checkListener('brokerListener', spec.brokerListener);
  checkListener('controllerListener', spec.controllerListener);
  const b = resolveBrokerListener(spec);
  const c = resolveControllerListener(spec, b);
  if (b.name === c.name) error('controllerListener.name', 'gen.problem.listenerSameName', { name: b.name });
  if (b.port === c.port) error('controllerListener.port', 'gen.problem.listenerSamePort', { port: b.port });
  if (c.saslMechanism && c.saslMechanism !== 'PLAIN') {
    error('controllerListener.saslMechanism', 'gen.problem.controllerScram', { mechanism: c.saslMechanism });
  }
  if (
    isSasl(c.protocol) &&
    spec.controllerListener?.saslMechanism === undefined &&
    b.saslMechanism &&
    b.saslMechanism !== 'PLAIN'
  ) {
    warning('controllerListener.saslMechanism', 'gen.warn.controllerPlain', { mechanism: b.saslMechanism });
  }

  // Data directories.
  for (const key of ['controller', 'broker', 'combined'] as const) {
    const dir = spec.dataDirs?.[key];
    if (dir !== undefined && (typeof dir !== 'string' || !dir.startsWith('/') || /[\s,]/.test(dir) || dir.length < 2)) {
      error(`dataDirs.${key}`, 'gen.problem.dataDir', { value: String(dir) });
    }
  }

  if (spec.clusterId !== undefined && !isKafkaUuid(spec.clusterId))
    error('clusterId', 'gen.problem.clusterId', { value: String(spec.clusterId) });
  for (const [id, dirId] of Object.entries(spec.directoryIds ?? {})) {
    if (!isKafkaUuid(dirId)) error('directoryIds', 'gen.problem.directoryId', { id, value: String(dirId) });
  }

  // Explained warnings.
  if (isInt(controllers) && controllers >= 1 && controllers <= MAX_CONTROLLERS) {
    if (controllers === 1) {
      warning('controllers', 'gen.warn.singleController');
    } else if (controllers % 2 === 0) {
      const majority = Math.floor(controllers / 2) + 1;
      warning('controllers', 'gen.warn.evenControllers', {
        count: controllers,
        majority,
        tolerated: controllers - majority,
        lower: controllers - 1,
        higher: controllers + 1,
      });
    }
  }
  if (problems.every((p) => p.severity !== 'error')) {
    const normalized = normalizeSpec(spec);
    const total = brokerCount(normalized);
    if (total < 3) warning('brokers', 'gen.warn.fewBrokers', { brokers: total, rf: replicationFactor(normalized) });
  }
  return problems;
}

export class SpecError extends Error {
  constructor(readonly problems: SpecProblem[]) {
    super(
      problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.message)
        .join('\n'),
    );
    this.name = 'SpecError';
  }
}
