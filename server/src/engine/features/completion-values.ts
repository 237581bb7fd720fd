// Completion after `=` / `:`: values chosen from what the key accepts, what this file defines (listener names) and
// what the other nodes of the cluster already use.
import { SASL_MECHANISMS, SECURITY_PROTOCOLS, type KeyFacts } from '../catalog';
import { t } from '../i18n';
import { valueEndAt, valueOffsetAt, type Entry } from '../parser/properties';
import { isWildcardHost, offsetRange } from '../parser/values';
import type { Position, Range } from '../types';
import { hostOf } from '../workspace/cluster';
import type { AnalyzedWorkspace } from '../workspace/lint';
import { controllerNames, type NodeConfig } from '../workspace/node';
import { effectiveFacts, nodeIdSuggestions, peersOf, valueIndexAt } from './ide-query';
import type { CompletionResult } from './completion';

/** Escapes text for a snippet body (`$`, `}` and `\` are special). */
export function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function choiceEscape(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

export function sameLine(range: Range): boolean {
  return range.start.line === range.end.line;
}

interface ValueContext {
  workspace: AnalyzedWorkspace;
  node: NodeConfig;
  entry: Entry;
  /** Key whose facts apply (the overridden key for `listener.name.<l>.<key>`). */
  name: string;
  facts?: KeyFacts;
  /** The cursor as an index into the decoded value. */
  index: number;
  /** The item under the cursor: the whole trimmed value, or one comma-separated element for lists. */
  itemStart: number;
  itemEnd: number;
  position: Position;
}

function decodedRange(ctx: ValueContext, start: number, end: number): Range | undefined {
  const { entry, node } = ctx;
  const from = valueOffsetAt(entry, Math.min(start, entry.value.length));
  const to = end > start ? valueEndAt(entry, end - 1) : from;
  const range = offsetRange(node.doc, from, to);
  if (!sameLine(range)) {
    const cursor = offsetRange(node.doc, valueOffsetAt(entry, ctx.index), valueOffsetAt(entry, ctx.index)).start;
    const fromPos = range.start.line === cursor.line ? range.start : cursor;
    return { start: fromPos, end: cursor };
  }
  return range;
}

function itemBounds(value: string, index: number, isList: boolean): { start: number; end: number } {
  let start = isList ? value.lastIndexOf(',', index - 1) + 1 : 0;
  let end = isList ? value.indexOf(',', index) : -1;
  if (end < 0) end = value.length;
  while (start < index && /\s/.test(value[start])) start++;
  while (end > index && /\s/.test(value[end - 1])) end--;
  return { start, end };
}

function valueItem(
  ctx: ValueContext,
  label: string,
  extra: Partial<CompletionResult> = {},
  start = ctx.itemStart,
  end = ctx.itemEnd,
): CompletionResult {
  return { label, kind: 'value', insertText: label, range: decodedRange(ctx, start, end), ...extra };
}

function definedListenerNames(node: NodeConfig): string[] {
  if (node.listenersDefaulted) return [];
  const names: string[] = [];
  for (const item of node.listeners) if (item.parsed && !names.includes(item.parsed.name)) names.push(item.parsed.name);
  return names;
}

function mostCommon(values: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function booleanValues(ctx: ValueContext): CompletionResult[] {
  return ['true', 'false'].map((value, i) =>
    valueItem(ctx, value, {
      detail: ctx.facts?.default === value ? t('feat.complete.default') : undefined,
      sortText: String(i),
    }),
  );
}

function enumValues(
  ctx: ValueContext,
  values: readonly string[],
  describe?: (value: string) => string | undefined,
): CompletionResult[] {
  // In a list, values already present in the other items are not offered again.
  const value = ctx.entry.value;
  const others = isList(ctx)
    ? (value.slice(0, ctx.itemStart) + ',' + value.slice(ctx.itemEnd))
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  return values
    .filter((candidate) => !others.includes(candidate))
    .map((value, i) =>
      valueItem(ctx, value, {
        detail: ctx.facts?.default === value ? t('feat.complete.default') : undefined,
        documentation: describe?.(value),
        sortText: String(i).padStart(3, '0'),
      }),
    );
}

function isList(ctx: ValueContext): boolean {
  return ctx.facts?.type === 'LIST' || !!ctx.facts?.stringBefore42 || ctx.name === 'controller.listener.names';
}

function protocolMapCompletions(ctx: ValueContext): CompletionResult[] {
  const { entry, node } = ctx;
  const item = entry.value.slice(ctx.itemStart, ctx.itemEnd);
  const colon = item.indexOf(':');
  const cursorInItem = ctx.index - ctx.itemStart;
  if (colon >= 0 && cursorInItem > colon) {
    let start = ctx.itemStart + colon + 1;
    while (start < ctx.index && /\s/.test(entry.value[start])) start++;
    return SECURITY_PROTOCOLS.map((protocol, i) =>
      valueItem(
        ctx,
        protocol,
        { documentation: t(`feat.protocol.${protocol}`), sortText: String(i) },
        start,
        ctx.itemEnd,
      ),
    );
  }
  const mapped = new Set(node.protocolMapEntries.map((m) => m.parsed?.name).filter((n): n is string => !!n));
  const names = [
    ...definedListenerNames(node),
    ...controllerNames(node).map((n) => n.toUpperCase()),
    ...node.advertised.map((a) => a.parsed?.name ?? ''),
  ].filter((name, i, all) => name && all.indexOf(name) === i);
  const current = colon >= 0 ? item.slice(0, colon).trim().toUpperCase() : item.trim().toUpperCase();
  const end = colon >= 0 ? ctx.itemStart + colon : ctx.itemEnd;
  return names
    .filter((name) => !mapped.has(name) || name === current)
    .map((name, i) => {
      const guess = (SECURITY_PROTOCOLS as readonly string[]).includes(name) ? name : 'PLAINTEXT';
      const choices = [guess, ...SECURITY_PROTOCOLS.filter((p) => p !== guess)].map(choiceEscape).join(',');
      return valueItem(
        ctx,
        name,
        colon >= 0
          ? { sortText: String(i) }
          : {
              insertText: `${snippetEscape(name)}:\${1|${choices}|}`,
              isSnippet: true,
              kind: 'snippet',
              detail: `${name}:${guess}`,
              sortText: String(i),
            },
        ctx.itemStart,
        end,
      );
    });
}

function listenerNameCompletions(ctx: ValueContext, kind: 'controller' | 'interBroker'): CompletionResult[] {
  const { node, workspace } = ctx;
  const controllers = controllerNames(node).map((n) => n.toUpperCase());
  const results: CompletionResult[] = [];
  const seen = new Set<string>();
  const add = (name: string, detail: string, preselect = false) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    results.push(valueItem(ctx, name, { detail, preselect, sortText: String(results.length).padStart(3, '0') }));
  };
  if (kind === 'controller') {
    // The name the rest of the cluster uses comes first: a broker-only node does not bind it itself.
    const peerNames = mostCommon(peersOf(workspace, node).flatMap((peer) => controllerNames(peer)));
    const own = definedListenerNames(node);
    const likely = own.filter((name) => /CONTROLLER/i.test(name));
    for (const name of likely) add(name, t('feat.complete.listenerName', { listener: listenerText(node, name) }), true);
    for (const [name, count] of peerNames)
      add(name, t('feat.complete.namesFromPeers', { count }), results.length === 0);
    for (const name of own) add(name, t('feat.complete.listenerName', { listener: listenerText(node, name) }));
    for (const item of node.protocolMapEntries)
      if (item.parsed) add(item.parsed.name, `${item.parsed.name}:${item.parsed.protocol}`);
  } else {
    for (const name of definedListenerNames(node).filter((name) => !controllers.includes(name))) {
      add(name, t('feat.complete.listenerName', { listener: listenerText(node, name) }), results.length === 0);
    }
  }
  return results;
}

function listenerText(node: NodeConfig, name: string): string {
  return node.listeners.find((item) => item.parsed?.name === name)?.span.text ?? name;
}

/** The values the other nodes write for this key, most common first (the first one preselected). */
function fromPeers(ctx: ValueContext, values: (string | undefined)[], detailId: string): CompletionResult[] {
  return mostCommon(values.filter((value): value is string => value !== undefined)).map(([value, count], i) =>
    valueItem(
      ctx,
      value,
      { detail: t(detailId, { count }), preselect: i === 0, sortText: String(i).padStart(3, '0') },
      ctx.itemStart,
      ctx.itemEnd,
    ),
  );
}

function votersCompletions(ctx: ValueContext): CompletionResult[] {
  const { node, workspace } = ctx;
  const start = ctx.itemStart;
  const end = ctx.itemEnd;
  const results = fromPeers(
    ctx,
    peersOf(workspace, node).map((peer) => peer.votersEntry?.value.trim()),
    'feat.complete.votersFromPeers',
  );
  if (results.length === 0 && node.isController && node.nodeId !== undefined) {
    const own = node.listeners.find((item) => item.parsed && controllerNames(node).includes(item.parsed.name))?.parsed;
    if (own) {
      const host = isWildcardHost(own.host) ? (hostOf(node) ?? 'localhost') : own.host;
      results.push(
        valueItem(ctx, `${node.nodeId}@${host}:${own.port}`, { detail: t('feat.complete.votersOwn') }, start, end),
      );
    }
  }
  return results;
}

function bootstrapCompletions(ctx: ValueContext): CompletionResult[] {
  const { node, workspace } = ctx;
  const peers = peersOf(workspace, node);
  const results = fromPeers(
    ctx,
    peers.map((peer) => peer.bootstrapEntry?.value.trim()),
    'feat.complete.bootstrapFromPeers',
  );
  const voters = [node, ...peers].find((member) => member.voters.length > 0)?.voters ?? [];
  const fromVoters = voters
    .map((voter) => voter.parsed.endpoint)
    .filter((e) => !!e)
    .map((e) => `${e!.host}:${e!.port}`)
    .join(',');
  if (fromVoters && !results.some((r) => r.label === fromVoters)) {
    results.push(
      valueItem(
        ctx,
        fromVoters,
        { detail: t('feat.complete.bootstrapFromVoters'), preselect: results.length === 0, sortText: '900' },
        ctx.itemStart,
        ctx.itemEnd,
      ),
    );
  }
  return results;
}

function nodeIdCompletions(ctx: ValueContext): CompletionResult[] {
  return nodeIdSuggestions(ctx.workspace, ctx.node).map((suggestion, i) => {
    const detail =
      suggestion.reason === 'voterSlot'
        ? t('feat.complete.voterSlot', { id: suggestion.id, endpoint: suggestion.endpoint ?? '' })
        : suggestion.reason === 'gap'
          ? t('feat.complete.gapId')
          : suggestion.reason === 'first'
            ? t('feat.complete.firstId')
            : t('feat.complete.nextId');
    return valueItem(ctx, String(suggestion.id), { detail, preselect: i === 0, sortText: String(i).padStart(3, '0') });
  });
}

function defaultPort(name: string): number {
  return /CONTROLLER/i.test(name) ? 9093 : 9092;
}

function listenersCompletions(ctx: ValueContext, advertised: boolean): CompletionResult[] {
  const { node, entry } = ctx;
  const item = entry.value.slice(ctx.itemStart, ctx.itemEnd);
  const slashes = item.indexOf('://');
  const host = hostOf(node);
  if (slashes >= 0 && ctx.index - ctx.itemStart >= slashes + 3) {
    // After `//`: the host (and port) part.
    const name = item.slice(0, slashes).toUpperCase();
    const portMatch = /:(\d+)$/.exec(item.slice(slashes + 3));
    const port = portMatch ? portMatch[1] : String(defaultPort(name));
    const hosts: Array<[string, string]> = [];
    if (host) hosts.push([host, t('feat.complete.host')]);
    if (!advertised)
      hosts.push(['', t('feat.listener.bindDefault', { port })], ['0.0.0.0', t('feat.complete.hostAll')]);
    if (!hosts.some(([h]) => h === 'localhost')) hosts.push(['localhost', '']);
    return hosts.map(([h, detail], i) =>
      valueItem(
        ctx,
        `${h}:${port}`,
        { detail: detail || undefined, sortText: String(i), preselect: i === 0 },
        ctx.itemStart + slashes + 3,
        ctx.itemEnd,
      ),
    );
  }
  const existing = new Set(
    (advertised ? node.advertised : node.listenersDefaulted ? [] : node.listeners).map((l) => l.parsed?.name),
  );
  const current = slashes >= 0 ? item.slice(0, slashes).toUpperCase() : undefined;
  const results: CompletionResult[] = [];
  const add = (text: string) => {
    const name = text.slice(0, text.indexOf('://'));
    if ((existing.has(name) && name !== current) || results.some((r) => r.label === text)) return;
    results.push(
      valueItem(ctx, text, {
        kind: 'snippet',
        detail: t('feat.complete.listenerTemplate'),
        sortText: String(results.length).padStart(3, '0'),
      }),
    );
  };
  if (advertised) {
    for (const listener of node.listeners) {
      if (!listener.parsed || node.listenersDefaulted) continue;
      const h = isWildcardHost(listener.parsed.host) ? (host ?? 'localhost') : listener.parsed.host;
      add(`${listener.parsed.name}://${h}:${listener.parsed.port}`);
    }
  } else {
    const names = new Set<string>();
    if (node.isController || (!node.isBroker && !node.isController))
      for (const n of controllerNames(node).length ? controllerNames(node) : ['CONTROLLER']) names.add(n.toUpperCase());
    if (node.isBroker || (!node.isBroker && !node.isController)) names.add(node.interBrokerListenerName || 'PLAINTEXT');
    for (const item of node.protocolMapEntries) if (item.parsed) names.add(item.parsed.name);
    for (const name of names) add(`${name}://:${defaultPort(name)}`);
  }
  return results;
}

export function valueCompletions(
  workspace: AnalyzedWorkspace,
  node: NodeConfig,
  entry: Entry,
  offset: number,
  position: Position,
): CompletionResult[] {
  const { facts, name } = effectiveFacts(entry.key, workspace);
  const index = valueIndexAt(entry, offset);
  const base = { workspace, node, entry, name, facts, index, position, itemStart: 0, itemEnd: 0 };
  const list =
    isList(base as ValueContext) ||
    ['listeners', 'advertised.listeners', 'listener.security.protocol.map', 'sasl.enabled.mechanisms'].includes(name);
  const wholeValue = [
    'process.roles',
    'controller.quorum.voters',
    'controller.quorum.bootstrap.servers',
    'node.id',
    'broker.id',
  ].includes(entry.key);
  const bounds = itemBounds(entry.value, index, list && !wholeValue);
  const ctx: ValueContext = { ...base, itemStart: bounds.start, itemEnd: bounds.end };

  switch (entry.key) {
    case 'process.roles': {
      const choices: Array<[string, string]> = [
        ['broker', 'feat.complete.role.broker'],
        ['controller', 'feat.complete.role.controller'],
        ['broker,controller', 'feat.complete.role.combined'],
      ];
      return choices.map(([value, id], i) => valueItem(ctx, value, { detail: t(id), sortText: String(i) }));
    }
    case 'node.id':
    case 'broker.id':
      return nodeIdCompletions(ctx);
    case 'controller.quorum.voters':
      return votersCompletions(ctx);
    case 'controller.quorum.bootstrap.servers':
      return bootstrapCompletions(ctx);
    case 'controller.listener.names':
      return listenerNameCompletions(ctx, 'controller');
    case 'inter.broker.listener.name':
      return listenerNameCompletions(ctx, 'interBroker');
    case 'listener.security.protocol.map':
      return protocolMapCompletions(ctx);
    case 'listeners':
      return listenersCompletions(ctx, false);
    case 'advertised.listeners':
      return listenersCompletions(ctx, true);
  }
  if (/^(.*\.)?sasl\.([a-z.]*\.)?mechanism/.test(name) || /sasl\..*mechanism/.test(entry.key)) {
    return enumValues(ctx, SASL_MECHANISMS, (m) => t(`feat.complete.mechanism.${m}`));
  }
  if (!facts) return [];
  if (facts.type === 'BOOLEAN') return booleanValues(ctx);
  if (facts.validator?.kind === 'oneOf') {
    const protocols = SECURITY_PROTOCOLS as readonly string[];
    return enumValues(ctx, facts.validator.values, (v) =>
      protocols.includes(v) ? t(`feat.protocol.${v}`) : undefined,
    );
  }
  if (/security\.protocol$/.test(name)) return enumValues(ctx, SECURITY_PROTOCOLS, (v) => t(`feat.protocol.${v}`));
  if (facts.default !== undefined && facts.default !== null && facts.default !== '' && !isList(ctx)) {
    return [valueItem(ctx, facts.default, { detail: t('feat.complete.default') })];
  }
  return [];
}
