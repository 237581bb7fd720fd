// What editor features ask about a position in an analysed workspace: the entry and list item under the cursor, the
// facts of the key written there, the node's peers, and how to name a file or a node to the user. Hover, completion,
// definition and rename all answer through these.
import { lookupKey, type KeyFacts, type KeyLookup } from '../catalog';
import { t } from '../i18n';
import { valueOffsetAt, type Entry } from '../parser/properties';
import type { Position } from '../types';
import { hostOf, normalizeHost } from '../workspace/cluster';
import { clusterPeers } from '../model/describe';
import type { AnalyzedWorkspace } from '../workspace/lint';
import type { NodeConfig } from '../workspace/node';

/** Offset of a position, clamped to the end of its line (never spilling into the next line). */
export function clampedOffset(node: NodeConfig, position: Position): number {
  const { doc } = node;
  const line = Math.max(0, Math.min(position.line, doc.lineStarts.length - 1));
  const lineStart = doc.lineStarts[line];
  let lineEnd = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
  while (lineEnd > lineStart && (doc.text[lineEnd - 1] === '\n' || doc.text[lineEnd - 1] === '\r')) lineEnd--;
  return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}

export function entryAt(node: NodeConfig, offset: number): Entry | undefined {
  return node.doc.entries.find((entry) => offset >= entry.start && offset <= entry.end);
}

/** Index into the decoded value of the character at (or just before) a source offset: 0..value.length. */
export function valueIndexAt(entry: Entry, offset: number): number {
  let index = 0;
  for (let i = 0; i <= entry.value.length; i++) {
    if (valueOffsetAt(entry, i) <= offset) index = i;
    else break;
  }
  return index;
}

/** True when the offset is on the key part of the entry (up to the separator). */
export function onKey(entry: Entry, offset: number): boolean {
  if (offset < entry.keyStart) return false;
  if (offset <= entry.keyEnd) return true;
  return false;
}

/** The facts of a key, or of the key a `listener.name.<l>.` prefix overrides. */
export function effectiveFacts(
  name: string,
  workspace: AnalyzedWorkspace,
): { lookup: KeyLookup; facts?: KeyFacts; name: string } {
  const lookup = lookupKey(name, workspace.version);
  return { lookup, facts: lookup.facts, name: lookup.facts?.name ?? name };
}

/** Short file name for the user: the path below the directory all workspace files share, as a link. */
export function displayPath(workspace: AnalyzedWorkspace, uri: string): string {
  const all = [...workspace.nodes.keys()].map((key) => key.replace(/\\/g, '/').split('/'));
  const parts = uri.replace(/\\/g, '/').split('/');
  let common = 0;
  if (all.length > 1) {
    while (all.every((other) => common < other.length - 1 && other[common] === all[0][common])) common++;
  } else {
    common = Math.max(0, parts.length - 3);
  }
  const shown = parts.slice(Math.min(common, parts.length - 1)).join('/');
  const link = /^[a-zA-Z][\w+.-]*:/.test(uri) && !/^[a-zA-Z]:[\\/]/.test(uri) ? uri : fileLink(uri);
  return link ? `[${shown}](${link})` : `\`${shown}\``;
}

/** A file: URI for an absolute path (POSIX or Windows), so hovers link the files they name; relative paths get none. */
export function fileLink(path: string): string | undefined {
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') ? slashed : /^[a-zA-Z]:\//.test(slashed) ? `/${slashed}` : undefined;
  if (!absolute) return undefined;
  return `file://${absolute
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%3A/g, ':'))
    .join('/')}`;
}

export function roleLabel(node: NodeConfig): string {
  if (node.isBroker && node.isController) return t('feat.role.combined');
  if (node.isController) return t('feat.role.controller');
  if (node.isBroker) return t('feat.role.broker');
  return t('feat.role.none');
}

/** The other nodes this node works with, from the cluster model (see model/describe.ts). */
export function peersOf(workspace: AnalyzedWorkspace, node: NodeConfig): NodeConfig[] {
  return clusterPeers(workspace.clusters, workspace.clusterOf, node);
}

export interface IdSuggestion {
  id: number;
  reason: 'voterSlot' | 'gap' | 'next' | 'first';
  endpoint?: string;
}

/** Free node ids: voter ids still without a controller file (for a controller), the first gap, max + 1. */
export function nodeIdSuggestions(workspace: AnalyzedWorkspace, node: NodeConfig, includeSelf = false): IdSuggestion[] {
  const peers = peersOf(workspace, node);
  const members = includeSelf ? [...peers, node] : peers;
  const used = new Set<number>();
  for (const peer of members) if (peer.nodeId !== undefined) used.add(peer.nodeId);
  const voterIds = new Map<number, string>();
  for (const member of [...peers, node]) {
    for (const voter of member.voters) {
      const endpoint = voter.parsed.endpoint;
      if (Number.isFinite(voter.parsed.id) && !voterIds.has(voter.parsed.id)) {
        voterIds.set(voter.parsed.id, endpoint ? `${endpoint.host}:${endpoint.port}` : '');
      }
    }
  }
  const result: IdSuggestion[] = [];
  if (node.isController && !includeSelf) {
    const myHost = hostOf(node);
    const slots = [...voterIds.entries()].filter(([id]) => !used.has(id));
    slots.sort(([a, ea], [b, eb]) => {
      const ma = myHost && normalizeHost(ea.replace(/:\d+$/, '')) === myHost ? 0 : 1;
      const mb = myHost && normalizeHost(eb.replace(/:\d+$/, '')) === myHost ? 0 : 1;
      return ma - mb || a - b;
    });
    for (const [id, endpoint] of slots) result.push({ id, reason: 'voterSlot', endpoint });
  }
  const reserved = new Set<number>([...used, ...voterIds.keys()]);
  if (reserved.size === 0) {
    result.push({ id: 1, reason: 'first' });
    return result;
  }
  const ids = [...reserved].sort((a, b) => a - b);
  const max = ids[ids.length - 1];
  for (let id = Math.max(0, ids[0]) + 1; id < max; id++) {
    if (!reserved.has(id)) {
      result.push({ id, reason: 'gap' });
      break;
    }
  }
  result.push({ id: max + 1, reason: 'next' });
  return result;
}
