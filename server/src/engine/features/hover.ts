// Hover: what a key means, what the value written here does, and how one element of a list value
// (a listener, a voter, a protocol mapping) relates to the rest of this file and to the other nodes.
import { isSecretKey, keyDoc, lookupKey, suggestKey, type KeyFacts, type KeyLookup } from '../catalog';
import { formatFlagsMarkdown } from './format-flags';
import { getLocale, t } from '../i18n';
import { valueOffsetAt, type Entry } from '../parser/properties';
import {
  keyRange,
  offsetToPosition,
  parseListener,
  parseMapEntry,
  parseVoter,
  parseHostPort,
  spanRange,
  splitList,
  trimSpan,
  valueRange,
  type ParsedListener,
  type Span,
} from '../parser/values';
import type { Position, Range } from '../types';
import { hostOf, normalizeHost } from '../workspace/cluster';
import { clusterPeers, clusterSummary } from '../model/describe';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { controllerNames, ownControllerListener, type NodeConfig } from '../workspace/node';

export interface HoverResult {
  markdown: string;
  range: Range;
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers (completion uses them too).

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

function bullet(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

function protocolMeaning(protocol: string): string {
  const upper = protocol.toUpperCase();
  return ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(upper)
    ? t(`feat.protocol.${upper}`)
    : t('feat.protocol.unknown');
}

// ---------------------------------------------------------------------------------------------------------
// Keys.

function renderDefault(facts: KeyFacts): string {
  if (facts.required) return t('feat.hover.required');
  if (facts.default === null || facts.default === undefined) return t('feat.hover.defaultNone');
  if (facts.default === '') return t('feat.hover.defaultEmpty');
  return t('feat.hover.default', { value: facts.default });
}

export function describeValidator(facts: KeyFacts): string | undefined {
  const validator = facts.validator;
  if (!validator) return undefined;
  if (validator.kind === 'range') {
    const base =
      validator.max === undefined
        ? t('feat.hover.rangeMin', { min: validator.min })
        : t('feat.hover.rangeBetween', { min: validator.min, max: validator.max });
    return validator.also !== undefined ? base + t('feat.hover.rangeAlso', { also: validator.also }) : base;
  }
  if (validator.kind === 'oneOf')
    return t('feat.hover.oneOf', { values: validator.values.map((v) => `\`${v}\``).join(', ') });
  return t('feat.hover.nonEmpty');
}

function keyMarkdown(workspace: AnalyzedWorkspace, node: NodeConfig, entry: Entry): string {
  const { lookup, facts } = effectiveFacts(entry.key, workspace);
  const parts: string[] = [`**\`${entry.key}\`**`];
  if (lookup.status === 'prefixed' && lookup.listenerName) {
    if (facts) parts.push(t('feat.hover.listenerOverride', { key: facts.name, listener: lookup.listenerName }));
  }
  if (!facts) {
    if (lookup.listenerName) {
      const inner = entry.key.replace(/^listener\.name\.[^.]+\./, '');
      if (lookup.status === 'prefixed')
        parts.push(t('feat.hover.listenerOverride', { key: inner, listener: lookup.listenerName }));
      else parts.push(t('feat.hover.listenerUnknown', { key: inner, listener: lookup.listenerName }));
    } else if (lookup.status === 'prefixed') {
      parts.push(t('feat.hover.configProvider'));
    } else {
      parts.push(t('feat.hover.unknown', { key: entry.key }));
      const suggestion = suggestKey(entry.key, workspace.version);
      if (suggestion) parts.push(t('feat.hover.didYouMean', { suggestion }));
    }
    if (isSecretKey(entry.key)) parts.push(t('feat.hover.secret'));
    return parts.join('\n\n') + shadowNote(node, entry);
  }

  const status: string[] = [];
  if (lookup.status === 'removed' || facts.zookeeperOnly) {
    if (lookup.status === 'removed')
      status.push(t('feat.hover.removed', { version: workspace.version, until: facts.until ?? '' }));
    if (facts.zookeeperOnly) status.push(t('feat.hover.zookeeperOnly'));
  } else if (lookup.status === 'newer') {
    status.push(t('feat.hover.newer', { version: workspace.version, from: facts.from ?? '' }));
  } else if (lookup.status === 'dynamicOnly') {
    status.push(t('feat.hover.dynamicOnly'));
  }
  if (facts.replacement && (status.length > 0 || facts.until))
    status.push(t('feat.hover.replacement', { replacement: facts.replacement }));
  if (facts.internal) status.push(t('feat.hover.internal'));
  parts.push(...status);

  const doc = keyDoc(facts.name);
  if (doc) parts.push(getLocale() === 'zh-cn' ? doc.zh : doc.en);

  const lines: string[] = [t('feat.hover.type', { type: facts.type }), renderDefault(facts)];
  const accepted = describeValidator(facts);
  if (accepted) lines.push(accepted);
  if (doc) lines.push(t(`feat.hover.roles.${doc.roles}`));
  lines.push(t('feat.hover.importance', { level: t(`feat.importance.${facts.importance}`) }));
  lines.push(t(facts.dynamicUpdate ? `feat.hover.dynamic.${facts.dynamicUpdate}` : 'feat.hover.dynamic.restart'));
  const from = facts.from && facts.from !== '3.5' ? facts.from : undefined;
  if (from && facts.until) lines.push(t('feat.hover.range', { from, until: facts.until }));
  else if (from) lines.push(t('feat.hover.since', { from }));
  else if (facts.until) lines.push(t('feat.hover.until', { until: facts.until }));
  parts.push(bullet(lines));
  if (isSecretKey(entry.key)) parts.push(t('feat.hover.secret'));
  return parts.join('\n\n') + shadowNote(node, entry);
}

function shadowNote(node: NodeConfig, entry: Entry): string {
  const last = node.settings.get(entry.key);
  if (!last || last === entry) {
    return '';
  }
  return '\n\n' + t('feat.hover.shadowedHere', { line: offsetToPosition(node.doc, last.keyStart).line + 1 });
}

// ---------------------------------------------------------------------------------------------------------
// Values.

const LIST_KEYS = new Set([
  'listeners',
  'advertised.listeners',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'listener.security.protocol.map',
  'controller.listener.names',
]);

interface ValueHover {
  markdown: string;
  span?: Span;
}

function listenerMarkdown(node: NodeConfig, parsed: ParsedListener, advertised: boolean): string {
  const lines: string[] = [];
  const mapped = node.protocolMap.get(parsed.name);
  if (mapped) {
    const explicit = node.protocolMapEntries.some((item) => item.parsed?.name === parsed.name);
    lines.push(
      t(explicit || !node.protocolMapExplicit ? 'feat.listener.protocol' : 'feat.listener.protocolImplicit', {
        protocol: mapped,
        meaning: protocolMeaning(mapped),
      }),
    );
  } else {
    lines.push(t('feat.listener.noProtocol', { name: parsed.name }));
  }
  const isController = controllerNames(node).includes(parsed.name);
  if (isController) lines.push(t('feat.listener.controller'));
  else if (node.isBroker && parsed.name === node.interBrokerListenerName) lines.push(t('feat.listener.interBroker'));
  else if (node.isBroker) lines.push(t('feat.listener.client'));
  if (advertised) {
    lines.push(t('feat.listener.advertise', { host: parsed.host, port: parsed.port }));
    if (!node.listenersDefaulted && !node.listeners.some((item) => item.parsed?.name === parsed.name)) {
      lines.push(t('feat.listener.notInListeners', { name: parsed.name }));
    }
  } else if (parsed.host === '') {
    lines.push(t('feat.listener.bindDefault', { port: parsed.port }));
  } else if (parsed.host === '0.0.0.0' || parsed.host === '::') {
    lines.push(t('feat.listener.bindAll', { port: parsed.port }));
  } else {
    lines.push(t('feat.listener.bind', { host: parsed.host, port: parsed.port }));
  }
  return `**${t('feat.listener.title', { name: parsed.name })}**\n\n${bullet(lines)}`;
}

function voterMarkdown(workspace: AnalyzedWorkspace, node: NodeConfig, item: Span): string {
  const voter = parseVoter(item);
  if (voter.problem === 'form' || voter.problem === 'id' || voter.problem === 'host' || !voter.endpoint) {
    return t('feat.voter.invalid');
  }
  const { host, port } = voter.endpoint;
  const lines: string[] = [];
  const candidates = [node, ...peersOf(workspace, node)];
  // Only the cluster model's members: a controller file of another setup is not this voter's controller.
  const target =
    candidates.find((other) => other.nodeId === voter.id && other.isController) ??
    candidates.find((other) => other.nodeId === voter.id);
  if (!target) {
    lines.push(t('feat.voter.noFile', { id: voter.id }));
  } else {
    lines.push(
      target === node
        ? `${t('feat.voter.file', { id: voter.id, path: displayPath(workspace, target.uri), role: roleLabel(target) })} ${t('feat.voter.self')}`
        : t('feat.voter.file', { id: voter.id, path: displayPath(workspace, target.uri), role: roleLabel(target) }),
    );
    if (!target.isController) {
      lines.push(t('feat.voter.notController', { roles: [...target.roles].join(',') || '-' }));
    } else {
      const listener = ownControllerListener(target);
      if (!listener) {
        lines.push(t('feat.voter.noListener'));
      } else {
        const advertised = target.advertised.find((a) => a.parsed?.name === listener.name)?.parsed;
        const endpoints = [listener, ...(advertised ? [advertised] : [])];
        const matches = endpoints.some(
          (endpoint) =>
            endpoint.port === port &&
            (endpoint.host === '' || endpoint.host === '0.0.0.0' || endpoint.host === '::'
              ? !hostOf(target!) || hostOf(target!) === normalizeHost(host)
              : normalizeHost(endpoint.host) === normalizeHost(host)),
        );
        const shown = advertised ?? listener;
        const actual = `${shown.host || hostOf(target) || ''}:${shown.port}`;
        lines.push(
          matches
            ? t('feat.voter.match', { listener: listener.name })
            : t('feat.voter.mismatch', { listener: listener.name, actual }),
        );
      }
    }
  }
  return `**${t('feat.voter.title', { id: voter.id, host, port })}**\n\n${bullet(lines)}`;
}

function bootstrapMarkdown(workspace: AnalyzedWorkspace, node: NodeConfig, item: Span): string {
  const parsed = parseHostPort(item);
  if (!parsed) return t('feat.bootstrap.invalid');
  const lines: string[] = [];
  const controllers = [node, ...peersOf(workspace, node)].filter((other) => other.isController);
  const target = controllers.find((other) => {
    const listener = ownControllerListener(other);
    if (!listener || listener.port !== parsed.port) return false;
    const advertised = other.advertised.find((a) => a.parsed?.name === listener.name)?.parsed;
    const host = advertised?.host || listener.host;
    return host === '' || host === '0.0.0.0'
      ? hostOf(other) === normalizeHost(parsed.host)
      : normalizeHost(host) === normalizeHost(parsed.host);
  });
  if (target)
    lines.push(t('feat.bootstrap.match', { path: displayPath(workspace, target.uri), id: target.nodeId ?? '?' }));
  else lines.push(t('feat.bootstrap.none'));
  return `**${t('feat.bootstrap.title', { host: parsed.host, port: parsed.port })}**\n\n${bullet(lines)}`;
}

function mapEntryMarkdown(node: NodeConfig, item: Span): string {
  const parsed = parseMapEntry(item);
  if (!parsed) return t('feat.map.invalid');
  const lines: string[] = [];
  const bound = node.listeners.some((listener) => listener.parsed?.name === parsed.name);
  const isController = controllerNames(node)
    .map((n) => n.toUpperCase())
    .includes(parsed.name);
  if (bound) lines.push(t('feat.map.used'));
  if (isController) lines.push(t('feat.map.controllerName', { name: parsed.name }));
  if (!bound && !isController && !node.advertised.some((a) => a.parsed?.name === parsed.name))
    lines.push(t('feat.map.unused', { name: parsed.name }));
  return `**${t('feat.map.title', { name: parsed.name, protocol: parsed.protocol, meaning: protocolMeaning(parsed.protocol) })}**${lines.length ? `\n\n${bullet(lines)}` : ''}`;
}

function listenerNameMarkdown(node: NodeConfig, name: string, title: string): string {
  const lines: string[] = [];
  const listener = node.listeners.find((item) => item.parsed?.name === name.toUpperCase())?.parsed;
  const protocol = node.protocolMap.get(name) ?? node.protocolMap.get(name.toUpperCase());
  if (protocol) lines.push(t('feat.listener.protocol', { protocol, meaning: protocolMeaning(protocol) }));
  else lines.push(t('feat.listener.noProtocol', { name }));
  if (listener) {
    lines.push(t('feat.names.bound'));
    lines.push(
      listener.host === ''
        ? t('feat.listener.bindDefault', { port: listener.port })
        : listener.host === '0.0.0.0'
          ? t('feat.listener.bindAll', { port: listener.port })
          : t('feat.listener.bind', { host: listener.host, port: listener.port }),
    );
  } else if (!node.listenersDefaulted || name !== 'PLAINTEXT') {
    lines.push(t('feat.names.notBound'));
  }
  return `**${title}**\n\n${bullet(lines)}`;
}

function nodeIdMarkdown(workspace: AnalyzedWorkspace, node: NodeConfig): string {
  const parts: string[] = [];
  const cluster = workspace.clusterOf.get(node.uri);
  if (cluster) parts.push(clusterSummary(cluster));
  const members = [node, ...peersOf(workspace, node)].filter((member) => member.nodeId !== undefined);
  members.sort((a, b) => a.nodeId! - b.nodeId! || (a === node ? -1 : 1));
  if (members.length > 1) {
    const rows = members.map((member) =>
      t('feat.value.nodeId.row', {
        id: member.nodeId!,
        role: roleLabel(member),
        path: member === node ? t('feat.value.nodeId.this') : displayPath(workspace, member.uri),
      }),
    );
    parts.push(`${t('feat.value.nodeId.title')}\n\n${bullet(rows)}`);
  }
  if (node.nodeId !== undefined) {
    for (const clash of members.filter((member) => member !== node && member.nodeId === node.nodeId)) {
      parts.push(t('feat.value.nodeId.duplicate', { id: node.nodeId, path: displayPath(workspace, clash.uri) }));
    }
    const isVoter = node.voters.some((voter) => voter.parsed.id === node.nodeId);
    if (node.votersEntry) {
      if (node.isController) parts.push(t(isVoter ? 'feat.value.nodeId.voter' : 'feat.value.nodeId.notVoter'));
      else if (isVoter) parts.push(t('feat.value.nodeId.brokerIsVoter'));
    }
  }
  const next = nodeIdSuggestions(workspace, node, true).find((s) => s.reason !== 'voterSlot');
  if (next) parts.push(t('feat.value.nodeId.next', { id: next.id }));
  const format = formatFlagsMarkdown(node, peersOf(workspace, node));
  if (format) parts.push(format);
  return parts.join('\n\n');
}

const UNITS_MS: Array<[number, string]> = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
];

/** 604800000 ms -> "7 d"; 1073741824 bytes -> "1 GiB". */
export function humanize(key: string, raw: string): string | undefined {
  if (!/^-?\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || Math.abs(value) < 1000 || value === 2147483647) return undefined; // Long.MAX_VALUE is not a safe integer
  const format = (n: number, unit: string) => `${Number.isInteger(n) ? n : n.toFixed(2).replace(/\.?0+$/, '')} ${unit}`;
  if (/\.ms$/.test(key)) {
    for (const [size, unit] of UNITS_MS) if (Math.abs(value) >= size) return format(value / size, unit);
  }
  if (/\.bytes$|bytes\.|buffer|\.size$/.test(key) && !/\.ms$/.test(key)) {
    const units: Array<[number, string]> = [
      [1024 ** 4, 'TiB'],
      [1024 ** 3, 'GiB'],
      [1024 ** 2, 'MiB'],
      [1024, 'KiB'],
    ];
    for (const [size, unit] of units) if (Math.abs(value) >= size) return format(value / size, unit);
  }
  return undefined;
}

function scalarMarkdown(name: string, facts: KeyFacts, value: string): string | undefined {
  const parts: string[] = [];
  const validator = facts.validator;
  if (facts.type === 'BOOLEAN' && (value === 'true' || value === 'false')) parts.push(t(`feat.value.bool.${value}`));
  if (validator?.kind === 'oneOf' && facts.type !== 'LIST') {
    const accepted = validator.caseInsensitive
      ? validator.values.some((v) => v.toLowerCase() === value.toLowerCase())
      : validator.values.includes(value);
    if (!accepted)
      parts.push(t('feat.value.notAccepted', { value, values: validator.values.map((v) => `\`${v}\``).join(', ') }));
  }
  const human = humanize(name, value);
  if (human) parts.push(t('feat.value.human', { value, human }));
  if (validator?.kind === 'range' && /^-?\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    const inside = (n >= validator.min && (validator.max === undefined || n <= validator.max)) || n === validator.also;
    if (!inside) parts.push(t('feat.value.outOfRange', { value, range: describeValidator(facts)! }));
  }
  if (facts.default !== undefined && facts.default !== null && facts.default !== '') {
    if (facts.default === value) parts.push(t('feat.value.isDefault', { value }));
    else if (parts.length > 0) parts.push(t('feat.value.notDefault', { default: facts.default }));
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

function valueHover(
  workspace: AnalyzedWorkspace,
  node: NodeConfig,
  entry: Entry,
  index: number,
): ValueHover | undefined {
  const { facts, name } = effectiveFacts(entry.key, workspace);
  if (isSecretKey(entry.key) || isSecretKey(name)) return { markdown: t('feat.value.secret', { key: entry.key }) };
  const value = entry.value;
  const itemAt = (): Span | undefined =>
    splitList(value).find((span) => index >= span.start && index <= span.end && span.text !== '');

  if (LIST_KEYS.has(entry.key)) {
    const item = itemAt();
    if (!item) return undefined;
    switch (entry.key) {
      case 'listeners':
      case 'advertised.listeners': {
        const parsed = parseListener(item);
        return {
          markdown: parsed
            ? listenerMarkdown(node, parsed, entry.key === 'advertised.listeners')
            : t('feat.listener.invalid'),
          span: item,
        };
      }
      case 'controller.quorum.voters':
        return { markdown: voterMarkdown(workspace, node, item), span: item };
      case 'controller.quorum.bootstrap.servers':
        return { markdown: bootstrapMarkdown(workspace, node, item), span: item };
      case 'listener.security.protocol.map':
        return { markdown: mapEntryMarkdown(node, item), span: item };
      case 'controller.listener.names':
        return {
          markdown: listenerNameMarkdown(node, item.text, t('feat.names.title', { name: item.text })),
          span: item,
        };
    }
  }
  const trimmed = trimSpan(value, 0, value.length);
  if (entry.key === 'process.roles') {
    const roles = new Set(splitList(value).map((span) => span.text));
    const id =
      roles.has('broker') && roles.has('controller')
        ? 'combined'
        : roles.has('controller')
          ? 'controller'
          : roles.has('broker')
            ? 'broker'
            : 'none';
    return { markdown: t(`feat.value.roles.${id}`), span: trimmed };
  }
  if (entry.key === 'node.id' || entry.key === 'broker.id') {
    const markdown = nodeIdMarkdown(workspace, node);
    return markdown ? { markdown, span: trimmed } : undefined;
  }
  if (entry.key === 'inter.broker.listener.name' && trimmed.text) {
    return {
      markdown: listenerNameMarkdown(
        node,
        trimmed.text.toUpperCase(),
        t('feat.interBroker.title', { name: trimmed.text.toUpperCase() }),
      ),
      span: trimmed,
    };
  }
  if (!facts) return undefined;
  const markdown = scalarMarkdown(name, facts, trimmed.text);
  return markdown ? { markdown, span: trimmed } : undefined;
}

// ---------------------------------------------------------------------------------------------------------

export function hover(workspace: AnalyzedWorkspace, uri: string, position: Position): HoverResult | undefined {
  const node = workspace.nodes.get(uri);
  if (!node) return undefined;
  const offset = clampedOffset(node, position);
  const entry = entryAt(node, offset);
  if (!entry) return undefined;
  if (onKey(entry, offset) && entry.keyEnd > entry.keyStart) {
    return { markdown: keyMarkdown(workspace, node, entry), range: keyRange(node.doc, entry) };
  }
  const valueStart = valueOffsetAt(entry, 0);
  if (offset < valueStart || entry.value.length === 0) return undefined;
  let index = valueIndexAt(entry, offset);
  if (index >= entry.value.length) index = entry.value.length - 1;
  const result = valueHover(workspace, node, entry, index);
  if (!result) return undefined;
  const range =
    result.span && result.span.end > result.span.start
      ? spanRange(node.doc, entry, result.span)
      : valueRange(node.doc, entry);
  return { markdown: result.markdown, range };
}
