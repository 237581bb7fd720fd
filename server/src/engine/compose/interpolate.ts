// Compose's `${VAR}` interpolation and the `.env` / env_file format, keeping for every resulting character the
// stretch of the original string it came from (an interpolated value maps to its whole `${...}`).

export interface Interpolated {
  value: string;
  /** For each character of `value`: [start, end) in the input string. */
  origins: [number, number][];
  /** Variables with no value and no default: the value is not known. */
  unresolved: string[];
}

export type Variables = ReadonlyMap<string, string>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Interpolates `input`; `$$` is a literal `$`. A variable with no value and no default stays as written and is reported unresolved. */
export function interpolate(input: string, variables: Variables): Interpolated {
  const out: Interpolated = { value: '', origins: [], unresolved: [] };
  const push = (text: string, start: number, end: number, exact: boolean) => {
    for (let k = 0; k < text.length; k++) {
      out.value += text[k];
      out.origins.push(exact ? [start + k, start + k + 1] : [start, end]);
    }
  };
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c !== '$') {
      push(c, i, i + 1, true);
      i++;
      continue;
    }
    if (input[i + 1] === '$') {
      push('$', i, i + 2, false);
      i += 2;
      continue;
    }
    if (input[i + 1] !== '{') {
      const name = NAME.exec(input.slice(i + 1))?.[0];
      if (!name) {
        push('$', i, i + 1, true);
        i++;
        continue;
      }
      const end = i + 1 + name.length;
      resolveInto(name, undefined, '', input.slice(i, end), i, end);
      i = end;
      continue;
    }
    const close = matchingBrace(input, i + 1);
    if (close < 0) {
      push(input.slice(i), i, input.length, true);
      break;
    }
    const body = input.slice(i + 2, close);
    const name = NAME.exec(body)?.[0] ?? '';
    const rest = body.slice(name.length);
    const operator = /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)![0];
    resolveInto(name, operator || undefined, rest.slice(operator.length), input.slice(i, close + 1), i, close + 1);
    i = close + 1;
  }
  return out;

  function resolveInto(
    name: string,
    operator: string | undefined,
    argument: string,
    written: string,
    start: number,
    end: number,
  ) {
    const value = variables.get(name);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    const nested = () => {
      const inner = interpolate(argument, variables);
      out.unresolved.push(...inner.unresolved);
      return inner.value;
    };
    let result: string | undefined;
    if (operator === ':-') result = nonEmpty ? value : nested();
    else if (operator === '-') result = set ? value : nested();
    else if (operator === ':+') result = nonEmpty ? nested() : '';
    else if (operator === '+') result = set ? nested() : '';
    else if (operator === ':?') result = nonEmpty ? value : undefined;
    else if (operator === '?') result = set ? value : undefined;
    else result = value;
    if (result === undefined) {
      out.unresolved.push(name);
      push(written, start, end, false);
    } else push(result, start, end, false);
  }
}

function matchingBrace(input: string, open: number): number {
  let depth = 0;
  for (let i = open; i < input.length; i++) {
    if (input[i] === '{') depth++;
    else if (input[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

export interface DotenvLine {
  name: string;
  value: string;
  nameStart: number;
  nameEnd: number;
  /** [start, end) of the value as written (quotes included). */
  valueStart: number;
  valueEnd: number;
  quote: '' | "'" | '"';
}

/** Reads `.env` / env_file lines: `KEY=value`, `export KEY=value`, quotes, `#` comments. */
export function parseDotenv(text: string): DotenvLine[] {
  const lines: DotenvLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const match = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*/.exec(line);
    if (match) {
      const nameStart = lineStart + match[1].length;
      const valueStart = lineStart + match[0].length;
      let rawValue = line.slice(match[0].length);
      let quote: DotenvLine['quote'] = '';
      let value: string;
      if ((rawValue[0] === '"' || rawValue[0] === "'") && rawValue.indexOf(rawValue[0], 1) > 0) {
        quote = rawValue[0] as "'" | '"';
        rawValue = rawValue.slice(0, rawValue.indexOf(quote, 1) + 1);
        value = rawValue.slice(1, -1);
        if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
      } else {
        rawValue = rawValue.replace(/\s+#.*$/, '').trimEnd();
        value = rawValue;
      }
      lines.push({
        name: match[2],
        value,
        nameStart,
        nameEnd: nameStart + match[2].length,
        valueStart,
        valueEnd: valueStart + rawValue.length,
        quote,
      });
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

export function dotenvVariables(text: string | undefined): Map<string, string> {
  return new Map((text ? parseDotenv(text) : []).map((line) => [line.name, line.value]));
}
