// From a position in a service's virtual server.properties to the token of the compose file (or env_file, or
// mounted file) it came from, and back.
import type { Position, Range } from '../types';
import type { EnvVar } from './model';
import type { ServiceNode, VirtualLine } from './project';
import { offsetAt, positionAt, rangeAt, type SourceText, type Token } from './text';

export interface Located {
  source: SourceText;
  offset: number;
}

/** Source offsets [start, end) of the written characters behind resolved characters [from, to). */
export function valueSpan(variable: EnvVar, from: number, to: number): [number, number] {
  const value = variable.value!;
  const { chars, origins, token } = value;
  if (!chars || value.written.length === 0) return [token.start, token.end];
  const writtenStart = from < origins.length ? origins[from][0] : value.written.length;
  const writtenEnd = to > from ? origins[Math.min(to, origins.length) - 1][1] : writtenStart;
  const start = writtenStart < chars.length ? chars[writtenStart][0] : chars[chars.length - 1][1];
  const end = writtenEnd > writtenStart ? chars[writtenEnd - 1][1] : start;
  return [start, end];
}

function lineLocation(node: ServiceNode, line: VirtualLine, from: number, to: number): Token {
  const anchor = line.variable ?? line.derivedFrom;
  if (line.mounted) {
    const start = line.mounted.source.lineStarts[line.mounted.line];
    return { source: line.mounted.source, start: start + from, end: start + to };
  }
  if (!anchor) return node.service.nameToken;
  if (line.derivedFrom || !anchor.value) return line.derivedFrom ? anchor.value!.token : anchor.nameToken;
  const keyEnd = line.property.length;
  const name = anchor.nameToken;
  if (to <= keyEnd) return from === to ? { ...name, end: name.start } : name;
  const [valueStart, valueEnd] = valueSpan(anchor, Math.max(0, from - keyEnd - 1), to - keyEnd - 1);
  if (from > keyEnd) return { source: anchor.value.token.source, start: valueStart, end: valueEnd };
  // Key and value together (a whole entry): from the name to the end of the value, when both are in one file.
  return anchor.value.token.source === name.source
    ? { source: name.source, start: name.start, end: Math.max(name.end, valueEnd) }
    : name;
}

/** Maps a range of a service's virtual file to the source token it stands for. */
export function toSource(node: ServiceNode, range: Range): Token {
  const line = node.lines[range.start.line];
  // A zero-width report at the top is about a missing key: it belongs to the service as a whole.
  if (
    !line ||
    (range.start.line === 0 &&
      range.start.character === 0 &&
      range.end.line === 0 &&
      range.end.character === 0 &&
      !line.mounted)
  ) {
    return node.service.environment?.key ?? node.service.nameToken;
  }
  const end = range.end.line === range.start.line ? range.end.character : line.text.length;
  return lineLocation(
    node,
    line,
    Math.min(range.start.character, line.text.length),
    Math.min(Math.max(end, range.start.character), line.text.length),
  );
}

export function toSourceRange(node: ServiceNode, range: Range): { uri: string; range: Range } {
  const token = toSource(node, range);
  return { uri: token.source.uri, range: rangeAt(token.source, token.start, token.end) };
}

/** The virtual position behind a position in a source file (compose file, env_file or mounted file), if any. */
export function toVirtual(
  node: ServiceNode,
  uri: string,
  position: Position,
): { line: number; character: number; lineInfo: VirtualLine } | undefined {
  for (let index = 0; index < node.lines.length; index++) {
    const line = node.lines[index];
    if (line.mounted) {
      if (line.mounted.source.uri === uri && line.mounted.line === position.line)
        return { line: index, character: position.character, lineInfo: line };
      continue;
    }
    const variable = line.variable;
    if (!variable || variable.nameToken.source.uri !== uri) continue;
    const source = variable.nameToken.source;
    const offset = offsetAt(source, position);
    if (offset >= variable.nameToken.start && offset <= variable.nameToken.end) {
      const within = Math.round(
        ((offset - variable.nameToken.start) / Math.max(1, variable.nameToken.end - variable.nameToken.start)) *
          line.property.length,
      );
      return { line: index, character: Math.min(within, Math.max(0, line.property.length - 1)), lineInfo: line };
    }
    const value = variable.value;
    if (value && value.token.source.uri === uri && offset >= value.token.start && offset <= value.token.end) {
      let resolved = value.text.length;
      if (value.chars) {
        const written = value.chars.findIndex(([start, end]) => offset >= start && offset < end);
        const writtenIndex = written >= 0 ? written : offset <= value.chars[0]?.[0] ? 0 : value.written.length;
        const found = value.origins.findIndex(([start, end]) => writtenIndex >= start && writtenIndex < end);
        resolved = found >= 0 ? found : writtenIndex >= value.written.length ? value.text.length : 0;
      } else resolved = 0;
      return { line: index, character: line.property.length + 1 + resolved, lineInfo: line };
    }
  }
  return undefined;
}

export { positionAt };
