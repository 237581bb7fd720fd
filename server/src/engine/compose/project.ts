// Turns each Kafka service of a compose file into the server.properties its container would receive (a virtual
// file, `<compose uri>#service=<name>`), with a line-by-line record of where each property was written.
import type { DeclaredDeployment } from '../types';
import type { WorkspaceFile } from '../workspace/lint';
import { dialectOf, looksLikeKafkaImage, parseImage, type Dialect } from './dialects';
import { apacheDialect } from './dialects/apache';
import { bitnamiDialect } from './dialects/bitnami';
import type { ComposeFile, ComposeService, EnvVar, ReadFile } from './model';
import { sourceText, type SourceText, type Token } from './text';
import { resolveUri } from './uri';

/** One line of a virtual file. */
export interface VirtualLine {
  property: string;
  /** The variable that wrote it; for lines copied from a mounted file, undefined. */
  variable?: EnvVar;
  /** For a line the image derives from another variable (listeners from advertised listeners): that variable. */
  derivedFrom?: EnvVar;
  /** Mounted file line: where it is in that file. */
  mounted?: { source: SourceText; line: number };
  text: string;
}

export interface ServiceNode {
  service: ComposeService;
  dialect: Dialect;
  /** Kafka version from the image tag, when it tells. */
  version?: string;
  uri: string;
  text: string;
  lines: VirtualLine[];
  /** The image starts from a config the project cannot see: missing keys may be set there. */
  partial: boolean;
  /** Every alias the service answers to on the compose network. */
  aliases: string[];
}

export interface UnknownImageService {
  service: ComposeService;
  image: string;
}

export interface ComposeProject {
  file: ComposeFile;
  deployment: DeclaredDeployment;
  nodes: ServiceNode[];
  unknown: UnknownImageService[];
}

export const serviceUri = (composeUri: string, service: string) => `${composeUri}#service=${service}`;

/** The compose file and service a virtual URI stands for. */
export function parseServiceUri(uri: string): { composeUri: string; service: string } | undefined {
  const match = /^(.*)#service=([^#]+)$/.exec(uri);
  return match ? { composeUri: match[1], service: match[2] } : undefined;
}

const KAFKA_ROLE_VARIABLE =
  /(^|_)(PROCESS_ROLES|NODE_ID|CONTROLLER_QUORUM_VOTERS|CONTROLLER_QUORUM_BOOTSTRAP_SERVERS)$/;

/** The dialect of a service, from its image or, when the image is an unresolved `${VAR}`, from its variables. */
function classify(service: ComposeService): { dialect?: Dialect; version?: string; unknown?: string } | undefined {
  // A service started by its own command (a mounted file passed to kafka-server-start.sh) is not configured by variables.
  if (service.replacesLauncher) return undefined;
  const names = [...service.env.keys()];
  const kafkaLike = names.some((name) => name.startsWith('KAFKA_') && KAFKA_ROLE_VARIABLE.test(name));
  if (!service.image || service.image.unresolved) {
    // No image at all is a fragment (an override or -f file applied to another): its variables are not a whole config.
    if (!kafkaLike || !service.image) return undefined;
    return { dialect: names.some((name) => name.startsWith('KAFKA_CFG_')) ? bitnamiDialect : apacheDialect };
  }
  const image = parseImage(service.image.text);
  const dialect = dialectOf(image);
  if (dialect) return { dialect, version: dialect.kafkaVersion(image.tag) };
  const base = image.repository.split('/').pop() ?? '';
  if (kafkaLike || (looksLikeKafkaImage(image) && /^(cp-)?kafka$|^kafka-native$/.test(base)))
    return { unknown: service.image.text };
  return undefined;
}

function mountedConfig(
  service: ComposeService,
  dialect: Dialect,
  read: ReadFile,
): { found: boolean; source?: SourceText } {
  const mount = dialect.configMount;
  if (!mount) return { found: false };
  for (const volume of service.volumes) {
    const target = volume.target.replace(/\/+$/, '');
    const isDir = target === mount.dir;
    const isFile = target === `${mount.dir}/server.properties`;
    if (!isDir && !isFile) continue;
    if (!volume.source || !/^[./~]/.test(volume.source)) return { found: true };
    const uri = resolveUri(
      service.source.uri,
      isDir ? `${volume.source.replace(/\/+$/, '')}/server.properties` : volume.source,
    );
    const text = read(uri);
    return { found: true, source: text === undefined ? undefined : sourceText(uri, text) };
  }
  return { found: false };
}

