// YAML scalars with the source offsets of every decoded character, and the way back: writing a new value in the
// scalar's own style (plain stays plain when it can, quotes keep their kind).
import { isScalar, type Node } from 'yaml';

import type { ScalarStyle } from './scalar-write';

export type { ScalarStyle };

export interface DecodedScalar {
  value: string;
  style: ScalarStyle;
  /** Source offsets [start, end) of the scalar, quotes included. */
  start: number;
  end: number;
  /** [start, end) in the source of each decoded character; absent when the style folds lines (then only the whole token is known). */
  chars?: [number, number][];
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** Decodes a scalar node as the string compose sees (numbers and booleans keep their written form). */
export function decodeScalar(node: Node | null | undefined, text: string): DecodedScalar | undefined {
  if (!node || !isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const raw = text.slice(start, end);
  const type = node.type;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED')
    return { value: String(node.value ?? ''), style: 'BLOCK', start, end };
  const multiLine = /[\r\n]/.test(raw);
  if (type === 'QUOTE_SINGLE') {
    if (multiLine) return { value: String(node.value), style: 'QUOTE_SINGLE', start, end };
    let value = '';
    const chars: [number, number][] = [];
    for (let i = start + 1; i < end - 1; i++) {
      if (text[i] === "'" && text[i + 1] === "'") {
        value += "'";
        chars.push([i, i + 2]);
        i++;
      } else {
        value += text[i];
        chars.push([i, i + 1]);
      }
    }
    return { value, style: 'QUOTE_SINGLE', start, end, chars };
  }
  if (type === 'QUOTE_DOUBLE') {
    if (multiLine) return { value: String(node.value), style: 'QUOTE_DOUBLE', start, end };
    let value = '';
    const chars: [number, number][] = [];
    for (let i = start + 1; i < end - 1; i++) {
      if (text[i] !== '\\') {
        value += text[i];
        chars.push([i, i + 1]);
        continue;
      }
      const c = text[i + 1];
      const hexLength = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
      if (hexLength > 0) {
        const decoded = String.fromCodePoint(parseInt(text.slice(i + 2, i + 2 + hexLength), 16) || 0);
        for (const unit of decoded.split('')) {
          value += unit;
          chars.push([i, i + 2 + hexLength]);
        }
        i += 1 + hexLength;
      } else {
        value += SIMPLE_ESCAPES[c] ?? c;
        chars.push([i, i + 2]);
        i++;
      }
    }
    return { value, style: 'QUOTE_DOUBLE', start, end, chars };
  }
  if (multiLine) return { value: String(node.value ?? ''), style: 'PLAIN', start, end };
  return { value: raw, style: 'PLAIN', start, end, chars: raw.split('').map((_, i) => [start + i, start + i + 1]) };
}

export { isPlainSafe, renderScalar } from './scalar-write';
