// Edits of one environment variable in its own file, for compose rules.
import type { FileEdit } from '../types';
import type { EnvVar } from './model';
import { positionAt, rangeAt } from './text';

/** Removes the variable's whole YAML item or env_file line; undefined when other content shares its lines. */
export function removeVariable(variable: EnvVar): FileEdit | undefined {
  const { source, start, end } = variable.item;
  const startLine = positionAt(source, start).line;
  const endLine = positionAt(source, end).line;
  const lineStart = source.lineStarts[startLine];
  const nextLine = source.lineStarts[endLine + 1] ?? source.text.length;
  if (
    !/^\s*(-\s+)?$/.test(source.text.slice(lineStart, start)) ||
    !/^\s*(#.*)?\r?\n?$/.test(source.text.slice(end, nextLine))
  )
    return undefined;
  return { uri: source.uri, range: rangeAt(source, lineStart, nextLine), newText: '' };
}