export function buildProject(file: ComposeFile, read: ReadFile): ComposeProject {
  const deployment: DeclaredDeployment = {
    id: `compose:${file.source.uri}`,
    source: 'compose',
    name: file.projectName,
    origin: file.source.uri,
  };
  const project: ComposeProject = { file, deployment, nodes: [], unknown: [] };
  for (const service of file.services) {
    const kind = classify(service);
    if (!kind) continue;
    if (kind.unknown !== undefined || !kind.dialect) {
      project.unknown.push({ service, image: kind.unknown ?? '' });
      continue;
    }
    const node = buildServiceNode(service, kind.dialect, kind.version, read);
    if (node) project.nodes.push(node);
  }
  return project;
}

function buildServiceNode(
  service: ComposeService,
  dialect: Dialect,
  version: string | undefined,
  read: ReadFile,
): ServiceNode | undefined {
  const lines: VirtualLine[] = [];
  const mount = mountedConfig(service, dialect, read);
  if (mount.source) {
    const text = mount.source.text;
    mount.source.lineStarts.forEach((start, line) => {
      const end = mount.source!.lineStarts[line + 1] ?? text.length;
      lines.push({
        property: '',
        mounted: { source: mount.source!, line },
        text: text.slice(start, end).replace(/\r?\n$|\r$/, ''),
      });
    });
  }
  const variablesApply = !(mount.found && dialect.configMount?.combine === 'file-only');
  const byProperty = new Map<string, EnvVar>();
  if (variablesApply) {
    for (const variable of service.env.values()) {
      const property = dialect.propertyOf(variable.name);
      if (!property || !variable.value) continue;
      // bitnami: a KAFKA_CFG_ variable beats its old unprefixed alias.
      if (dialect === bitnamiDialect && byProperty.has(property) && !variable.name.startsWith('KAFKA_CFG_')) continue;
      byProperty.set(property, variable);
    }
  }
  if (byProperty.size === 0 && !mount.source) {
    // apache/kafka with nothing configured runs its packaged single-node config, which is valid.
    return undefined;
  }
  for (const [property, variable] of byProperty)
    lines.push({ property, variable, text: `${property}=${oneLine(variable.value!.text)}` });
  const advertised = byProperty.get('advertised.listeners');
  if (dialect !== bitnamiDialect && advertised && !byProperty.has('listeners') && !mount.source) {
    // The image binds every advertised listener on 0.0.0.0 when KAFKA_LISTENERS is not set.
    const derived = advertised.value!.text.replace(/:\/\/[^:,]*:/g, '://0.0.0.0:');
    lines.push({ property: 'listeners', derivedFrom: advertised, text: `listeners=${oneLine(derived)}` });
  }
  const aliases = [
    ...new Set([service.name, service.hostname, service.containerName].filter((alias): alias is string => !!alias)),
  ];
  return {
    service,
    dialect,
    version,
    uri: serviceUri(service.source.uri, service.name),
    text: lines.map((line) => line.text).join('\n') + '\n',
    lines,
    partial: dialect.hasBaseConfig || (mount.found && !mount.source),
    aliases,
  };
}

/** The image writes `key=value` lines as they are; a line break inside a value would start a new line. */
const oneLine = (value: string) => value.replace(/[\r\n]/g, ' ');

/** The workspace files of a project's services, for the engine's linter. */
export function projectFiles(project: ComposeProject, root?: string): WorkspaceFile[] {
  return project.nodes.map((node) => ({
    uri: node.uri,
    text: node.text,
    root,
    deployment: project.deployment,
    versionHint: node.version
      ? { version: node.version, from: 'compose' as const, origin: project.file.source.uri }
      : undefined,
  }));
}

export type { Token };
