// Quick-fix edits written for a virtual server.properties, rewritten as edits of the YAML (or env_file, or mounted
// file) they stand for: a value keeps its quoting, a new variable takes the form and indentation of its neighbours,
// a removed property removes its whole YAML item. An edit that cannot be expressed there drops the whole fix.
import type { FileEdit, Range } from '../types';
import type { EnvVar } from './model';
import type { ServiceNode } from './project';
import { renderScalar } from './scalar';
import { valueSpan } from './source-map';
import { indentAt, lineBreakOf, positionAt, rangeAt, type SourceText, type Token } from './text';

const edit = (source: SourceText, start: number, end: number, newText: string): FileEdit => ({
  uri: source.uri,
  range: rangeAt(source, start, end),
  newText,
});

/** Maps every edit of a fix; undefined when one of them has no faithful YAML form. */
export function mapFixEdits(
  edits: FileEdit[],
  nodeOf: (uri: string) => ServiceNode | undefined,
): FileEdit[] | undefined {
  const result: FileEdit[] = [];
  for (const original of edits) {
    const node = nodeOf(original.uri);
    if (!node) {
      result.push(original);
      continue;
    }
    const mapped = mapEdit(node, original.range, original.newText);
    if (!mapped) return undefined;
    result.push(...mapped);
  }
  return result;
}

function mapEdit(node: ServiceNode, range: Range, newText: string): FileEdit[] | undefined {
  const { start, end } = range;
  const first = node.lines[start.line];
  // Whole lines removed (with, possibly, lines written in their place).
  if (start.character === 0 && ((end.character === 0 && end.line > start.line) || end.line >= node.lines.length)) {
    const removed: FileEdit[] = [];
    for (let line = start.line; line < Math.min(end.line, node.lines.length); line++) {
      const removal = removeLine(node, line);
      if (!removal) return undefined;
      removed.push(removal);
    }
    const inserted = newText.trim() === '' ? [] : insertLines(node, newText);
    return inserted ? [...removed, ...inserted] : undefined;
  }
  if (start.line !== end.line || !first) {
    // An insertion at the very end of the text.
    if (start.line === end.line && start.character === end.character && start.line >= node.lines.length - 1)
      return insertLines(node, newText);
    return undefined;
  }
  // Text added after a line (a new setting after an existing one).
  if (start.character === end.character && start.character === first.text.length && /^\r?\n/.test(newText)) {
    if (first.mounted) return [mountedEdit(first.mounted, start.character, end.character, newText)];
    return insertLines(node, newText);
  }
  if (first.mounted) return [mountedEdit(first.mounted, start.character, end.character, newText)];
  const variable = first.variable;
  if (!variable?.value) return undefined;
  const keyEnd = first.property.length;
  if (end.character <= keyEnd)
    return renameKey(
      node,
      variable,
      first.property.slice(0, start.character) + newText + first.property.slice(end.character),
    );
  if (start.character > keyEnd)
    return replaceInValue(variable, start.character - keyEnd - 1, end.character - keyEnd - 1, newText);
  return undefined;
}

function mountedEdit(
  mounted: { source: SourceText; line: number },
  from: number,
  to: number,
  newText: string,
): FileEdit {
  const lineStart = mounted.source.lineStarts[mounted.line];
  return edit(mounted.source, lineStart + from, lineStart + to, newText.replace(/\r?\n/g, lineBreakOf(mounted.source)));
}

