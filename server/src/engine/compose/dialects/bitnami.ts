// bitnami/kafka and bitnamilegacy/kafka: only KAFKA_CFG_* variables, every `_` is `.`; a few old unprefixed names are
// copied over. A server.properties mounted in /bitnami/kafka/config replaces the variables altogether.
import { majorMinor, type Dialect } from './types';

/** Old names the image copies to their KAFKA_CFG_ form. */
export const BITNAMI_ALIASES: Record<string, string> = {
  KAFKA_ADVERTISED_LISTENERS: 'advertised.listeners',
  KAFKA_BROKER_ID: 'broker.id',
  KAFKA_NODE_ID: 'node.id',
  KAFKA_CONTROLLER_QUORUM_VOTERS: 'controller.quorum.voters',
  KAFKA_PROCESS_ROLES: 'process.roles',
  KAFKA_LISTENERS: 'listeners',
  KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'listener.security.protocol.map',
  KAFKA_LOG_DIRS: 'log.dirs',
  KAFKA_LOGS_DIRS: 'log.dirs',
  KAFKA_SEGMENT_BYTES: 'log.segment.bytes',
  KAFKA_MAX_MESSAGE_BYTES: 'message.max.bytes',
  KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'auto.create.topics.enable',
};

/** Variables the image's scripts read (cluster id, users, TLS material, JVM options, ownership). */
const IMAGE_PREFIXES = [
  'KAFKA_CLIENT_',
  'KAFKA_INTER_BROKER_',
  'KAFKA_CONTROLLER_USER',
  'KAFKA_CONTROLLER_PASSWORD',
  'KAFKA_TLS_',
  'KAFKA_ZOOKEEPER_',
  'KAFKA_CERTIFICATE_',
  'KAFKA_OPTS',
  'KAFKA_HEAP_OPTS',
  'KAFKA_JMX',
  'KAFKA_SKIP_',
  'KAFKA_VOLUME_',
  'KAFKA_DATA_',
  'KAFKA_MOUNTED_',
  'KAFKA_INITSCRIPTS_',
  'KAFKA_DAEMON_',
  'KAFKA_ENABLE_KRAFT',
  'KAFKA_KRAFT_',
  'KAFKA_CLUSTER_ID',
  'KAFKA_INITIAL_CONTROLLERS',
  'KAFKA_SASL_',
  'KAFKA_LOG4J',
  'KAFKA_BASE_DIR',
  'KAFKA_CONF_',
];

export const bitnamiDialect: Dialect = {
  id: 'bitnami',
  repositories: ['bitnami/kafka', 'bitnamilegacy/kafka'],
  propertyOf(variable) {
    if (variable.startsWith('KAFKA_CFG_')) {
      const rest = variable.slice('KAFKA_CFG_'.length);
      if (!rest) return undefined;
      return rest
        .toLowerCase()
        .replace(/_/g, '.')
        .replace(/sasl\.ssl/g, 'sasl_ssl')
        .replace(/sasl\.plaintext/g, 'sasl_plaintext');
    }
    return BITNAMI_ALIASES[variable];
  },
  variableOf: (property) =>
    /[_-]/.test(property.replace(/sasl_(ssl|plaintext)/g, 'sasl'))
      ? undefined
      : 'KAFKA_CFG_' + property.replace(/\./g, '_').toUpperCase(),
  isImageVariable: (variable) =>
    IMAGE_PREFIXES.some((prefix) => variable.startsWith(prefix)) ||
    variable === 'ALLOW_PLAINTEXT_LISTENER' ||
    variable.startsWith('BITNAMI_'),
  kafkaVersion: majorMinor,
  clusterIdVariables: ['KAFKA_KRAFT_CLUSTER_ID', 'KAFKA_CLUSTER_ID'],
  configMount: { dir: '/bitnami/kafka/config', combine: 'file-only' },
  hasBaseConfig: true,
};
