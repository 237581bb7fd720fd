// The environment a compose service gives its container: the `environment:` block (map or list form, behind anchors
// and merge keys) and `env_file:` files, each variable's name and value located where it is written.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { interpolate, parseDotenv, type Variables } from './interpolate';
import { decodeScalar, type DecodedScalar } from './scalar';
import { sourceText, type SourceText } from './text';
import { resolveUri } from './uri';
import type { EnvVar, EnvValue, EnvironmentBlock, ReadContext } from './model';
import { keyText, mapValue, pairsOf, resolveNode, scalarString, token } from './yaml-map';

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

export function readEnvironment(
  map: YAMLMap,
  doc: Document,
  source: SourceText,
  variables: Variables,
): { vars: EnvVar[]; block?: EnvironmentBlock } {
  const pair = (map.items as Pair[]).find((candidate) => keyText(candidate) === 'environment');
  const node = pair ? resolveNode(pair.value, doc) : mapValue(map, 'environment', doc);
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

export function envFiles(node: Node | undefined, source: SourceText, ctx: ReadContext): EnvVar[][] {
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
