// Outline and folding of one server.properties: the role, the id, the listeners and the quorum first,
// then every other key grouped by its first name segment (log.*, offsets.*, ...).
import { isSecretKey } from '../catalog';
import { t } from '../i18n';
import type { Entry } from '../parser/properties';
import { keyRange, offsetRange, spanRange, type Span } from '../parser/values';
import type { Range } from '../types';
import type { NodeConfig } from '../workspace/node';

export type DocSymbolKind = 'role' | 'id' | 'listener' | 'quorum' | 'key' | 'section';

export interface DocSymbol {
  name: string;
  detail: string;
  kind: DocSymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocSymbol[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind: 'comment' | 'region';
}

const MAX_DETAIL = 80;

function shortValue(entry: Entry): string {
  if (isSecretKey(entry.key)) return t('feat.symbol.hidden');
  const value = entry.value.trim().replace(/\s+/g, ' ');
  return value.length > MAX_DETAIL ? `${value.slice(0, MAX_DETAIL - 1)}…` : value;
}

function entrySymbol(node: NodeConfig, entry: Entry, kind: DocSymbolKind, detail = shortValue(entry)): DocSymbol {
  return {
    name: entry.key || '(empty key)',
    detail,
    kind,
    range: offsetRange(node.doc, entry.start, entry.end),
    selectionRange: keyRange(node.doc, entry),
  };
}

function itemSymbol(
  node: NodeConfig,
  entry: Entry,
  span: Span,
  name: string,
  detail: string,
  kind: DocSymbolKind,
): DocSymbol {
  const range = spanRange(node.doc, entry, span);
  return { name, detail, kind, range, selectionRange: range };
}

export function documentSymbols(node: NodeConfig): DocSymbol[] {
  const symbols: DocSymbol[] = [];
  const used = new Set<Entry>();
  const take = (key: string) => {
    const entry = node.settings.get(key);
    if (entry) used.add(entry);
    return entry;
  };

  const roles = take('process.roles');
  if (roles) symbols.push(entrySymbol(node, roles, 'role'));
  for (const key of ['node.id', 'broker.id']) {
    const entry = take(key);
    if (entry) symbols.push(entrySymbol(node, entry, 'id'));
  }
  const listeners = take('listeners');
  if (listeners) {
    const symbol = entrySymbol(
      node,
      listeners,
      'listener',
      t('feat.symbol.listeners', { count: node.listeners.length }),
    );
    symbol.children = node.listeners
      .filter((item) => item.span.text !== '')
      .map((item) =>
        itemSymbol(
          node,
          listeners,
          item.span,
          item.parsed?.name ?? item.span.text,
          item.parsed ? `${item.parsed.host}:${item.parsed.port}` : '',
          'listener',
        ),
      );
    symbols.push(symbol);
  }
  const advertised = take('advertised.listeners');
  if (advertised) {
    const symbol = entrySymbol(
      node,
      advertised,
      'listener',
      t('feat.symbol.listeners', { count: node.advertised.length }),
    );
    symbol.children = node.advertised
      .filter((item) => item.span.text !== '')
      .map((item) =>
        itemSymbol(
          node,
          advertised,
          item.span,
          item.parsed?.name ?? item.span.text,
          item.parsed ? `${item.parsed.host}:${item.parsed.port}` : '',
          'listener',
        ),
      );
    symbols.push(symbol);
  }
  const voters = take('controller.quorum.voters');
  if (voters) {
    const symbol = entrySymbol(node, voters, 'quorum', t('feat.symbol.voters', { count: node.voters.length }));
    symbol.children = node.voters
      .filter((item) => item.span.text !== '')
      .map((item) => {
        const endpoint = item.parsed.endpoint;
        const name = Number.isFinite(item.parsed.id) ? String(item.parsed.id) : item.span.text;
        return itemSymbol(
          node,
          voters,
          item.span,
          name,
          endpoint ? `${endpoint.host}:${endpoint.port}` : item.span.text,
          'quorum',
        );
      });
    symbols.push(symbol);
  }
  const bootstrap = take('controller.quorum.bootstrap.servers');
  if (bootstrap) {
    const symbol = entrySymbol(
      node,
      bootstrap,
      'quorum',
      t('feat.symbol.servers', { count: node.bootstrapServers.length }),
    );
    symbol.children = node.bootstrapServers
      .filter((item) => item.span.text !== '')
      .map((item) => itemSymbol(node, bootstrap, item.span, item.span.text, '', 'quorum'));
    symbols.push(symbol);
  }

  // Every other entry (including earlier duplicates of the keys above), grouped by first segment, in file order.
  const groups = new Map<string, Entry[]>();
  for (const entry of node.doc.entries) {
    if (used.has(entry)) continue;
    const segment = entry.key.split('.')[0] || entry.key;
    groups.set(segment, [...(groups.get(segment) ?? []), entry]);
  }
  for (const [segment, entries] of groups) {
    if (entries.length === 1) {
      symbols.push(entrySymbol(node, entries[0], 'key'));
      continue;
    }
    const first = entries[0];
    const last = entries[entries.length - 1];
    const range = offsetRange(node.doc, first.start, last.end);
    symbols.push({
      name: segment,
      detail: t('feat.symbol.keys', { count: entries.length }),
      kind: 'section',
      range,
      selectionRange: keyRange(node.doc, first),
      children: entries.map((entry) => entrySymbol(node, entry, 'key')),
    });
  }
  return symbols;
}

/** `#### Server Basics ####` style banners that Kafka's sample files use to separate sections. */
function isBanner(text: string): boolean {
  return /^#{3,}\s*\S.*?#{3,}\s*$/.test(text) || /^\s*#{3,}\s*\S.*?#{3,}\s*$/.test(text);
}

export function foldingRanges(node: NodeConfig): FoldingRange[] {
  const { doc } = node;
  const lineOf = (offset: number) => offsetRange(doc, offset, offset).start.line;
  const ranges: FoldingRange[] = [];

  // Blocks of consecutive comment lines (banners excluded: they start a region of their own).
  let blockStart = -1;
  let previous = -2;
  const close = () => {
    if (blockStart >= 0 && previous > blockStart)
      ranges.push({ startLine: blockStart, endLine: previous, kind: 'comment' });
    blockStart = -1;
  };
  const banners: number[] = [];
  for (const comment of doc.comments) {
    const line = lineOf(comment.start);
    if (isBanner(comment.text)) {
      close();
      banners.push(line);
      previous = -2;
      continue;
    }
    if (line !== previous + 1) {
      close();
      blockStart = line;
    }
    previous = line;
  }
  close();

  // Values continued over several lines.
  for (const entry of doc.entries) {
    const start = lineOf(entry.start);
    const end = lineOf(entry.end);
    if (end > start) ranges.push({ startLine: start, endLine: end, kind: 'region' });
  }

  // Sections between banners: from one banner to the last non-blank line before the next one.
  const lastLine = doc.lineStarts.length - 1;
  const lineText = (line: number) => {
    const start = doc.lineStarts[line];
    const end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1] : doc.text.length;
    return doc.text.slice(start, end).trim();
  };
  banners.forEach((line, i) => {
    let end = i + 1 < banners.length ? banners[i + 1] - 1 : lastLine;
    while (end > line && lineText(end) === '') end--;
    if (end > line) ranges.push({ startLine: line, endLine: end, kind: 'region' });
  });

  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return ranges;
}
