// Rename that keeps a cluster consistent: a controller's node.id (with its voter entry on every node), and a listener
// name (everywhere the file uses it; for the controller listener, on every node of the cluster).
import { t } from '../i18n';
import type { Entry } from '../parser/properties';
import { keyRange, spanRange, splitList, type Span } from '../parser/values';
import type { FileEdit, Position, Range } from '../types';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { controllerNames, type NodeConfig } from '../workspace/node';
import { clampedOffset, entryAt, onKey, peersOf, valueIndexAt } from './ide-query';

type Target = { kind: 'node-id'; id: number; range: Range } | { kind: 'listener'; name: string; range: Range };

const LISTENER_NAME_LISTS = ['controller.listener.names', 'inter.broker.listener.name', 'early.start.listeners'];

function targetAt(node: NodeConfig, position: Position): Target | undefined {
  const offset = clampedOffset(node, position);
  const entry = entryAt(node, offset);
  if (!entry) return undefined;
  if (onKey(entry, offset)) {
    const prefixed = /^listener\.name\.([^.]+)\./.exec(entry.key);
    if (!prefixed) return undefined;
    const range = keyRange(node.doc, entry);
    const start = { line: range.start.line, character: range.start.character + 'listener.name.'.length };
    return {
      kind: 'listener',
      name: prefixed[1].toUpperCase(),
      range: { start, end: { line: start.line, character: start.character + prefixed[1].length } },
    };
  }
  const index = valueIndexAt(entry, offset);
  const within = (span: Span) => index >= span.start && index <= span.end;
  const spanAt = (span: Span) => spanRange(node.doc, entry, span);
  if ((entry.key === 'node.id' || entry.key === 'broker.id') && node.nodeId !== undefined) {
    return {
      kind: 'node-id',
      id: node.nodeId,
      range: spanAt(splitList(entry.value)[0] ?? { text: '', start: 0, end: 0 }),
    };
  }
  if (entry.key === 'controller.quorum.voters') {
    const voter = node.voters.find((item) => within(item.parsed.idSpan));
    return voter && !voter.parsed.problem
      ? { kind: 'node-id', id: voter.parsed.id, range: spanAt(voter.parsed.idSpan) }
      : undefined;
  }
  const listenerItems =
    entry.key === 'listeners' ? node.listeners : entry.key === 'advertised.listeners' ? node.advertised : undefined;
  if (listenerItems) {
    const item = listenerItems.find((listener) => listener.parsed && within(listener.parsed.nameSpan));
    return item?.parsed ? { kind: 'listener', name: item.parsed.name, range: spanAt(item.parsed.nameSpan) } : undefined;
  }
  if (entry.key === 'listener.security.protocol.map') {
    const item = node.protocolMapEntries.find((mapping) => mapping.parsed && within(mapping.parsed.nameSpan));
    return item?.parsed ? { kind: 'listener', name: item.parsed.name, range: spanAt(item.parsed.nameSpan) } : undefined;
  }
  if (LISTENER_NAME_LISTS.includes(entry.key)) {
    const item = splitList(entry.value).find((span) => span.text && within(span));
    return item ? { kind: 'listener', name: item.text.toUpperCase(), range: spanAt(item) } : undefined;
  }
  return undefined;
}

export function prepareRename(
  workspace: AnalyzedWorkspace,
  uri: string,
  position: Position,
): { range: Range; placeholder: string } | undefined {
  const node = workspace.nodes.get(uri);
  const target = node && targetAt(node, position);
  return target && { range: target.range, placeholder: target.kind === 'node-id' ? String(target.id) : target.name };
}

function renameNodeId(cluster: NodeConfig[], from: number, to: number): FileEdit[] {
  const edits: FileEdit[] = [];
  for (const node of cluster) {
    if (node.nodeId === from) {
      for (const key of ['node.id', 'broker.id']) {
        const entry = node.settings.get(key);
        if (entry)
          edits.push({
            uri: node.uri,
            range: spanRange(node.doc, entry, splitList(entry.value)[0]),
            newText: String(to),
          });
      }
    }
    if (node.votersEntry) {
      for (const voter of node.voters) {
        if (voter.parsed.id === from && !voter.parsed.problem)
          edits.push({
            uri: node.uri,
            range: spanRange(node.doc, node.votersEntry, voter.parsed.idSpan),
            newText: String(to),
          });
      }
    }
  }
  return edits;
}