function renameKey(node: ServiceNode, variable: EnvVar, property: string): FileEdit[] | undefined {
  const name = node.dialect.variableOf(property);
  if (!name) return undefined;
  const token = variable.nameToken;
  const written = token.source.text.slice(token.start, token.end);
  const quote = /^['"]/.test(written) ? written[0] : '';
  return [edit(token.source, token.start, token.end, quote + name + quote)];
}

function replaceInValue(variable: EnvVar, from: number, to: number, newText: string): FileEdit[] | undefined {
  const value = variable.value!;
  if (from < 0 || to > value.text.length) return undefined;
  // Characters produced by interpolation cannot be edited in place.
  for (let i = from; i < to; i++) if (value.origins[i][1] - value.origins[i][0] !== 1) return undefined;
  const writtenFrom = from < value.origins.length ? value.origins[from][0] : value.written.length;
  const writtenTo = to > from ? value.origins[to - 1][1] : writtenFrom;
  const written = value.written.slice(0, writtenFrom) + newText + value.written.slice(writtenTo);
  const source = value.token.source;
  const needsNoEscape =
    value.chars &&
    (value.style === 'PLAIN'
      ? renderScalar(written, 'PLAIN') === written
      : value.style === 'QUOTE_SINGLE'
        ? !newText.includes("'")
        : value.style === 'QUOTE_DOUBLE'
          ? !/["\\\r\n]/.test(newText)
          : value.style === 'ENV_FILE'
            ? !/[\s'"#]/.test(newText)
            : false);
  if (needsNoEscape && value.written.length > 0) {
    const [start, end] = valueSpan(variable, from, to);
    return [edit(source, start, end, newText)];
  }
  if (value.style === 'ENV_FILE')
    return [edit(source, value.token.start, value.token.end, /[\s'"#]/.test(written) ? `'${written}'` : written)];
  if (variable.form === 'list') {
    const item = variable.item;
    const style = value.style === 'QUOTE_DOUBLE' || value.style === 'QUOTE_SINGLE' ? value.style : 'PLAIN';
    return [edit(item.source, item.start, item.end, renderScalar(`${variable.name}=${written}`, style))];
  }
  return [
    edit(
      source,
      value.token.start,
      value.token.end,
      renderScalar(written, value.style === 'BLOCK' ? 'QUOTE_SINGLE' : value.style),
    ),
  ];
}

/** The whole source lines of an item, line break included; undefined when other YAML shares those lines. */
function itemLines(item: Token): [number, number] | undefined {
  const { source } = item;
  const startLine = positionAt(source, item.start).line;
  const endLine = positionAt(source, item.end).line;
  const lineStart = source.lineStarts[startLine];
  const nextLine = source.lineStarts[endLine + 1] ?? source.text.length;
  const before = source.text.slice(lineStart, item.start);
  const after = source.text.slice(item.end, nextLine);
  if (!/^\s*(-\s+)?$/.test(before) || !/^\s*(#.*)?\r?\n?$/.test(after)) return undefined;
  return [lineStart, nextLine];
}

function removeLine(node: ServiceNode, index: number): FileEdit | undefined {
  const line = node.lines[index];
  if (!line) return undefined;
  if (line.mounted) {
    const { source, line: at } = line.mounted;
    return edit(source, source.lineStarts[at], source.lineStarts[at + 1] ?? source.text.length, '');
  }
  if (!line.variable) return undefined;
  const span = itemLines(line.variable.item);
  return span ? edit(line.variable.item.source, span[0], span[1], '') : undefined;
}

/** Adds `key=value` lines as variables at the end of the service's own environment block. */
function insertLines(node: ServiceNode, text: string): FileEdit[] | undefined {
  const block = node.service.environment;
  if (!block || block.items.length === 0) {
    const last = node.lines[node.lines.length - 1];
    if (last?.mounted && node.lines.every((line) => line.mounted)) {
      const { source } = last.mounted;
      const eol = lineBreakOf(source);
      const needsBreak = source.text.length > 0 && !/[\r\n]$/.test(source.text);
      return [
        edit(
          source,
          source.text.length,
          source.text.length,
          (needsBreak ? eol : '') + text.replace(/^\r?\n/, '').replace(/\r?\n$/, '') + eol,
        ),
      ];
    }
    return undefined;
  }
  const source = block.source;
  const eol = lineBreakOf(source);
  const lastItem = block.items[block.items.length - 1];
  const span = itemLines(lastItem);
  if (!span) return undefined;
  const indent = indentAt(source, lastItem.start);
  let added = '';
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return undefined;
    const property = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    const name = node.dialect.variableOf(property);
    if (!name) return undefined;
    added +=
      block.form === 'map'
        ? `${indent}${name}: ${renderScalar(value, 'PLAIN')}`
        : `${indent}- ${renderScalar(`${name}=${value}`, 'PLAIN')}`;
    added += eol;
  }
  const insertAt = span[1];
  const needsBreak = insertAt === source.text.length && !/[\r\n]$/.test(source.text);
  return [edit(source, insertAt, insertAt, (needsBreak ? eol : '') + added)];
}
