import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineEdits } from '../../server/src/engine/workspace/line-diff';
import { applyEdits } from '../../server/src/engine/workspace/apply-edits';

const line = fc.constantFrom('a=1', 'b=2', 'c=3', 'd=4', '', '# x');
const text = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last && lines.length > 0 ? eol : ''));

describe('lineEdits', () => {
  it('turns one text into the other, touching only changed lines', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = lineEdits('f', before, after);
        assert.equal(applyEdits(before, edits), after);
        if (before === after) assert.deepEqual(edits, []);
        const lines = before.split(/(?<=\n)/);
        for (const edit of edits) {
          assert.equal(edit.range.start.character, 0);
          // An edit never starts on a line it puts back unchanged in the same place.
          const first = lines[edit.range.start.line];
          if (first !== undefined && edit.range.end.line > edit.range.start.line)
            assert.ok(!edit.newText.startsWith(first) || first === '');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('edits one line of a long file with one small edit', () => {
    const before = Array.from({ length: 500 }, (_, i) => `k${i}=${i}`).join('\n') + '\n';
    const after = before.replace('k250=250\n', 'k250=x\n');
    assert.deepEqual(lineEdits('f', before, after), [
      {
        uri: 'f',
        range: { start: { line: 250, character: 0 }, end: { line: 251, character: 0 } },
        newText: 'k250=x\n',
      },
    ]);
  });
});
