// `.kraftrc.json`, the project config file the CLI and the language server both read (JSON with comments; the
// nearest one above a file applies), and `topology.json`, which the generator writes beside the cluster it made.
// Both declare which files run together; the host reads them from disk and hands the texts over.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { isKnownVersion } from '../catalog';
import { t } from '../i18n';
import type { DeclaredDeployment, EngineOptions, SeveritySetting } from '../types';
import type { WorkspaceFile } from '../workspace/lint';
import { versionFromJarName, type VersionHint } from './version';

export const PROJECT_CONFIG_FILE = '.kraftrc.json';
export const TOPOLOGY_FILE = 'topology.json';

/** The same settings as `kraft.*` in VS Code, plus the clusters the project declares. */
export interface ProjectConfig {
  kafkaVersion?: string;
  rules?: Record<string, SeveritySetting>;
  acceptedUnknownKeys?: string[];
  include?: string[];
  exclude?: string[];
  /** Cluster name -> globs, relative to the config file's folder, of the files that run together. */
  clusters?: Record<string, string[]>;
}

export interface ConfigProblem {
  message: string;
  offset: number;
  length: number;
}

export interface LoadedProjectConfig {
  /** Path of the `.kraftrc.json`, `/`-separated. */
  path: string;
  /** Its folder: the config applies to every file below it (unless a nearer config exists). */
  folder: string;
  config: ProjectConfig;
  problems: ConfigProblem[];
  /** The text as read, for edits that keep its comments and layout. */
  text: string;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const slashed = (path: string) => path.replace(/\\/g, '/');
const folderOf = (path: string) => slashed(path).split('/').slice(0, -1).join('/');
const stringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Parses a `.kraftrc.json`; what cannot be understood is left out and said in `problems`. */
export function parseProjectConfig(path: string, text: string): LoadedProjectConfig {
  const errors: ParseError[] = [];
  const raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  const problems: ConfigProblem[] = errors.map((error) => ({
    message: t('config.syntax', { error: printParseErrorCode(error.error) }),
    offset: error.offset,
    length: error.length,
  }));
  const config: ProjectConfig = {};
  const problem = (key: string) => problems.push({ message: t('config.badValue', { key }), offset: 0, length: 0 });
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const value = raw as Record<string, unknown>;
    if (value.kafkaVersion !== undefined) {
      if (typeof value.kafkaVersion === 'string' && isKnownVersion(value.kafkaVersion))
        config.kafkaVersion = value.kafkaVersion;
      else problem('kafkaVersion');
    }
    if (value.rules !== undefined) {
      const rules =
        value.rules && typeof value.rules === 'object' ? Object.entries(value.rules as Record<string, unknown>) : [];
      if (rules.every(([, severity]) => typeof severity === 'string' && SEVERITIES.has(severity)))
        config.rules = Object.fromEntries(rules) as Record<string, SeveritySetting>;
      else problem('rules');
    }
    for (const key of ['acceptedUnknownKeys', 'include', 'exclude'] as const) {
      if (value[key] === undefined) continue;
      if (stringList(value[key])) config[key] = value[key] as string[];
      else problem(key);
    }
    if (value.clusters !== undefined) {
      const clusters =
        value.clusters && typeof value.clusters === 'object'
          ? Object.entries(value.clusters as Record<string, unknown>)
          : [];
      if (clusters.every(([, globs]) => stringList(globs)))
        config.clusters = Object.fromEntries(clusters) as Record<string, string[]>;
      else problem('clusters');
    }
  } else if (errors.length === 0) problem('.kraftrc.json');
  return { path: slashed(path), folder: folderOf(path), config, problems, text };
}

const isInside = (file: string, folder: string) =>
  folder === '' || slashed(file).startsWith(folder.endsWith('/') ? folder : folder + '/');

