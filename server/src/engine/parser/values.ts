// Structure inside values: comma lists, listeners, voters, host:port pairs and NAME:PROTOCOL maps, each with
// the position of its parts, so a finding or a hover can point at one element of a long value.
import type { Position, Range } from '../types';
import { valueEndAt, valueOffsetAt, type Entry, type PropertiesDocument } from './properties';

/** A piece of a decoded value: [start, end) are indices into `entry.value`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export function offsetToPosition(doc: PropertiesDocument, offset: number): Position {
  let low = 0;
  let high = doc.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - doc.lineStarts[low] };
}

export function positionToOffset(doc: PropertiesDocument, position: Position): number {
  const lineStart = doc.lineStarts[Math.min(position.line, doc.lineStarts.length - 1)] ?? 0;
  return Math.min(lineStart + position.character, doc.text.length);
}

export function offsetRange(doc: PropertiesDocument, start: number, end: number): Range {
  return { start: offsetToPosition(doc, start), end: offsetToPosition(doc, end) };
}

export function keyRange(doc: PropertiesDocument, entry: Entry): Range {
  return offsetRange(doc, entry.keyStart, entry.keyEnd);
}

/** Range of the whole value; an empty value gets the position right after the separator. */
export function valueRange(doc: PropertiesDocument, entry: Entry): Range {
  const start = valueOffsetAt(entry, 0);
  const end = entry.value.length > 0 ? lastCharEnd(entry, entry.value.length) : start;
  return offsetRange(doc, start, end);
}

/** Range of a span of the decoded value. */
export function spanRange(doc: PropertiesDocument, entry: Entry, span: { start: number; end: number }): Range {
  const start = valueOffsetAt(entry, Math.min(span.start, entry.value.length));
  const end = span.end > span.start ? lastCharEnd(entry, span.end) : start;
  return offsetRange(doc, start, end);
}

function lastCharEnd(entry: Entry, index: number): number {
  return valueEndAt(entry, index - 1);
}

/** Range covering the whole entry line(s), including the line break, for removing it. */
export function entryLineRange(doc: PropertiesDocument, entry: Entry): Range {
  const start = offsetToPosition(doc, entry.start);
  const end = offsetToPosition(doc, entry.end);
  const nextLine = end.line + 1 < doc.lineStarts.length ? { line: end.line + 1, character: 0 } : end;
  return { start: { line: start.line, character: 0 }, end: nextLine };
}

/** JavaScript's whitespace (`/\s/`, what `trim` removes), tested on a character code without making a string. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
const COMMA = 44;

/** Kafka's list split: trim, then split on `\s*,\s*`, keeping empty items. An all-blank value is an empty list. */
export function splitList(value: string): Span[] {
  const [start, end] = trimmedBounds(value, 0, value.length);
  if (start === end) return [];
  const items: Span[] = [];
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || value.charCodeAt(i) === COMMA) {
      items.push(trimSpan(value, itemStart, i));
      itemStart = i + 1;
    }
  }
  return items;
}

export function trimSpan(value: string, from: number, to: number): Span {
  const [start, end] = trimmedBounds(value, from, to);
  return { text: value.slice(start, end), start, end };
}

/** [from, to) without the whitespace at either end. */
function trimmedBounds(value: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpace(value.charCodeAt(start))) start++;
  while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** A listener host that binds every interface (or the default one): it names no machine. */
export const isWildcardHost = (host: string) => host === '' || host === '0.0.0.0' || host === '::';

export interface ParsedListener {
  /** Upper-cased listener name, as Kafka normalises it. */
  name: string;
  nameSpan: Span;
  host: string;
  hostSpan: Span;
  port: number;
  portSpan: Span;
}

// Kafka's listener grammar (SocketServerConfigs): NAME://[host]:port with an optional [] around IPv6 hosts.
const LISTENER_PATTERN = /^(.*):\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$/;

export function parseListener(item: Span): ParsedListener | undefined {
  const match = LISTENER_PATTERN.exec(item.text);
  if (!match) return undefined;
  const [, name, host, port] = match;
  const base = item.start;
  const hostOffset = item.text.indexOf('://') + 3 + (item.text[name.length + 3] === '[' ? 1 : 0);
  const portOffset = item.text.length - port.length;
  return {
    name: name.toUpperCase(),
    nameSpan: { text: name, start: base, end: base + name.length },
    host,
    hostSpan: { text: host, start: base + hostOffset, end: base + hostOffset + host.length },
    port: Number(port),
    portSpan: { text: port, start: base + portOffset, end: base + portOffset + port.length },
  };
}

/** A listener item refused for its host alone, such as a template placeholder (`PLAINTEXT://${HOST}:9092`). */
export interface UnresolvedListener {
  /** Upper-cased, as for a parsed listener. */
  name: string;
  /** As written: Kafka cannot read it until a deployment step fills it in. */
  host: string;
  port: number;
}

