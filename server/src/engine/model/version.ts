// The Kafka version a file is checked against when no setting gives it: read from where the file sits (an unpacked
// distribution's folder, `kafka_2.13-3.8.0/config/kraft/server.properties`) or from what the host found beside it
// (a jar name, a generated topology.json, a compose image tag).
import { isKnownVersion, normalizeVersion, type KafkaVersion } from '../catalog';

/** A version some file next to the config states; hosts fill it in (they read the disk, the engine does not). */
export interface VersionHint {
  /** As found, e.g. "3.8.0" or "4.0". */
  version: string;
  /** `config`: a `.kraftrc.json` states it (a setting, not a guess). */
  from: 'config' | 'folder' | 'jar' | 'topology' | 'compose';
  /** The path or URI that says so (the folder, the jar, the topology.json, the compose file). */
  origin: string;
}

/** `kafka_2.13-3.8.0` (binary distribution) or `kafka-3.8.0` (source tree or image tag). */
const DISTRIBUTION = /^kafka(?:_\d+\.\d+)?-(\d+\.\d+(?:\.\d+)?)$/i;

/** The nearest enclosing folder named like a Kafka distribution, with its version. */
// Asked for every file on every analysis (each keystroke): each path is read once.
const fromPath = new Map<string, VersionHint | undefined>();

export function versionFromPath(uri: string): VersionHint | undefined {
  if (fromPath.has(uri)) return fromPath.get(uri);
  if (fromPath.size >= 100_000) fromPath.clear();
  const hint = readVersionFromPath(uri);
  fromPath.set(uri, hint);
  return hint;
}

function readVersionFromPath(uri: string): VersionHint | undefined {
  const parts = uri.replace(/\\/g, '/').split('/');
  for (let i = parts.length - 2; i >= 0; i--) {
    const match = DISTRIBUTION.exec(parts[i]);
    if (match && isKnownVersion(match[1]))
      return { version: match[1], from: 'folder', origin: parts.slice(0, i + 1).join('/') };
  }
  return undefined;
}

/** A jar of the distribution (`libs/kafka_2.13-3.8.0.jar`, `kafka-server-4.0.0.jar`): the version it ships. */
export function versionFromJarName(name: string): string | undefined {
  const match = /^kafka(?:_\d+\.\d+|-server|-clients)?-(\d+\.\d+\.\d+)\.jar$/i.exec(
    name.replace(/\\/g, '/').split('/').pop()!,
  );
  return match && isKnownVersion(match[1]) ? match[1] : undefined;
}

export const hintVersion = (hint: VersionHint): KafkaVersion => normalizeVersion(hint.version);
