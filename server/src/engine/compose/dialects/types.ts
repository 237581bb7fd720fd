// One image family's way of turning container environment variables into Kafka properties.

export type DialectId = 'apache' | 'confluent' | 'bitnami';

export interface ImageRef {
  /** As written (after interpolation). */
  raw: string;
  /** Repository path without registry and tag, lower-case: `apache/kafka`, `confluentinc/cp-kafka`. */
  repository: string;
  tag?: string;
}

export interface Dialect {
  id: DialectId;
  /** Repositories of this family. */
  repositories: readonly string[];
  /** The property a variable sets, or undefined when the image does not turn it into a property. */
  propertyOf(variable: string): string | undefined;
  /** The variable this image reads for a property, or undefined when the property cannot be written as one. */
  variableOf(property: string): string | undefined;
  /** Variables the image itself reads (cluster id, credentials, JVM options): never properties, never misspellings. */
  isImageVariable(variable: string): boolean;
  /** Kafka version (`3.8`) shipped by an image tag, when the tag tells. */
  kafkaVersion(tag: string | undefined): string | undefined;
  /** Variables holding the cluster id the image formats storage with. */
  clusterIdVariables: readonly string[];
  /** Where a mounted server.properties is read, and how it combines with the variables. */
  configMount?: { dir: string; combine: 'file-then-variables' | 'file-only' };
  /** The image starts from its own base configuration, so keys absent from the variables may still be set. */
  hasBaseConfig: boolean;
}

/** `repo/name:tag@digest` → parts; registry hosts (`docker.io/`, `registry:5000/`) are dropped. */
export function parseImage(raw: string): ImageRef {
  let rest = raw.trim().replace(/@sha256:[0-9a-f]+$/i, '');
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.toLowerCase().split('/');
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) parts.shift();
  return { raw, repository: parts.join('/'), tag };
}

/** `3.8.0`, `3.8.0-rc1`, `3.8` → `3.8`. */
export function majorMinor(tag: string | undefined): string | undefined {
  const match = /^v?(\d+)\.(\d+)(?:[.-]|$)/.exec(tag ?? '');
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}
