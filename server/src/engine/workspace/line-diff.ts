// The edits that turn one text into another, line by line: a whole-file result (the fix loop's) becomes edits of
// only the lines that changed, so the editor keeps its cursor, folding and undo steps on the rest.
import type { FileEdit, Position } from '../types';

/** Above this many line pairs the middle is replaced in one edit instead of being compared line by line. */
const MAX_COMPARED_PAIRS = 4_000_000;

const linesOf = (text: string) => (text === '' ? [] : text.split(/(?<=\n)/));

export function lineEdits(uri: string, before: string, after: string): FileEdit[] {
  if (before === after) return [];
  const old = linesOf(before);
  const now = linesOf(after);
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < now.length - head &&
    old[old.length - 1 - tail] === now[now.length - 1 - tail]
  )
    tail++;
  const a = old.slice(head, old.length - tail);
  const b = now.slice(head, now.length - tail);
  // Where a run of old lines ends: the start of the next line, or the end of a last line without a line break.
  const endOf = (index: number): Position =>
    index < old.length || old.length === 0 || old[old.length - 1].endsWith('\n')
      ? { line: index, character: 0 }
      : { line: old.length - 1, character: old[old.length - 1].length };
  const edit = (from: number, to: number, lines: string[]): FileEdit => ({
    uri,
    range: { start: { line: from, character: 0 }, end: endOf(to) },
    newText: lines.join(''),
  });
  if (a.length * b.length > MAX_COMPARED_PAIRS) return [edit(head, head + a.length, b)];
  // Longest common subsequence of the middle lines; the lines outside it are the edits.
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] =
        a[i] === b[j]
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const edits: FileEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const fromA = i;
    const fromB = j;
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j >= b.length || (i < a.length && common[(i + 1) * width + j] >= common[i * width + j + 1])) i++;
      else j++;
    }
    edits.push(edit(head + fromA, head + i, b.slice(fromB, j)));
  }
  return edits;
}
