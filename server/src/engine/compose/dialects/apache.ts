// apache/kafka and apache/kafka-native: every KAFKA_* variable except the launcher's own becomes a property;
// `___` is `-`, `__` is `_`, `_` is `.`. A mounted server.properties comes first and the variables are appended.
import { majorMinor, type Dialect } from './types';

/** Variables the launch scripts read themselves (JVM and logging options). */
export const LAUNCHER_VARIABLES = new Set([
  'KAFKA_VERSION',
  'KAFKA_HEAP_OPTS',
  'KAFKA_LOG4J_OPTS',
  'KAFKA_OPTS',
  'KAFKA_JMX_OPTS',
  'KAFKA_JVM_PERFORMANCE_OPTS',
  'KAFKA_GC_LOG_OPTS',
  'KAFKA_LOG4J_ROOT_LOGLEVEL',
  'KAFKA_LOG4J_LOGGERS',
  'KAFKA_TOOLS_LOG4J_LOGLEVEL',
  'KAFKA_JMX_HOSTNAME',
]);

/**
 * Image knobs that are not Kafka keys (SSL file names in /etc/kafka/secrets, the JMX port), and KAFKA_SECURITY_PROTOCOL,
 * a client key Apache's own SSL examples set and brokers ignore.
 */
const IMAGE_KNOBS = new Set([
  'KAFKA_JMX_PORT',
  'KAFKA_SECURITY_PROTOCOL',
  'KAFKA_SSL_KEYSTORE_FILENAME',
  'KAFKA_SSL_KEY_CREDENTIALS',
  'KAFKA_SSL_KEYSTORE_CREDENTIALS',
  'KAFKA_SSL_TRUSTSTORE_FILENAME',
  'KAFKA_SSL_TRUSTSTORE_CREDENTIALS',
]);

/** The `KAFKA_` name rule shared by apache/kafka and Confluent's images. */
export function kafkaPrefixProperty(variable: string): string | undefined {
  if (!variable.startsWith('KAFKA_') || variable.length === 'KAFKA_'.length) return undefined;
  return variable
    .slice('KAFKA_'.length)
    .toLowerCase()
    .replace(/___/g, '\u0001')
    .replace(/__/g, '\u0002')
    .replace(/_/g, '.')
    .replace(/\u0001/g, '-')
    .replace(/\u0002/g, '_');
}

export function kafkaPrefixVariable(property: string): string {
  return 'KAFKA_' + property.replace(/_/g, '__').replace(/-/g, '___').replace(/\./g, '_').toUpperCase();
}

export const apacheDialect: Dialect = {
  id: 'apache',
  repositories: ['apache/kafka', 'apache/kafka-native'],
  propertyOf: (variable) =>
    LAUNCHER_VARIABLES.has(variable) || IMAGE_KNOBS.has(variable) ? undefined : kafkaPrefixProperty(variable),
  variableOf: kafkaPrefixVariable,
  isImageVariable: (variable) =>
    LAUNCHER_VARIABLES.has(variable) || IMAGE_KNOBS.has(variable) || variable === 'CLUSTER_ID',
  kafkaVersion: majorMinor,
  clusterIdVariables: ['CLUSTER_ID'],
  configMount: { dir: '/mnt/shared/config', combine: 'file-then-variables' },
  hasBaseConfig: false,
};
