// Which image family a compose service runs.
import { apacheDialect } from './apache';
import { bitnamiDialect } from './bitnami';
import { confluentDialect } from './confluent';
import { parseImage, type Dialect, type ImageRef } from './types';

export const DIALECTS: readonly Dialect[] = [apacheDialect, confluentDialect, bitnamiDialect];

export function dialectOf(image: ImageRef): Dialect | undefined {
  return DIALECTS.find((dialect) => dialect.repositories.includes(image.repository));
}

/** Repositories that are Kafka but whose environment this project does not read. */
export function looksLikeKafkaImage(image: ImageRef): boolean {
  return /kafka|redpanda|strimzi/.test(image.repository);
}

export { apacheDialect, bitnamiDialect, confluentDialect, parseImage };
export type { Dialect, ImageRef };