/** The nearest `.kraftrc.json` above a file (in its folder or an enclosing one). */
export function nearestProjectConfig(
  file: string,
  configs: readonly LoadedProjectConfig[],
): LoadedProjectConfig | undefined {
  return configs.filter((config) => isInside(file, config.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** The file's path relative to a folder, `/`-separated. */
const relativeTo = (file: string, folder: string) =>
  folder === '' ? slashed(file) : slashed(file).slice(folder.length + (folder.endsWith('/') ? 0 : 1));

/** The cluster a `.kraftrc.json` declares a file a member of (first matching name), as the engine's declaration. */
export function declaredCluster(file: string, config: LoadedProjectConfig): DeclaredDeployment | undefined {
  const relative = relativeTo(file, config.folder);
  for (const [name, globs] of Object.entries(config.config.clusters ?? {})) {
    if (globs.some((glob) => picomatch(glob, { dot: true })(relative)))
      return { id: `config:${config.path}#${name}`, source: 'config', name, origin: config.path };
  }
  return undefined;
}

/**
 * Settings for one file: the host's own (the VS Code settings or the CLI flags) layered over the nearest config.
 * `base.kafkaVersion` wins when given; rule severities merge with the host's winning; accepted keys add up.
 */
export function layerOptions(base: EngineOptions, config: ProjectConfig | undefined): EngineOptions {
  if (!config) return base;
  return {
    kafkaVersion: base.kafkaVersion || config.kafkaVersion,
    ruleSeverity: { ...config.rules, ...base.ruleSeverity },
    acceptedUnknownKeys: [...(config.acceptedUnknownKeys ?? []), ...(base.acceptedUnknownKeys ?? [])],
  };
}

/** Include/exclude globs for detecting server configs: the nearest config's, then the host's. */
export function layerDetection(
  base: { include?: string[]; exclude?: string[] },
  config: ProjectConfig | undefined,
): { include: string[]; exclude: string[] } {
  return {
    include: [...(config?.include ?? []), ...(base.include ?? [])],
    exclude: [...(config?.exclude ?? []), ...(base.exclude ?? [])],
  };
}

export interface LoadedTopology {
  path: string;
  folder: string;
  name: string;
  kafkaVersion?: string;
}

/** Reads the generator's `topology.json`: every server config below its folder is one cluster. */
export function parseTopology(path: string, text: string): LoadedTopology | undefined {
  const raw = parse(text, [], { allowTrailingComma: true }) as
    | { name?: unknown; kafkaVersion?: unknown; layout?: unknown }
    | undefined;
  if (!raw || typeof raw !== 'object' || typeof raw.layout !== 'string') return undefined;
  const folder = folderOf(path);
  const name = typeof raw.name === 'string' && raw.name ? raw.name : folder.split('/').pop() || folder;
  return {
    path: slashed(path),
    folder,
    name,
    kafkaVersion: typeof raw.kafkaVersion === 'string' ? raw.kafkaVersion : undefined,
  };
}

/** A Kafka jar found in a folder's `libs/` (an unpacked distribution, whatever its folder is called). */
export interface JarVersion {
  /** The distribution's folder: files below it run this version. */
  folder: string;
  version: string;
  /** The jar's path. */
  origin: string;
}

export interface Declarations {
  configs: readonly LoadedProjectConfig[];
  topologies: readonly LoadedTopology[];
  jars?: readonly JarVersion[];
}

/**
 * What the project says about one file, applied to it: its cluster (a `.kraftrc.json` declaration beats what the host
 * already knew, e.g. a compose project, which beats a topology.json), its Kafka version (the host's setting, else the
 * config's, else what the host found, else a topology.json) and its settings (the host's over the config's).
 * `path` is the file's path on disk when the file's `uri` is spelled otherwise.
 */
export function applyDeclarations(
  file: WorkspaceFile,
  declarations: Declarations,
  base: EngineOptions,
  path = file.uri,
): WorkspaceFile {
  const config = nearestProjectConfig(path, declarations.configs);
  const topology = declarations.topologies
    .filter((item) => isInside(path, item.folder))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
  const fromTopology: DeclaredDeployment | undefined = topology && {
    id: `topology:${topology.path}`,
    source: 'topology',
    name: topology.name,
    origin: topology.path,
  };
  const deployment = (config && declaredCluster(path, config)) ?? file.deployment ?? fromTopology;
  const configVersion: VersionHint | undefined = config?.config.kafkaVersion
    ? { version: config.config.kafkaVersion, from: 'config', origin: config.path }
    : undefined;
  const topologyVersion: VersionHint | undefined =
    topology?.kafkaVersion && isKnownVersion(topology.kafkaVersion)
      ? { version: topology.kafkaVersion, from: 'topology', origin: topology.path }
      : undefined;
  const jar = (declarations.jars ?? [])
    .filter((item) => isInside(path, item.folder))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
  const jarVersion: VersionHint | undefined = jar && { version: jar.version, from: 'jar', origin: jar.origin };
  const options = layerOptions(base, config?.config);
  return {
    ...file,
    deployment,
    versionHint: configVersion ?? file.versionHint ?? jarVersion ?? topologyVersion,
    options: { ...options, kafkaVersion: base.kafkaVersion },
  };
}

/** The declarations among files a host read (any path ending in `.kraftrc.json` or `topology.json`). */
export function collectDeclarations(
  files: Iterable<[path: string, text: string]>,
  jars: readonly JarVersion[] = [],
): Declarations {
  const configs: LoadedProjectConfig[] = [];
  const topologies: LoadedTopology[] = [];
  for (const [path, text] of files) {
    const name = slashed(path).split('/').pop();
    if (name === PROJECT_CONFIG_FILE) configs.push(parseProjectConfig(path, text));
    else if (name === TOPOLOGY_FILE) {
      const topology = parseTopology(path, text);
      if (topology) topologies.push(topology);
    }
  }
  return { configs, topologies, jars };
}

/** Whether a host should read this file as a declaration. */
export const isDeclarationFile = (path: string) =>
  [PROJECT_CONFIG_FILE, TOPOLOGY_FILE].includes(slashed(path).split('/').pop() ?? '');

/** The jar versions among the `libs/` listings a host read: `folder` is the folder that holds `libs/`. */
export function jarVersions(listings: Iterable<[folder: string, names: string[]]>): JarVersion[] {
  const out: JarVersion[] = [];
  for (const [folder, names] of listings) {
    const jar = names.find((name) => versionFromJarName(name));
    if (jar)
      out.push({
        folder: slashed(folder),
        version: versionFromJarName(jar)!,
        origin: `${slashed(folder)}/libs/${jar}`,
      });
  }
  return out;
}
