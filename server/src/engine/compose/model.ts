// Reads a compose file into services with their image, hosts, published ports, mounts and the environment each
// container receives, remembering where every variable name and value is written (compose file, base service of
// `extends`, x- block behind an anchor, env_file).
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { dotenvVariables, interpolate, parseDotenv, type Variables } from './interpolate';
import { decodeScalar, type DecodedScalar, type ScalarStyle } from './scalar';
import { sourceText, type SourceText, type Token } from './text';
import { folderUri, resolveUri } from './uri';

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

const token = (source: SourceText, start: number, end: number): Token => ({ source, start, end });

/** A map's pairs with `<<:` merge keys expanded (explicit keys win, then the merged maps in order). */
export function pairsOf(map: YAMLMap, doc: Document, depth = 0): Pair[] {
  const own: Pair[] = [];
  const merged: Pair[] = [];
  for (const pair of map.items as Pair[]) {
    if (isScalar(pair.key) && pair.key.value === '<<' && depth < 10) {
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const item of sources) {
        const target = resolveNode(item as Node, doc);
        if (isMap(target)) merged.push(...pairsOf(target, doc, depth + 1));
      }
    } else own.push(pair);
  }
  const seen = new Set(own.map((pair) => keyText(pair)));
  const result = [...own];
  for (const pair of merged) {
    const key = keyText(pair);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(pair);
  }
  return result;
}

export function resolveNode(node: unknown, doc: Document): Node | undefined {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? undefined;
  return (node as Node) ?? undefined;
}

const keyText = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : '');

function get(map: YAMLMap, key: string, doc: Document): Node | undefined {
  const pair = pairsOf(map, doc).find((candidate) => keyText(candidate) === key);
  return pair ? resolveNode(pair.value, doc) : undefined;
}

function scalarString(
  node: Node | undefined,
  source: SourceText,
  variables: Variables,
): { text: string; token: Token; unresolved: boolean } | undefined {
  const decoded = decodeScalar(node, source.text);
  if (!decoded) return undefined;
  const result = interpolate(decoded.value, variables);
  return {
    text: result.value,
    token: token(source, decoded.start, decoded.end),
    unresolved: result.unresolved.length > 0,
  };
}

