// A lossless, tolerant reader of the Java `.properties` format that follows `java.util.Properties.load`
// character for character, and remembers where every decoded character came from.

export interface Comment {
  start: number;
  end: number;
  /** The comment text after `#` or `!`. */
  text: string;
}

export interface Entry {
  /** Decoded key, as Java sees it. */
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The `=` or `:` separator, when there is one (whitespace-only separators have none). */
  separator?: { start: number; end: number; char: string };
  /** Decoded value, as Java sees it (not trimmed: Kafka trims later, per type). */
  value: string;
  valueStart: number;
  valueEnd: number;
  /** Source offset of every decoded value character; one extra slot holds the end offset. */
  readonly valueOffsets: readonly number[];
  /** Source offset just after every decoded value character (an escape spans several source characters). */
  readonly valueEnds: readonly number[];
  /** Offsets of the whole logical line, from the first key character to the end of its last natural line. */
  start: number;
  end: number;
  /** Index of this entry among all entries of the document. */
  index: number;
}

export interface ParseProblem {
  start: number;
  end: number;
  kind: 'malformed-unicode-escape';
}

export interface PropertiesDocument {
  text: string;
  /** The text started with a UTF-8 byte order mark (U+FEFF). Positions still count it. */
  hasBom: boolean;
  entries: Entry[];
  comments: Comment[];
  problems: ParseProblem[];
  /** Offsets at which each line starts. */
  lineStarts: number[];
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const FORM_FEED = 12;
const EQUALS = 61;
const COLON = 58;
/** Properties.load's whitespace between key and value and at the start of a line. */
const isBlankCode = (c: number) => c === SPACE || c === TAB || c === FORM_FEED;
const isBlank = (c: string) => isBlankCode(c.charCodeAt(0));

interface NaturalLine {
  start: number;
  end: number;
}

function naturalLines(text: string): { lines: NaturalLine[]; lineStarts: number[] } {
  const lines: NaturalLine[] = [];
  const lineStarts = [0];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      lines.push({ start, end: i });
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
      lineStarts.push(start);
    }
  }
  lines.push({ start, end: text.length });
  return { lines, lineStarts };
}

/** Number of consecutive backslashes that end the range. */
function trailingBackslashes(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = end - 1; i >= start && text[i] === '\\'; i--) count++;
  return count;
}