/** Every place a file names listener `name` (compared upper-cased, as Kafka does). */
function listenerEdits(node: NodeConfig, name: string, to: string): FileEdit[] {
  const edits: FileEdit[] = [];
  const at = (entry: Entry, span: Span, text: string) =>
    edits.push({ uri: node.uri, range: spanRange(node.doc, entry, span), newText: text });
  for (const [key, items] of [
    ['listeners', node.listeners],
    ['advertised.listeners', node.advertised],
  ] as const) {
    const entry = node.settings.get(key);
    if (!entry) continue;
    for (const item of items) if (item.parsed?.name === name) at(entry, item.parsed.nameSpan, to);
  }
  const map = node.settings.get('listener.security.protocol.map');
  if (map)
    for (const item of node.protocolMapEntries) if (item.parsed?.name === name) at(map, item.parsed.nameSpan, to);
  for (const key of LISTENER_NAME_LISTS) {
    const entry = node.settings.get(key);
    if (!entry) continue;
    for (const span of splitList(entry.value)) if (span.text.toUpperCase() === name) at(entry, span, to);
  }
  for (const entry of node.doc.entries) {
    const prefixed = /^listener\.name\.([^.]+)\./.exec(entry.key);
    if (!prefixed || prefixed[1].toUpperCase() !== name) continue;
    const range = keyRange(node.doc, entry);
    const start = { line: range.start.line, character: range.start.character + 'listener.name.'.length };
    edits.push({
      uri: node.uri,
      range: { start, end: { line: start.line, character: start.character + prefixed[1].length } },
      newText: to.toLowerCase(),
    });
  }
  return edits;
}

export type RenameResult = { edits: FileEdit[] } | { error: string };

export function rename(
  workspace: AnalyzedWorkspace,
  uri: string,
  position: Position,
  newName: string,
): RenameResult | undefined {
  const node = workspace.nodes.get(uri);
  const target = node && targetAt(node, position);
  if (!node || !target) return undefined;
  const cluster = [node, ...peersOf(workspace, node)];
  if (target.kind === 'node-id') {
    const to = newName.trim();
    if (!/^\d+$/.test(to)) return { error: t('rename.badNodeId', { value: to }) };
    if (
      cluster.some((other) => other.nodeId === Number(to)) ||
      cluster.some((other) => other.voters.some((voter) => voter.parsed.id === Number(to)))
    ) {
      return { error: t('rename.usedNodeId', { value: to }) };
    }
    return { edits: renameNodeId(cluster, target.id, Number(to)) };
  }
  const to = newName.trim().toUpperCase();
  if (!/^[A-Z0-9_-]+$/.test(to)) return { error: t('rename.badListener', { value: newName }) };
  if (
    node.listeners.some((item) => item.parsed?.name === to) ||
    (node.protocolMap.has(to) && to !== target.name && node.protocolMapExplicit)
  ) {
    return { error: t('rename.usedListener', { value: to }) };
  }
  return {
    edits: listenerScope(node, cluster, target.name).flatMap((member) => listenerEdits(member, target.name, to)),
  };
}

/** The controller listener is named on every node (brokers map it, controllers bind it); other listeners are per file. */
function listenerScope(node: NodeConfig, cluster: NodeConfig[], name: string): NodeConfig[] {
  return controllerNames(node)
    .map((candidate) => candidate.toUpperCase())
    .includes(name)
    ? cluster
    : [node];
}

/**
 * Every place naming the node id or listener under the cursor — exactly what rename would change — for find
 * references and document highlights. `declaration` is where the id or listener is defined (node.id, `listeners`).
 */
export function occurrences(
  workspace: AnalyzedWorkspace,
  uri: string,
  position: Position,
): { uri: string; range: Range; declaration: boolean }[] | undefined {
  const node = workspace.nodes.get(uri);
  const target = node && targetAt(node, position);
  if (!node || !target) return undefined;
  const cluster = [node, ...peersOf(workspace, node)];
  // A declaration is written on the line of its key (node.id, broker.id, listeners); uses are everywhere else.
  const lineOfKey = (member: NodeConfig, keys: string[]) =>
    new Set(
      keys
        .map((key) => member.settings.get(key))
        .filter((entry): entry is Entry => !!entry)
        .map((entry) => keyRange(member.doc, entry).start.line),
    );
  const byUri = new Map(cluster.map((member) => [member.uri, member]));
  const mark = (edits: FileEdit[], keys: string[]) =>
    edits.map((edit) => ({
      uri: edit.uri,
      range: edit.range,
      declaration: lineOfKey(byUri.get(edit.uri)!, keys).has(edit.range.start.line),
    }));
  if (target.kind === 'node-id') return mark(renameNodeId(cluster, target.id, target.id), ['node.id', 'broker.id']);
  return mark(
    listenerScope(node, cluster, target.name).flatMap((member) => listenerEdits(member, target.name, target.name)),
    ['listeners'],
  );
}
