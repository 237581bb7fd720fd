// confluentinc/cp-kafka and cp-server: apache's KAFKA_ rule, Confluent platform versions (7.7 ships Kafka 3.7,
// 8.0 ships 4.0), and Confluent's own `confluent.*` keys left to Confluent.
import { LAUNCHER_VARIABLES, kafkaPrefixProperty, kafkaPrefixVariable } from './apache';
import type { Dialect } from './types';

/** Variables that make cp-kafka exit at start, from its pre-KRaft days. */
export const CONFLUENT_FORBIDDEN = ['KAFKA_PORT', 'KAFKA_HOST', 'KAFKA_ADVERTISED_PORT', 'KAFKA_ADVERTISED_HOST'];

export const confluentDialect: Dialect = {
  id: 'confluent',
  repositories: ['confluentinc/cp-kafka', 'confluentinc/cp-server'],
  propertyOf(variable) {
    if (LAUNCHER_VARIABLES.has(variable) || CONFLUENT_FORBIDDEN.includes(variable) || variable === 'KAFKA_JMX_PORT')
      return undefined;
    const property = kafkaPrefixProperty(variable);
    // confluent.* keys belong to Confluent Server's own components, which Apache Kafka's catalog does not describe.
    return property?.startsWith('confluent.') ? undefined : property;
  },
  variableOf: kafkaPrefixVariable,
  isImageVariable: (variable) =>
    LAUNCHER_VARIABLES.has(variable) ||
    variable === 'KAFKA_JMX_PORT' ||
    variable === 'CLUSTER_ID' ||
    variable.startsWith('CONFLUENT_') ||
    variable.startsWith('KAFKA_CONFLUENT_'),
  kafkaVersion(tag) {
    const match = /^(\d+)\.(\d+)(?:[.-]|$)/.exec(tag ?? '');
    if (!match) return undefined;
    const major = Number(match[1]);
    const minor = Number(match[2]);
    if (major === 7 && minor >= 4) return `3.${minor}`;
    if (major === 8) return `4.${minor}`;
    return undefined;
  },
  clusterIdVariables: ['CLUSTER_ID'],
  hasBaseConfig: false,
};
