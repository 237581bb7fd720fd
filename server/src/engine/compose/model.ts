// Reads a compose file into services with their image, hosts, published ports, mounts and the environment each
// container receives, remembering where every variable name and value is written (compose file, base service of
// `extends`, x- block behind an anchor, env_file).
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { dotenvVariables, type Variables } from './interpolate';
import type { ScalarStyle } from './scalar';
import { sourceText, type SourceText, type Token } from './text';
import { folderUri, resolveUri } from './uri';
import { envFiles, readEnvironment } from './environment';
import { keyText, mapValue, pairsOf, resolveNode, scalarString, token } from './yaml-map';

/** Reads another file of the project (.env, env_file, extended compose file, mounted server.properties); the host does the I/O. */
export type ReadFile = (uri: string) => string | undefined;

export interface EnvValue {
  /** Value after interpolation. */
  text: string;
  /** The written value before interpolation (YAML decoded). */
  written: string;
  /** Whole value token (quotes included). */
  token: Token;
  style: ScalarStyle | 'ENV_FILE';
  /** Source offsets [start, end) of each character of `written`, when exactly known. */
  chars?: [number, number][];
  /** For each character of `text`: [start, end) in `written`. */
  origins: [number, number][];
  unresolved: string[];
}

export interface EnvVar {
  name: string;
  nameToken: Token;
  /** Undefined for `KEY:` / `- KEY` (taken from the shell that runs compose: unknown here). */
  value?: EnvValue;
  form: 'map' | 'list' | 'env-file';
  /** The whole pair or list item, for removal. */
  item: Token;
}

export interface PortMapping {
  published?: number;
  publishedEnd?: number;
  target: number;
  hostIp?: string;
  token: Token;
}
export interface VolumeMount {
  source?: string;
  target: string;
  token: Token;
}

export interface EnvironmentBlock {
  key: Token;
  form: 'map' | 'list';
  items: Token[];
  source: SourceText;
}

export interface ComposeService {
  name: string;
  nameToken: Token;
  image?: { text: string; token: Token; unresolved: boolean };
  hostname?: string;
  containerName?: string;
  /** Effective environment in compose's precedence (env_file, then environment; a service over its extends base). */
  env: Map<string, EnvVar>;
  /** The service's own `environment:` block, where new variables go. */
  environment?: EnvironmentBlock;
  ports: PortMapping[];
  volumes: VolumeMount[];
  /** `network_mode:` (`host` shares the host machine's network: no compose DNS, no published ports). */
  networkMode?: string;
  /** `entrypoint:` or `command:` replaces the image's start script, which is what turns variables into properties. */
  replacesLauncher: boolean;
  source: SourceText;
}

export interface ComposeFile {
  source: SourceText;
  services: ComposeService[];
  /** `name:` at the top, else the folder name (compose's default project name). */
  projectName: string;
  variables: Variables;
  /** YAML syntax errors: the file cannot be read as compose. */
  errors: { start: number; end: number; message: string }[];
}

export interface ReadContext {
  read: ReadFile;
  variables: Variables;
  /** Files being read through `extends`, to stop cycles. */
  visiting?: Set<string>;
}

export function parseComposeFile(
  uri: string,
  text: string,
  context: Omit<ReadContext, 'variables'> & { variables?: Variables },
): ComposeFile {
  const source = sourceText(uri, text);
  const variables = context.variables ?? dotenvVariables(context.read(resolveUri(uri, '.env')));
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const errors = doc.errors.map((error) => ({ start: error.pos[0], end: error.pos[1], message: error.message }));
  const folder = folderUri(uri).replace(/\/$/, '').split('/').pop() ?? 'default';
  const file: ComposeFile = {
    source,
    services: [],
    projectName: folder.toLowerCase().replace(/[^a-z0-9_-]/g, ''),
    variables,
    errors,
  };
  if (!isMap(doc.contents)) return file;
  const nameNode = scalarString(mapValue(doc.contents, 'name', doc), source, variables);
  if (nameNode && !nameNode.unresolved) file.projectName = nameNode.text;
  const services = mapValue(doc.contents, 'services', doc);
  if (!isMap(services)) return file;
  const ctx: ReadContext = { read: context.read, variables, visiting: context.visiting ?? new Set([uri]) };
  for (const pair of pairsOf(services, doc)) {
    const definition = resolveNode(pair.value, doc);
    if (!isScalar(pair.key) || !pair.key.range || !isMap(definition)) continue;
    file.services.push(
      readService(
        String(pair.key.value),
        token(source, pair.key.range[0], pair.key.range[1]),
        definition,
        doc,
        source,
        ctx,
        services,
      ),
    );
  }
  return file;
}