export function parseProperties(input: string): PropertiesDocument {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const { lines, lineStarts } = naturalLines(text);
  const entries: Entry[] = [];
  const comments: Comment[] = [];
  const problems: ParseProblem[] = [];

  let lineIndex = 0;
  let nextBackslash = text.indexOf('\\');
  while (lineIndex < lines.length) {
    const line = lines[lineIndex];
    let pos = line.start;
    if (lineIndex === 0 && hasBom) pos++;
    while (pos < line.end && isBlank(text[pos])) pos++;
    if (pos >= line.end) {
      lineIndex++;
      continue;
    }
    if (text[pos] === '#' || text[pos] === '!') {
      comments.push({ start: pos, end: line.end, text: text.slice(pos + 1, line.end) });
      lineIndex++;
      continue;
    }
    // Most lines have no backslash: no continuation and no escape, so key and value are plain slices of the text.
    if (nextBackslash !== -1 && nextBackslash < pos) nextBackslash = text.indexOf('\\', pos);
    if (nextBackslash === -1 || nextBackslash >= line.end) {
      entries.push(plainEntry(text, pos, line.end, entries.length));
      lineIndex++;
      continue;
    }
    // Gather the logical line: raw characters with their offsets, across backslash continuations.
    const chars: string[] = [];
    const offsets: number[] = [];
    let segmentStart = pos;
    let current = line;
    let end = line.end;
    for (;;) {
      const continues = trailingBackslashes(text, segmentStart, current.end) % 2 === 1;
      const segmentEnd = continues ? current.end - 1 : current.end;
      for (let i = segmentStart; i < segmentEnd; i++) {
        chars.push(text[i]);
        offsets.push(i);
      }
      end = current.end;
      if (!continues || lineIndex + 1 >= lines.length) break;
      lineIndex++;
      current = lines[lineIndex];
      segmentStart = current.start;
      while (segmentStart < current.end && isBlank(text[segmentStart])) segmentStart++;
      end = current.end;
    }
    lineIndex++;
    offsets.push(end);

    // Split key and value exactly like Properties.load.
    let keyLength = 0;
    let valueIndex = chars.length;
    let hasSeparator = false;
    let separatorIndex = -1;
    let precedingBackslash = false;
    while (keyLength < chars.length) {
      const c = chars[keyLength];
      if ((c === '=' || c === ':') && !precedingBackslash) {
        valueIndex = keyLength + 1;
        hasSeparator = true;
        separatorIndex = keyLength;
        break;
      } else if (isBlank(c) && !precedingBackslash) {
        valueIndex = keyLength + 1;
        break;
      }
      precedingBackslash = c === '\\' ? !precedingBackslash : false;
      keyLength++;
    }
    while (valueIndex < chars.length) {
      const c = chars[valueIndex];
      if (!isBlank(c)) {
        if (!hasSeparator && (c === '=' || c === ':')) {
          hasSeparator = true;
          separatorIndex = valueIndex;
        } else {
          break;
        }
      }
      valueIndex++;
    }
    const key = decode(text, chars, offsets, 0, keyLength, problems);
    const value = decode(text, chars, offsets, valueIndex, chars.length, problems);
    entries.push(
      new ParsedEntry(
        value,
        {
          key: key.text,
          keyStart: offsets[0],
          keyEnd: keyLength > 0 ? offsets[keyLength - 1] + 1 : offsets[0],
          value: value.text,
          valueStart: offsets[valueIndex],
          valueEnd: end,
          start: offsets[0],
          end,
          index: entries.length,
        },
        separatorIndex >= 0 ? offsets[separatorIndex] : -1,
        separatorIndex >= 0 ? chars[separatorIndex] : '',
      ),
    );
  }
  return { text, hasBom, entries, comments, problems, lineStarts };
}

/** An entry on one line without any backslash: `Properties.load`'s key/value split, done on offsets. */
function plainEntry(text: string, start: number, end: number, index: number): Entry {
  let keyEnd = start;
  let separatorStart = -1;
  let valueStart = end;
  for (; keyEnd < end; keyEnd++) {
    const c = text.charCodeAt(keyEnd);
    if (c === EQUALS || c === COLON) {
      separatorStart = keyEnd;
      valueStart = keyEnd + 1;
      break;
    }
    if (isBlankCode(c)) {
      valueStart = keyEnd + 1;
      break;
    }
  }
  for (; valueStart < end; valueStart++) {
    const c = text.charCodeAt(valueStart);
    if (isBlankCode(c)) continue;
    if (separatorStart >= 0 || (c !== EQUALS && c !== COLON)) break;
    separatorStart = valueStart;
  }
  const value = text.slice(valueStart, end);
  return new ParsedEntry(
    { text: value, plainStart: valueStart },
    { key: text.slice(start, keyEnd), keyStart: start, keyEnd, value, valueStart, valueEnd: end, start, end, index },
    separatorStart,
    separatorStart >= 0 ? text[separatorStart] : '',
  );
}

/**
 * Decoded value with its source map. Most values are written plainly on one line (character k at `plainStart + k`),
 * and then the two per-character arrays are only built if a feature asks for them: they cost far more than the text.
 */
interface DecodedValue {
  text: string;
  plainStart?: number;
  offsets?: number[];
  ends?: number[];
}

