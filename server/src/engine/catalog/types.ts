// Facts about one Kafka configuration key, as declared by Kafka's ConfigDef.
export type KeyType = 'BOOLEAN' | 'STRING' | 'INT' | 'SHORT' | 'LONG' | 'DOUBLE' | 'LIST' | 'CLASS' | 'PASSWORD';

export type Validator =
  | { kind: 'range'; min: number; max?: number; also?: number }
  | { kind: 'oneOf'; values: string[]; caseInsensitive?: boolean }
  | { kind: 'nonEmptyString' };

export interface KeyFacts {
  name: string;
  type: KeyType;
  importance: 'HIGH' | 'MEDIUM' | 'LOW';
  /** No default: Kafka refuses to start without it. */
  required?: boolean;
  /** Kafka's default, rendered as Kafka renders it; null when the default is null. */
  default?: string | null;
  validator?: Validator;
  /** The validator of older releases, up to and including `until` (none: those releases did not validate). */
  olderValidator?: { until: string; validator?: Validator };
  /** First and last Kafka minor version that define the key (absent: no bound within 3.5..4.3). */
  from?: string;
  until?: string;
  internal?: boolean;
  zookeeperOnly?: boolean;
  /** Changeable at run time with kafka-configs.sh (Kafka 4.3): for all brokers at once, or per broker. */
  dynamicUpdate?: 'cluster-wide' | 'per-broker';
  /** Only settable with kafka-configs.sh; ignored in server.properties. */
  dynamicOnly?: boolean;
  replacement?: string;
  /** STRING in 4.0-4.1, LIST (strict) from 4.2. */
  stringBefore42?: boolean;
  /** 4.2+: an explicit empty value is rejected. */
  listNonEmpty?: boolean;
  /** 4.2+: blank items are rejected. */
  listStrictItems?: boolean;
  notes: string;
}
