// The Kafka releases the catalog and the rules know, oldest first.
export const KAFKA_VERSIONS = ['3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3'] as const;
export type KafkaVersion = (typeof KAFKA_VERSIONS)[number];
export const DEFAULT_KAFKA_VERSION: KafkaVersion = '4.3';

/** Accepts "4.3", "4.3.1", "v4.2" ...; falls back to the newest known release when not recognised. */
export function normalizeVersion(raw: string | undefined): KafkaVersion {
  const match = /(\d+)\.(\d+)/.exec(raw ?? '');
  if (!match) return DEFAULT_KAFKA_VERSION;
  const wanted = `${match[1]}.${match[2]}`;
  if ((KAFKA_VERSIONS as readonly string[]).includes(wanted)) return wanted as KafkaVersion;
  return compareVersions(wanted, KAFKA_VERSIONS[0]) < 0 ? KAFKA_VERSIONS[0] : DEFAULT_KAFKA_VERSION;
}

export function isKnownVersion(raw: string): boolean {
  const match = /^(\d+)\.(\d+)(\.\d+)?$/.exec(raw.trim());
  return !!match && (KAFKA_VERSIONS as readonly string[]).includes(`${match[1]}.${match[2]}`);
}

// Rules compare versions for every key of every file: each version string is split once.
const parsedVersions = new Map<string, number[]>();
const partsOf = (version: string) => {
  let parts = parsedVersions.get(version);
  if (!parts) {
    parts = version.split('.').map(Number);
    if (parsedVersions.size < 1000) parsedVersions.set(version, parts);
  }
  return parts;
};

export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = partsOf(a);
  const [bMajor, bMinor] = partsOf(b);
  return aMajor - bMajor || aMinor - bMinor;
}

export const atLeast = (version: string, minimum: string) => compareVersions(version, minimum) >= 0;
