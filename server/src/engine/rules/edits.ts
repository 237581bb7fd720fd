// Text edits that quick-fixes are made of; each touches only the characters it must. Keys and values are given
// decoded and written escaped for the properties format, so that Kafka reads back exactly what the fix meant.
import { valueOffsetAt, type Entry } from '../parser/properties';
import { entryLineRange, escapeKey, escapeValue, offsetRange, spanRange, type Span } from '../parser/values';
import type { FileEdit } from '../types';
import type { NodeConfig } from '../workspace/node';

export function lineBreakOf(node: NodeConfig): string {
  return node.doc.text.includes('\r\n') ? '\r\n' : '\n';
}

export function replaceValue(node: NodeConfig, entry: Entry, newValue: string): FileEdit {
  const start = entry.value.length > 0 ? valueOffsetAt(entry, 0) : entry.valueStart;
  return { uri: node.uri, range: offsetRange(node.doc, start, entry.valueEnd), newText: escapeValue(newValue) };
}

export function replaceSpan(node: NodeConfig, entry: Entry, span: Span, newText: string): FileEdit {
  return { uri: node.uri, range: spanRange(node.doc, entry, span), newText: escapeValue(newText, span.start === 0) };
}

export function replaceKey(node: NodeConfig, entry: Entry, newKey: string): FileEdit {
  return { uri: node.uri, range: offsetRange(node.doc, entry.keyStart, entry.keyEnd), newText: escapeKey(newKey) };
}

export function removeEntry(node: NodeConfig, entry: Entry): FileEdit {
  return { uri: node.uri, range: entryLineRange(node.doc, entry), newText: '' };
}

/** Removes one element (and its comma) from a comma list value. */
export function removeListItem(node: NodeConfig, entry: Entry, items: Span[], index: number): FileEdit {
  const item = items[index];
  const span =
    index < items.length - 1
      ? { text: '', start: item.start, end: items[index + 1].start }
      : index > 0
        ? { text: '', start: items[index - 1].end, end: item.end }
        : item;
  return replaceSpan(node, entry, span, '');
}

/** Inserts `key=value` on a new line after `after` (or at the end of the file). */
export function insertSetting(node: NodeConfig, key: string, value: string, after?: Entry): FileEdit {
  const eol = lineBreakOf(node);
  const line = `${escapeKey(key)}=${escapeValue(value)}`;
  const text = node.doc.text;
  if (after) {
    const end = offsetRange(node.doc, after.end, after.end).end;
    return { uri: node.uri, range: { start: end, end }, newText: eol + line };
  }
  const end = offsetRange(node.doc, text.length, text.length).end;
  const needsBreak = text.length > 0 && !text.endsWith('\n') && !text.endsWith('\r');
  return { uri: node.uri, range: { start: end, end }, newText: (needsBreak ? eol : '') + line + eol };
}

/** Sets a key: replaces the value when the key exists, inserts it otherwise. */
export function setSetting(node: NodeConfig, key: string, value: string, after?: Entry): FileEdit {
  const existing = node.settings.get(key);
  return existing ? replaceValue(node, existing, value) : insertSetting(node, key, value, after);
}

/** Rewrites controller.quorum.voters on every given node that has it (static quorums live in every file). */
export function rewriteVoters(nodes: NodeConfig[], rewrite: (entries: string[]) => string[]): FileEdit[] {
  const edits: FileEdit[] = [];
  for (const node of nodes) {
    const entry = node.votersEntry;
    if (!entry) continue;
    const current = node.voters.map((voter) => voter.span.text);
    const next = rewrite(current);
    if (next.join(',') !== current.join(',')) edits.push(replaceValue(node, entry, next.join(',')));
  }
  return edits;
}
