// Types of the KRaft cluster generator. Pure data: no VS Code, no LSP, no file system.

export type Layout = 'isolated' | 'combined' | 'mixed';
export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
export type QuorumMode = 'static' | 'dynamic';
export type NodeIdScheme = 'interleaved' | 'ranges';
/** `standard`: data in /var/lib/kafka/...; `seed`: the historical layout with /kafkacontroller and /kafkabroker. */
export type DirProfile = 'standard' | 'seed';

export const LAYOUTS: readonly Layout[] = ['isolated', 'combined', 'mixed'];
export const PROTOCOLS: readonly SecurityProtocol[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
export const SASL_MECHANISMS: readonly SaslMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];
export const QUORUM_MODES: readonly QuorumMode[] = ['static', 'dynamic'];
export const NODE_ID_SCHEMES: readonly NodeIdScheme[] = ['interleaved', 'ranges'];
export const DIR_PROFILES: readonly DirProfile[] = ['standard', 'seed'];
/** Kafka releases the generator writes configurations for (minor lines). */
export const KAFKA_VERSIONS: readonly string[] = ['3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3'];
export const DEFAULT_KAFKA_VERSION = '4.3';

/** One listener as the user describes it. Everything is optional; defaults are filled by `normalizeSpec`. */
export interface ListenerSpec {
  /** Listener name, upper case (`PLAINTEXT`, `INTERNAL`, `CONTROLLER`, ...). */
  name?: string;
  protocol?: SecurityProtocol;
  /** Required when the protocol is SASL_PLAINTEXT or SASL_SSL. */
  saslMechanism?: SaslMechanism;
  /** Base port; processes sharing a host get the next free ports. */
  port?: number;
}

/**
 * What the user asks for. This object is also written to `topology.json`, so that
 * `kraft-config generate --spec topology.json` reproduces the output.
 */
export interface TopologySpec {
  /** isolated: controller-only + broker-only processes; combined: broker,controller nodes; mixed: combined controllers + broker-only nodes. */
  layout: Layout;
  /** Number of controllers (combined/mixed: combined nodes). Default 3. */
  controllers?: number;
  /** isolated: broker-only processes (default 3); mixed: extra broker-only processes (default 3); combined: must be absent or equal to controllers. */
  brokers?: number;
  /** Hosts the processes are spread over (round-robin). Default: `localhost` (every process on this machine). */
  hosts?: string[];
  /** Kafka version, `3.5` to `4.3` (patch releases accepted). Default 4.3. */
  kafkaVersion?: string;
  /** static: `controller.quorum.voters`; dynamic (3.9+): `controller.quorum.bootstrap.servers` + `--initial-controllers`. Default static. */
  quorum?: QuorumMode;
  /** interleaved: ids follow placement, controllers and brokers alternate (1,3,5 / 2,4,6); ranges: controllers 1.., brokers 101... */
  nodeIds?: NodeIdScheme;
  /** The client / inter-broker listener. Defaults: name = protocol name (PLAINTEXT), port 9092. */
  brokerListener?: ListenerSpec;
  /** The KRaft controller listener. Defaults: name CONTROLLER, same protocol as the broker listener, port 9093. */
  controllerListener?: ListenerSpec;
  /** Directory profile for the default data directories. Default `standard`. */
  profile?: DirProfile;
  /**
   * Absolute folder the files are written to (set by the CLI and the editor). A cluster on this machine alone, with
   * no profile or data directories given, keeps its data below it (`<baseDir>/data/...`): a folder the user owns,
   * where /var/lib/kafka would need root.
   */
  baseDir?: string;
  /** Data directory bases; override the profile. */
  dataDirs?: { controller?: string; broker?: string; combined?: string };
  /** Cluster id; default: a new random one (22 characters, URL-safe base64). */
  clusterId?: string;
  /** Metadata directory ids of the initial controllers (dynamic quorum), by node id; generated when absent. */
  directoryIds?: Record<string, string>;
  /** Name of the topology, used in the README title. */
  name?: string;
}

export interface ResolvedListener {
  name: string;
  protocol: SecurityProtocol;
  saslMechanism?: SaslMechanism;
  port: number;
}

/** The spec with every default filled in. */
export interface NormalizedSpec {
  layout: Layout;
  controllers: number;
  /** Broker-only processes. */
  brokers: number;
  hosts: string[];
  kafkaVersion: string;
  quorum: QuorumMode;
  nodeIds: NodeIdScheme;
  brokerListener: ResolvedListener;
  controllerListener: ResolvedListener;
  profile: DirProfile;
  dataDirs: { controller: string; broker: string; combined: string };
  clusterId?: string;
  directoryIds: Record<string, string>;
  name: string;
}

export type Role = 'controller' | 'broker' | 'combined';

export interface PlannedNode {
  id: number;
  role: Role;
  host: string;
  /** Port of the broker listener (broker and combined). */
  brokerPort?: number;
  /** Port of the controller listener (controller and combined). */
  controllerPort?: number;
  dataDir: string;
  /** Folder of this node's files, relative to the output root: `<host>/<role>` or `<host>/<role>-<id>`. */
  dir: string;
  /** Path of its server.properties, relative to the output root. */
  configPath: string;
  /** Metadata directory id for `--initial-controllers` (dynamic quorum, controllers only). */
  directoryId?: string;
}

export interface GeneratedFile {
  path: string;
  content: string;
}

export interface SpecProblem {
  severity: 'error' | 'warning';
  /** Spec field the problem is about (`controllers`, `hosts`, `brokerListener.port`, ...). */
  field: string;
  /** Message id in the generator catalog. */
  code: string;
  /** Localized text. */
  message: string;
}

export interface GenerateResult {
  files: GeneratedFile[];
  /** Localized, explained warnings (even controller count, reduced replication, ...). */
  warnings: string[];
  nodes: PlannedNode[];
  clusterId: string;
  spec: NormalizedSpec;
}

/** Source of randomness: returns `n` random bytes. Tests pass a deterministic one. */
export type RandomBytes = (n: number) => Uint8Array;

export interface GenerateOptions {
  randomBytes?: RandomBytes;
}
