// Editing features on compose files: hover on a variable documents its property (the same text as in a
// server.properties) and says which property the image makes of it; go to definition follows a voter to the
// controller service. Both answer through the service's virtual file and map back onto the YAML.
import { hover, type HoverResult } from '../features/hover';
import { definition, type DefinitionTarget } from '../features/definition';
import type { Position, Range } from '../types';
import { prepareRename, rename, type RenameResult } from '../features/rename';
import { mapFixEdits } from './edits';
import type { AnalyzedCompose } from './lint';
import { toSourceRange, toVirtual } from './source-map';
import { t } from '../i18n';

function locate(analyzed: AnalyzedCompose, uri: string, position: Position) {
  for (const node of analyzed.project.nodes) {
    const found = toVirtual(node, uri, position);
    if (found) return { node, ...found };
  }
  return undefined;
}

export function composeHover(analyzed: AnalyzedCompose, uri: string, position: Position): HoverResult | undefined {
  const found = locate(analyzed, uri, position);
  if (!found) return undefined;
  const { node, line, character, lineInfo } = found;
  const result = hover(analyzed.workspace, node.uri, { line, character });
  const variable = lineInfo.variable;
  const mapping = variable
    ? t('compose.hover.mapping', {
        variable: variable.name,
        property: lineInfo.property,
        image: node.service.image?.text ?? node.dialect.repositories[0],
        service: node.service.name,
      })
    : undefined;
  if (!result && !mapping) return undefined;
  const range = result
    ? toSourceRange(node, result.range).range
    : toSourceRange(node, { start: { line, character: 0 }, end: { line, character: lineInfo.property.length } }).range;
  return { markdown: [mapping, result?.markdown].filter(Boolean).join('\n\n---\n\n'), range };
}

export function composeDefinition(
  analyzed: AnalyzedCompose,
  uri: string,
  position: Position,
): DefinitionTarget | undefined {
  const found = locate(analyzed, uri, position);
  if (!found) return undefined;
  const target = definition(analyzed.workspace, found.node.uri, { line: found.line, character: found.character });
  if (!target) return undefined;
  const other = analyzed.nodeByUri.get(target.uri);
  if (!other) return target;
  // The controller's own node.id variable, else its service name.
  const idLine = other.lines.findIndex((line) => line.property === 'node.id' && line.variable);
  if (idLine >= 0)
    return toSourceRange(other, { start: { line: idLine, character: 0 }, end: { line: idLine, character: 7 } });
  return {
    uri: other.service.source.uri,
    range: toSourceRange(other, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }).range,
  };
}

/** Rename on a compose file (a controller's node id with its voter entries in every service), through the virtual files. */
export function composePrepareRename(
  analyzed: AnalyzedCompose,
  uri: string,
  position: Position,
): { range: Range; placeholder: string } | undefined {
  const found = locate(analyzed, uri, position);
  if (!found) return undefined;
  const prepared = prepareRename(analyzed.workspace, found.node.uri, { line: found.line, character: found.character });
  if (!prepared) return undefined;
  const target = toSourceRange(found.node, prepared.range);
  return target.uri === uri ? { range: target.range, placeholder: prepared.placeholder } : undefined;
}

export function composeRename(
  analyzed: AnalyzedCompose,
  uri: string,
  position: Position,
  newName: string,
): RenameResult | undefined {
  const found = locate(analyzed, uri, position);
  if (!found) return undefined;
  const result = rename(analyzed.workspace, found.node.uri, { line: found.line, character: found.character }, newName);
  if (!result || 'error' in result) return result;
  const edits = mapFixEdits(result.edits, (virtual) => analyzed.nodeByUri.get(virtual));
  return edits ? { edits } : { error: t('compose.rename.unmappable') };
}
