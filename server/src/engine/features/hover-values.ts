// Hover on a value: what the value written at the cursor does, and how one element of a list value (a listener, a
// voter, a protocol mapping) relates to the rest of this file and to the other nodes.
import { isSecretKey, type KeyFacts } from '../catalog';
import { formatFlagsMarkdown } from './format-flags';
import { t } from '../i18n';
import type { Entry } from '../parser/properties';
import {
  isWildcardHost,
  parseListener,
  parseMapEntry,
  parseVoter,
  parseHostPort,
  splitList,
  trimSpan,
  type ParsedListener,
  type Span,
} from '../parser/values';
import { hostOf, normalizeHost } from '../workspace/cluster';
import { clusterSummary } from '../model/describe';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { controllerNames, ownControllerListener, type NodeConfig } from '../workspace/node';
import { displayPath, effectiveFacts, nodeIdSuggestions, peersOf, roleLabel } from './ide-query';

export function bullet(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

export function protocolMeaning(protocol: string): string {
  const upper = protocol.toUpperCase();
  return ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(upper)
    ? t(`feat.protocol.${upper}`)
    : t('feat.protocol.unknown');
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

const LIST_KEYS = new Set([
  'listeners',
  'advertised.listeners',
  'controller.quorum.voters',
  'controller.quorum.bootstrap.servers',
  'listener.security.protocol.map',
  'controller.listener.names',
]);

export interface ValueHover {
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
  } else if (isWildcardHost(parsed.host)) {
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
            (isWildcardHost(endpoint.host)
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
    return isWildcardHost(host)
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
        : isWildcardHost(listener.host)
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

export function valueHover(
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
