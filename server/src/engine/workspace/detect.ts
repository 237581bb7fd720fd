// Decides whether a .properties file is a Kafka server config, by name and by content, so that files named
// server-0.properties or kafka-2.properties are found while producer, consumer, Connect and log4j files are not.
import picomatch from 'picomatch/posix';
import { parseProperties } from '../parser/properties';

export const DEFAULT_SERVER_GLOBS = [
  '**/server.properties',
  '**/broker.properties',
  '**/controller.properties',
  '**/kraft/*.properties',
];

export interface DetectionSettings {
  /** Globs that force a file in. */
  include?: string[];
  /** Globs that force a file out (win over include). */
  exclude?: string[];
}

const matchers = new Map<string, RegExp>();

/**
 * Whether a `/`-separated path (or a key name) matches one of the globs, with picomatch's full syntax (`**`, `*`, `?`,
 * `{a,b}`, `[ab]`, extglobs); dot files included. A glob not starting with `/` or `**` may match any tail of the
 * path at a segment boundary, so `nodes/*.conf` matches `cluster/nodes/a.conf`, as users expect from a setting.
 */
export function matchesAny(path: string, globs: readonly string[] = []): boolean {
  if (globs.length === 0) return false;
  const normalized = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  return globs.some((glob) => {
    let matcher = matchers.get(glob);
    if (!matcher) {
      if (matchers.size > 1000) matchers.clear();
      // The expression picomatch's matcher tests, without the result object it builds for every path.
      matcher = picomatch.makeRe(glob.startsWith('/') || glob.startsWith('**') ? glob : `**/${glob}`, { dot: true });
      matchers.set(glob, matcher);
    }
    return normalized === glob || matcher.test(normalized);
  });
}

const SERVER_KEYS =
  /^(listeners|advertised\.listeners|controller\.quorum\.voters|controller\.quorum\.bootstrap\.servers|zookeeper\.connect|log\.dirs|controller\.listener\.names)$/;
const CLIENT_KEYS =
  /^(bootstrap\.servers|group\.id|key\.converter|value\.converter|key\.serializer|value\.serializer|key\.deserializer|value\.deserializer|log4j\..*|appender\..*|rootLogger\..*|connector\.class|tasks\.max|plugin\.path)$/;

export type Detection = 'server' | 'not-server';

export function detectServerConfig(path: string, text: string, settings: DetectionSettings = {}): Detection {
  if (matchesAny(path, settings.exclude)) return 'not-server';
  if (matchesAny(path, settings.include)) return 'server';
  if (!/\.properties$/i.test(path)) return 'not-server';
  if (matchesAny(path, DEFAULT_SERVER_GLOBS)) return 'server';
  return looksLikeServerConfig(text) ? 'server' : 'not-server';
}

export function looksLikeServerConfig(text: string): boolean {
  if (text.length > 2_000_000 || text.includes('\u0000')) return false;
  const keys = new Set(parseProperties(text).entries.map((entry) => entry.key));
  if (keys.has('process.roles')) return true;
  const hasId = keys.has('node.id') || keys.has('broker.id');
  const serverKeys = [...keys].some((key) => SERVER_KEYS.test(key));
  const clientKeys = [...keys].some((key) => CLIENT_KEYS.test(key));
  return hasId && serverKeys && !clientKeys;
}
