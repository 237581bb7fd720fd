// Completion in compose files: in an environment block, every Kafka key in the image's spelling (`KAFKA_NODE_ID`,
// `KAFKA_CFG_NODE_ID`); in a variable's value, the values a server.properties would be offered, through the
// service's virtual file.
import { allKeys, isDefinedIn, normalizeVersion } from '../catalog';
import { completeList, shortDoc, type CompletionList, type CompletionResult } from '../features/completion';
import { t } from '../i18n';
import type { Position } from '../types';
import type { AnalyzedCompose } from './lint';
import type { ServiceNode } from './project';
import { toSourceRange, toVirtual } from './source-map';
import { offsetAt, positionAt, rangeAt } from './text';

const EMPTY: CompletionList = { items: [], isIncomplete: false };

export function composeCompletion(analyzed: AnalyzedCompose, uri: string, position: Position): CompletionList {
  for (const node of analyzed.project.nodes) {
    const found = toVirtual(node, uri, position);
    if (!found || found.character <= found.lineInfo.property.length) continue;
    const list = completeList(analyzed.workspace, node.uri, { line: found.line, character: found.character });
    const value = found.lineInfo.variable?.value;
    // Ranges are kept only where every written character is known (not through `${...}` or a block scalar).
    const exact =
      !!value?.chars && value.written.length > 0 && value.unresolved.length === 0 && value.written === value.text;
    return { isIncomplete: list.isIncomplete, items: list.items.map((item) => mapItem(item, node, exact)) };
  }
  return variableNames(analyzed, uri, position);
}

function mapItem(item: CompletionResult, node: ServiceNode, exact: boolean): CompletionResult {
  if (!item.range) return item;
  if (!exact) return { ...item, range: undefined };
  return { ...item, range: toSourceRange(node, item.range).range };
}

/** Variable names, on a line of a service's own environment block where a name is being typed. */
function variableNames(analyzed: AnalyzedCompose, uri: string, position: Position): CompletionList {
  for (const node of analyzed.project.nodes) {
    const block = node.service.environment;
    if (!block || block.source.uri !== uri || block.items.length === 0) continue;
    const source = block.source;
    const firstLine = positionAt(source, block.key.end).line + 1;
    const lastLine = positionAt(source, block.items[block.items.length - 1].end).line + 1;
    if (position.line < firstLine || position.line > lastLine) continue;
    const lineStart = source.lineStarts[position.line] ?? source.text.length;
    const before = source.text.slice(lineStart, offsetAt(source, position));
    const itemIndent = /^[ \t]*/.exec(
      source.text.slice(source.lineStarts[positionAt(source, block.items[0].start).line]),
    )![0];
    const match =
      block.form === 'map'
        ? /^([ \t]*)([A-Za-z0-9_]*)$/.exec(before)
        : /^([ \t]*)-[ \t]+["']?([A-Za-z0-9_]*)$/.exec(before);
    if (!match || match[1] !== itemIndent) return EMPTY;
    const typed = match[2];
    const range = rangeAt(source, offsetAt(source, position) - typed.length, offsetAt(source, position));
    const version = normalizeVersion(node.version);
    const taken = new Set(node.service.env.keys());
    const items: CompletionResult[] = [];
    for (const facts of allKeys()) {
      if (!isDefinedIn(facts, version) || facts.zookeeperOnly) continue;
      const variable = node.dialect.variableOf(facts.name);
      if (!variable || taken.has(variable)) continue;
      items.push({
        label: variable,
        kind: 'key',
        detail: facts.name,
        documentation: [t('compose.complete.mapping', { variable, property: facts.name }), shortDoc(facts.name)]
          .filter(Boolean)
          .join('\n\n'),
        insertText: block.form === 'map' ? `${variable}: ` : `${variable}=`,
        range,
        sortText: `${facts.importance === 'HIGH' ? 0 : facts.importance === 'MEDIUM' ? 1 : 2}${variable}`,
      });
    }
    return { items, isIncomplete: false };
  }
  return EMPTY;
}