class ParsedEntry implements Entry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: string;
  valueStart: number;
  valueEnd: number;
  start: number;
  end: number;
  index: number;
  private offsets: number[] | undefined;
  private ends: number[] | undefined;
  /** Set when the value is written plainly: character k at `plainStart + k`. */
  readonly plainStart: number | undefined;

  /** The separator's offset (-1: none) and character; its object is made when asked for (most never are). */
  private readonly separatorStart: number;
  private readonly separatorChar: string;
  private separatorObject: Entry['separator'];

  constructor(
    decoded: DecodedValue,
    fields: Omit<Entry, 'valueOffsets' | 'valueEnds' | 'separator'>,
    separatorStart: number,
    separatorChar: string,
  ) {
    this.key = fields.key;
    this.keyStart = fields.keyStart;
    this.keyEnd = fields.keyEnd;
    this.separatorStart = separatorStart;
    this.separatorChar = separatorChar;
    this.value = fields.value;
    this.valueStart = fields.valueStart;
    this.valueEnd = fields.valueEnd;
    this.start = fields.start;
    this.end = fields.end;
    this.index = fields.index;
    this.offsets = decoded.offsets;
    this.ends = decoded.ends;
    this.plainStart = decoded.plainStart;
  }

  get separator(): Entry['separator'] {
    if (this.separatorStart < 0) return undefined;
    return (this.separatorObject ??= {
      start: this.separatorStart,
      end: this.separatorStart + 1,
      char: this.separatorChar,
    });
  }

  get valueOffsets(): readonly number[] {
    return (this.offsets ??= Array.from({ length: this.value.length + 1 }, (_, k) => this.plainStart! + k));
  }

  get valueEnds(): readonly number[] {
    return (this.ends ??= Array.from({ length: this.value.length }, (_, k) => this.plainStart! + k + 1));
  }
}

/** `entry.valueOffsets[index]` without building the array for a plainly written value. */
export function valueOffsetAt(entry: Entry, index: number): number {
  const plain = entry instanceof ParsedEntry ? entry.plainStart : undefined;
  return plain === undefined || index < 0 || index > entry.value.length ? entry.valueOffsets[index] : plain + index;
}

/** `entry.valueEnds[index]` without building the array for a plainly written value. */
export function valueEndAt(entry: Entry, index: number): number {
  const plain = entry instanceof ParsedEntry ? entry.plainStart : undefined;
  return plain === undefined || index < 0 || index >= entry.value.length ? entry.valueEnds[index] : plain + index + 1;
}

/** `Properties.loadConvert`: resolves escapes, keeping the source offset of each resulting character. */
function decode(
  text: string,
  chars: string[],
  offsets: number[],
  from: number,
  to: number,
  problems: ParseProblem[],
): DecodedValue {
  const first = offsets[Math.min(from, offsets.length - 1)];
  const last = to < offsets.length ? offsets[to] : offsets[offsets.length - 1];
  // Fast path, nothing allocated but the slice: no backslash and one source line.
  const backslash = chars.indexOf('\\', from);
  if (last - first === to - from && (backslash === -1 || backslash >= to))
    return { text: text.slice(first, last), plainStart: first };
  let out = '';
  const outOffsets: number[] = [];
  const ends: number[] = [];
  let plain = true;
  let i = from;
  while (i < to) {
    const c = chars[i];
    if (c !== '\\') {
      if (offsets[i] !== first + outOffsets.length) plain = false;
      out += c;
      outOffsets.push(offsets[i]);
      ends.push(offsets[i] + 1);
      i++;
      continue;
    }
    const escapeStart = offsets[i];
    plain = false;
    i++;
    if (i >= to) break; // a lone trailing backslash is dropped, as in Java
    const next = chars[i];
    if (next === 'u') {
      const hex = chars.slice(i + 1, i + 5).join('');
      if (i + 4 < to && /^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        outOffsets.push(escapeStart);
        ends.push(offsets[i + 4] + 1);
        i += 5;
      } else {
        // Java throws "Malformed \uxxxx encoding." and Kafka refuses the whole file.
        problems.push({
          start: escapeStart,
          end: offsets[Math.min(i + 5, to)] ?? escapeStart + 2,
          kind: 'malformed-unicode-escape',
        });
        i++;
      }
      continue;
    }
    out += next === 't' ? '\t' : next === 'r' ? '\r' : next === 'n' ? '\n' : next === 'f' ? '\f' : next;
    outOffsets.push(escapeStart);
    ends.push(offsets[i] + 1);
    i++;
  }
  // A slice of the source shares its memory; the string built character by character above is a chain of pieces.
  if (plain && last === first + out.length) return { text: text.slice(first, last), plainStart: first };
  outOffsets.push(last);
  return { text: out, offsets: outOffsets, ends };
}
