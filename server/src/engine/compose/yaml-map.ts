// Reading YAML maps of a compose file: pairs with `<<:` merge keys expanded, aliases resolved, scalars interpolated
// with the project's variables and located in their source.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { interpolate, type Variables } from './interpolate';
import { decodeScalar } from './scalar';
import type { SourceText, Token } from './text';

export const token = (source: SourceText, start: number, end: number): Token => ({ source, start, end });

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

export const keyText = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : '');

export function mapValue(map: YAMLMap, key: string, doc: Document): Node | undefined {
  const pair = pairsOf(map, doc).find((candidate) => keyText(candidate) === key);
  return pair ? resolveNode(pair.value, doc) : undefined;
}

export function scalarString(
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
