// Applies text edits to a file's text (used by `lint --fix` and by tests); overlapping edits are skipped.
import type { FileEdit, Position } from '../types';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function toOffset(starts: number[], text: string, position: Position): number {
  if (position.line >= starts.length) return text.length;
  return Math.min(starts[position.line] + position.character, text.length);
}

export function applyEdits(text: string, edits: FileEdit[]): string {
  const starts = lineStarts(text);
  const resolved = edits
    .map((edit) => ({
      start: toOffset(starts, text, edit.range.start),
      end: toOffset(starts, text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Infinity;
  for (const edit of resolved) {
    if (edit.end > limit) continue;
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

const before = (a: Position, b: Position) => a.line - b.line || a.character - b.character;
const isInsertion = (edit: FileEdit) => before(edit.range.start, edit.range.end) === 0;

/**
 * Whether two edits of different fixes conflict: their ranges overlap, or one is an insertion at the other's start
 * or end (two insertions at one place would be glued together, `a:9093CONTROLLER://...`).
 */
export function editsConflict(a: FileEdit, b: FileEdit): boolean {
  if (a.uri !== b.uri) return false;
  if (isInsertion(a) || isInsertion(b))
    return before(a.range.start, b.range.end) <= 0 && before(b.range.start, a.range.end) <= 0;
  return before(a.range.start, b.range.end) < 0 && before(b.range.start, a.range.end) < 0;
}

/** The preferred fix of each finding, whole or not at all, skipping fixes that would conflict with an earlier one. */
export function preferredFixes<F extends { preferred?: boolean; edits: FileEdit[] }>(findings: { fixes?: F[] }[]): F[] {
  const chosen: F[] = [];
  const edits: FileEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((candidate) => candidate.preferred);
    if (!fix || chosen.includes(fix) || fix.edits.some((edit) => edits.some((other) => editsConflict(edit, other))))
      continue;
    chosen.push(fix);
    edits.push(...fix.edits);
  }
  return chosen;
}

export function preferredEdits(findings: { fixes?: { preferred?: boolean; edits: FileEdit[] }[] }[]): FileEdit[] {
  return preferredFixes(findings).flatMap((fix) => fix.edits);
}