function envValue(decoded: DecodedScalar, from: number, source: SourceText, variables: Variables): EnvValue {
  const written = decoded.value.slice(from);
  const chars = decoded.chars?.slice(from);
  const result = interpolate(written, variables);
  const valueToken =
    chars && chars.length > 0
      ? token(source, chars[0][0], chars[chars.length - 1][1])
      : token(source, decoded.start, decoded.end);
  return {
    text: result.value,
    written,
    token: from > 0 && chars ? valueToken : token(source, decoded.start, decoded.end),
    style: decoded.style,
    chars,
    origins: result.origins,
    unresolved: result.unresolved,
  };
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
  const nameNode = scalarString(get(doc.contents, 'name', doc), source, variables);
  if (nameNode && !nameNode.unresolved) file.projectName = nameNode.text;
  const services = get(doc.contents, 'services', doc);
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
  const image = scalarString(get(map, 'image', doc), source, ctx.variables);
  const hostname = scalarString(get(map, 'hostname', doc), source, ctx.variables);
  const containerName = scalarString(get(map, 'container_name', doc), source, ctx.variables);
  const networkMode = scalarString(get(map, 'network_mode', doc), source, ctx.variables);
  const env = new Map<string, EnvVar>(base?.env ?? []);
  for (const envFile of envFiles(get(map, 'env_file', doc), source, ctx))
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
    ports: [...(base?.ports ?? []), ...readPorts(get(map, 'ports', doc), source, ctx.variables)],
    volumes: [...(base?.volumes ?? []), ...readVolumes(get(map, 'volumes', doc), source, ctx.variables)],
    networkMode: networkMode?.text ?? base?.networkMode,
    replacesLauncher:
      get(map, 'entrypoint', doc) !== undefined ||
      get(map, 'command', doc) !== undefined ||
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
  const node = get(map, 'extends', doc);
  let serviceName: string | undefined;
  let fileName: string | undefined;
  if (isScalar(node)) serviceName = String(node.value);
  else if (isMap(node)) {
    serviceName = scalarString(get(node, 'service', doc), source, ctx.variables)?.text;
    fileName = scalarString(get(node, 'file', doc), source, ctx.variables)?.text;
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

function readEnvironment(
  map: YAMLMap,
  doc: Document,
  source: SourceText,
  variables: Variables,
): { vars: EnvVar[]; block?: EnvironmentBlock } {
  const pair = (map.items as Pair[]).find((candidate) => keyText(candidate) === 'environment');
  const node = pair ? resolveNode(pair.value, doc) : get(map, 'environment', doc);
  const vars: EnvVar[] = [];
  if (isMap(node)) {
    for (const item of pairsOf(node, doc)) {
      if (!isScalar(item.key) || !item.key.range) continue;
      const value = resolveNode(item.value, doc);
      const decoded =
        value === undefined || value === null || (isScalar(value) && value.value === null && value.source === undefined)
          ? undefined
          : decodeScalar(value, source.text);
      const end = decoded?.end ?? item.key.range[1];
      vars.push({
        name: String(item.key.value),
        nameToken: token(source, item.key.range[0], item.key.range[1]),
        value:
          decoded && !(isScalar(value) && value.value === null && decoded.value === '' && decoded.style === 'PLAIN')
            ? envValue(decoded, 0, source, variables)
            : undefined,
        form: 'map',
        item: token(source, item.key.range[0], end),
      });
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const decoded = decodeScalar(resolveNode(item, doc), source.text);
      if (!decoded) continue;
      const eq = decoded.value.indexOf('=');
      const name = (eq < 0 ? decoded.value : decoded.value.slice(0, eq)).trim();
      const nameChars = decoded.chars?.slice(0, eq < 0 ? decoded.value.length : eq);
      const nameToken =
        nameChars && nameChars.length > 0
          ? token(source, nameChars[0][0], nameChars[nameChars.length - 1][1])
          : token(source, decoded.start, decoded.end);
      vars.push({
        name,
        nameToken,
        value: eq < 0 ? undefined : envValue(decoded, eq + 1, source, variables),
        form: 'list',
        item: token(source, decoded.start, decoded.end),
      });
    }
  }
  const block: EnvironmentBlock | undefined =
    pair && isScalar(pair.key) && pair.key.range && (isMap(pair.value) || isSeq(pair.value))
      ? {
          key: token(source, pair.key.range[0], pair.key.range[1]),
          form: isMap(pair.value) ? 'map' : 'list',
          items: vars.filter((v) => v.item.source === source).map((v) => v.item),
          source,
        }
      : undefined;
  return { vars, block };
}

function envFiles(node: Node | undefined, source: SourceText, ctx: ReadContext): EnvVar[][] {
  const entries = isSeq(node) ? node.items : node ? [node] : [];
  const result: EnvVar[][] = [];
  for (const entry of entries) {
    let pathNode: unknown = entry;
    if (isMap(entry)) pathNode = entry.get('path', true);
    const path = scalarString(pathNode as Node, source, ctx.variables);
    if (!path || path.unresolved) continue;
    const uri = resolveUri(source.uri, path.text);
    const text = ctx.read(uri);
    if (text === undefined) continue;
    const envSource = sourceText(uri, text);
    result.push(
      parseDotenv(text).map((line) => {
        const offset = line.valueStart + (line.quote ? 1 : 0);
        const interpolated =
          line.quote === "'"
            ? {
                value: line.value,
                origins: line.value.split('').map((_, i) => [i, i + 1] as [number, number]),
                unresolved: [],
              }
            : interpolate(line.value, ctx.variables);
        const exact = line.value.length === line.valueEnd - line.valueStart - (line.quote ? 2 : 0);
        return {
          name: line.name,
          nameToken: token(envSource, line.nameStart, line.nameEnd),
          value: {
            text: interpolated.value,
            written: line.value,
            token: token(envSource, line.valueStart, line.valueEnd),
            style: 'ENV_FILE' as const,
            chars: exact
              ? line.value.split('').map((_, i) => [offset + i, offset + i + 1] as [number, number])
              : undefined,
            origins: interpolated.origins,
            unresolved: interpolated.unresolved,
          },
          form: 'env-file' as const,
          item: token(envSource, line.nameStart, line.valueEnd),
        };
      }),
    );
  }
  return result;
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
