// Source texts the compose reader points into (the compose file, its overrides, .env and env_file files), with
// offset <-> position conversion in LSP terms (0-based lines, UTF-16 characters).
import type { Position, Range } from '../types';

export interface SourceText {
  uri: string;
  text: string;
  lineStarts: number[];
}

export function sourceText(uri: string, text: string): SourceText {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') lineStarts.push(i + 1);
    else if (c === '\r' && text[i + 1] !== '\n') lineStarts.push(i + 1);
  }
  return { uri, text, lineStarts };
}

export function positionAt(source: SourceText, offset: number): Position {
  let low = 0;
  let high = source.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (source.lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - source.lineStarts[low] };
}

export function offsetAt(source: SourceText, position: Position): number {
  const start = source.lineStarts[Math.min(Math.max(position.line, 0), source.lineStarts.length - 1)] ?? 0;
  const next = source.lineStarts[position.line + 1] ?? source.text.length;
  return Math.min(start + position.character, next, source.text.length);
}

export function rangeAt(source: SourceText, start: number, end: number): Range {
  return { start: positionAt(source, start), end: positionAt(source, end) };
}

/** A stretch of one source text. */
export interface Token {
  source: SourceText;
  start: number;
  end: number;
}

export const tokenRange = (token: Token): Range => rangeAt(token.source, token.start, token.end);

export const lineBreakOf = (source: SourceText) => (source.text.includes('\r\n') ? '\r\n' : '\n');

/** The indentation (spaces) of the line holding `offset`. */
export function indentAt(source: SourceText, offset: number): string {
  const line = positionAt(source, offset).line;
  const start = source.lineStarts[line];
  const match = /^[ \t]*/.exec(source.text.slice(start, start + 200));
  return match ? match[0] : '';
}
