// The value's source map (built lazily for plain values) says where every decoded character came from, for any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProperties, valueEndAt, valueOffsetAt } from '../../server/src/engine/parser/properties';

const escapes: Record<string, string> = { t: '\t', r: '\r', n: '\n', f: '\f' };

/** The decoded character that the source text [start, end) stands for, read independently of the parser. */
function sourceChar(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (raw[0] !== '\\') return raw;
  if (raw[1] === 'u' && raw.length === 6) return String.fromCharCode(parseInt(raw.slice(2), 16));
  return escapes[raw[1]] ?? raw[1];
}

describe('parser: value source map', () => {
  it('every decoded value character maps to the source text that spells it, in order, ending at the value end', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '=', ':', '\\', '\n', '\r', 'u', '0', 'F', '#', 't', '\t');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((cs) => cs.join('')),
        (text) => {
          for (const entry of parseProperties(text).entries) {
            // The single-index readers (no array built for plain values) agree with the arrays.
            const at = Array.from({ length: entry.value.length + 1 }, (_, k) => [
              valueOffsetAt(entry, k),
              k < entry.value.length ? valueEndAt(entry, k) : undefined,
            ]);
            const { value, valueOffsets, valueEnds } = entry;
            assert.deepEqual(
              at,
              [...valueOffsets].map((offset, k) => [offset, valueEnds[k]]),
            );
            assert.equal(valueOffsets.length, value.length + 1);
            assert.equal(valueEnds.length, value.length);
            for (let k = 0; k < value.length; k++) {
              assert.ok(valueOffsets[k] < valueEnds[k] && (k === 0 || valueEnds[k - 1] <= valueOffsets[k]));
              assert.equal(sourceChar(text, valueOffsets[k], valueEnds[k]), value[k]);
            }
            assert.equal(valueOffsets[value.length], value.length > 0 ? entry.valueEnd : valueOffsets[0]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