/** The name, host text and port of an item `parseListener` refuses but that still reads NAME://host:port. */
export function parseUnresolvedListener(item: Span): UnresolvedListener | undefined {
  if (parseListener(item)) return undefined;
  const match = /^(.*?):\/\/(.+):([0-9]+)$/.exec(item.text);
  return match ? { name: match[1].toUpperCase(), host: match[2], port: Number(match[3]) } : undefined;
}

export interface ParsedHostPort {
  host: string;
  hostSpan: Span;
  port: number;
  portSpan: Span;
  /** Text before the host that Kafka's pattern silently skips (e.g. "PLAINTEXT://"). */
  ignoredPrefix?: Span;
}

// Kafka's Utils.getHost/getPort pattern (checked against Kafka 4.3.1): an optional URI scheme such as
// `PLAINTEXT://` is skipped, the host keeps to [0-9a-zA-Z-%._:] (IPv6 in brackets), the port is digits.
const HOST_PORT_PATTERN = /^((?:[a-zA-Z][a-zA-Z\d+\-.]*:\/\/)?)\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/;

export function parseHostPort(span: Span): ParsedHostPort | undefined {
  const match = HOST_PORT_PATTERN.exec(span.text);
  if (!match) return undefined;
  const [, prefix, host, port] = match;
  const hostOffset = prefix.length + (span.text[prefix.length] === '[' ? 1 : 0);
  const portOffset = span.text.length - port.length;
  return {
    host,
    hostSpan: { text: host, start: span.start + hostOffset, end: span.start + hostOffset + host.length },
    port: Number(port),
    portSpan: { text: port, start: span.start + portOffset, end: span.start + span.text.length },
    ...(prefix ? { ignoredPrefix: { text: prefix, start: span.start, end: span.start + prefix.length } } : {}),
  };
}

export type VoterProblem = 'form' | 'id' | 'host' | 'port-range';

export interface ParsedVoter {
  id: number;
  idSpan: Span;
  endpoint?: ParsedHostPort;
  problem?: VoterProblem;
}

/** One `id@host:port` entry of `controller.quorum.voters`, judged as QuorumConfig.parseVoterConnections does. */
export function parseVoter(item: Span): ParsedVoter {
  const parts = item.text.split('@');
  const idText = parts[0] ?? '';
  const idSpan: Span = { text: idText, start: item.start, end: item.start + idText.length };
  if (parts.length !== 2) return { id: NaN, idSpan, problem: 'form' };
  if (!/^[+-]?\d+$/.test(idText) || !Number.isSafeInteger(Number(idText)) || Math.abs(Number(idText)) > 2147483647) {
    return { id: NaN, idSpan, problem: 'id' };
  }
  const endpointSpan: Span = { text: parts[1], start: item.start + idText.length + 1, end: item.end };
  const endpoint = parseHostPort(endpointSpan);
  if (!endpoint) return { id: Number(idText), idSpan, problem: 'host' };
  if (endpoint.port > 65535) return { id: Number(idText), idSpan, endpoint, problem: 'port-range' };
  return { id: Number(idText), idSpan, endpoint };
}

export interface ParsedMapEntry {
  name: string;
  nameSpan: Span;
  protocol: string;
  protocolSpan: Span;
}

/** `NAME:PROTOCOL`; the last colon separates the pair, as in KafkaConfig.getMap. */
export function parseMapEntry(item: Span): ParsedMapEntry | undefined {
  const colon = item.text.lastIndexOf(':');
  if (colon < 0) return undefined;
  const nameSpan = trimSpan(item.text, 0, colon);
  const protocolSpan = trimSpan(item.text, colon + 1, item.text.length);
  const shift = (span: Span): Span => ({ text: span.text, start: item.start + span.start, end: item.start + span.end });
  return {
    name: nameSpan.text.toUpperCase(),
    nameSpan: shift(nameSpan),
    protocol: protocolSpan.text,
    protocolSpan: shift(protocolSpan),
  };
}

const CONTROL_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\f': '\\f' };

/**
 * Writes a decoded value so that `Properties.load` reads it back unchanged (what every fix must write): backslashes
 * and line breaks are escaped, and so is leading whitespace, which the loader would otherwise drop.
 * `atValueStart` false: the text goes in the middle of a value, where leading whitespace is kept as is.
 */
export function escapeValue(value: string, atValueStart = true): string {
  const escaped = value.replace(/[\\\t\n\r\f]/g, (char) => CONTROL_ESCAPES[char]);
  return atValueStart
    ? escaped.replace(/^[ \t\f]/, (char) => (char === ' ' ? '\\ ' : (CONTROL_ESCAPES[char] ?? char)))
    : escaped;
}

/** Writes a decoded key so that `Properties.load` reads it back unchanged: separators, blanks and comment marks escaped. */
export function escapeKey(key: string): string {
  // A leading U+FEFF would be taken for a byte order mark: written as an escape, it stays part of the key.
  return key
    .replace(/[\\\t\n\r\f =:]/g, (char) => CONTROL_ESCAPES[char] ?? `\\${char}`)
    .replace(/^[#!]/, (char) => `\\${char}`)
    .replace(/^\ufeff/, '\\ufeff');
}