function readService(
  name: string,
  nameToken: Token,
  map: YAMLMap,
  doc: Document,
  source: SourceText,
  ctx: ReadContext,
  services: YAMLMap,
  depth = 0,
): ComposeService {
  const base = depth < 10 ? extendsBase(map, doc, source, ctx, services, depth) : undefined;
  const image = scalarString(mapValue(map, 'image', doc), source, ctx.variables);
  const hostname = scalarString(mapValue(map, 'hostname', doc), source, ctx.variables);
  const containerName = scalarString(mapValue(map, 'container_name', doc), source, ctx.variables);
  const networkMode = scalarString(mapValue(map, 'network_mode', doc), source, ctx.variables);
  const env = new Map<string, EnvVar>(base?.env ?? []);
  for (const envFile of envFiles(mapValue(map, 'env_file', doc), source, ctx))
    for (const variable of envFile) env.set(variable.name, variable);
  const environment = readEnvironment(map, doc, source, ctx.variables);
  for (const variable of environment.vars) env.set(variable.name, variable);
  return {
    name,
    nameToken,
    image: image ? { text: image.text, token: image.token, unresolved: image.unresolved } : base?.image,
    hostname: hostname?.text ?? base?.hostname,
    containerName: containerName?.text ?? base?.containerName,
    env,
    environment: environment.block ?? base?.environment,
    ports: [...(base?.ports ?? []), ...readPorts(mapValue(map, 'ports', doc), source, ctx.variables)],
    volumes: [...(base?.volumes ?? []), ...readVolumes(mapValue(map, 'volumes', doc), source, ctx.variables)],
    networkMode: networkMode?.text ?? base?.networkMode,
    replacesLauncher:
      mapValue(map, 'entrypoint', doc) !== undefined ||
      mapValue(map, 'command', doc) !== undefined ||
      (base?.replacesLauncher ?? false),
    source,
  };
}

function extendsBase(
  map: YAMLMap,
  doc: Document,
  source: SourceText,
  ctx: ReadContext,
  services: YAMLMap,
  depth: number,
): ComposeService | undefined {
  const node = mapValue(map, 'extends', doc);
  let serviceName: string | undefined;
  let fileName: string | undefined;
  if (isScalar(node)) serviceName = String(node.value);
  else if (isMap(node)) {
    serviceName = scalarString(mapValue(node, 'service', doc), source, ctx.variables)?.text;
    fileName = scalarString(mapValue(node, 'file', doc), source, ctx.variables)?.text;
  }
  if (!serviceName) return undefined;
  if (fileName) {
    const uri = resolveUri(source.uri, fileName);
    const text = ctx.visiting?.has(uri) ? undefined : ctx.read(uri);
    if (text === undefined) return undefined;
    const other = parseComposeFile(uri, text, {
      read: ctx.read,
      variables: ctx.variables,
      visiting: new Set([...(ctx.visiting ?? []), uri]),
    });
    return other.services.find((service) => service.name === serviceName);
  }
  const pair = pairsOf(services, doc).find((candidate) => keyText(candidate) === serviceName);
  const definition = pair && resolveNode(pair.value, doc);
  if (!pair || !isMap(definition) || definition === map || !isScalar(pair.key) || !pair.key.range) return undefined;
  return readService(
    serviceName,
    token(source, pair.key.range[0], pair.key.range[1]),
    definition,
    doc,
    source,
    ctx,
    services,
    depth + 1,
  );
}

function readPorts(node: Node | undefined, source: SourceText, variables: Variables): PortMapping[] {
  if (!isSeq(node)) return [];
  const ports: PortMapping[] = [];
  for (const item of node.items) {
    if (isMap(item) && item.range) {
      const target = Number(scalarString(item.get('target', true) as Node, source, variables)?.text);
      const publishedText = scalarString(item.get('published', true) as Node, source, variables)?.text;
      const hostIp = scalarString(item.get('host_ip', true) as Node, source, variables)?.text;
      if (Number.isInteger(target))
        ports.push({
          target,
          published: publishedText ? Number(publishedText) : undefined,
          hostIp,
          token: token(source, item.range[0], item.range[1]),
        });
      continue;
    }
    const written = scalarString(item as Node, source, variables);
    if (!written || written.unresolved) continue;
    const match = /^(?:(?:\[([^\]]+)\]|(\d+\.\d+\.\d+\.\d+)):)?(?:(\d+)(?:-(\d+))?:)?(\d+)(?:-(\d+))?(?:\/\w+)?$/.exec(
      written.text.trim(),
    );
    if (!match) continue;
    ports.push({
      hostIp: match[1] ?? match[2],
      published: match[3] ? Number(match[3]) : undefined,
      publishedEnd: match[4] ? Number(match[4]) : undefined,
      target: Number(match[5]),
      token: written.token,
    });
  }
  return ports;
}

function readVolumes(node: Node | undefined, source: SourceText, variables: Variables): VolumeMount[] {
  if (!isSeq(node)) return [];
  const mounts: VolumeMount[] = [];
  for (const item of node.items) {
    if (isMap(item) && item.range) {
      const target = scalarString(item.get('target', true) as Node, source, variables)?.text;
      const from = scalarString(item.get('source', true) as Node, source, variables)?.text;
      if (target) mounts.push({ source: from, target, token: token(source, item.range[0], item.range[1]) });
      continue;
    }
    const written = scalarString(item as Node, source, variables);
    if (!written || written.unresolved) continue;
    const parts = written.text.split(':');
    if (parts.length === 1) mounts.push({ target: parts[0], token: written.token });
    else mounts.push({ source: parts[0], target: parts[1], token: written.token });
  }
  return mounts;
}
