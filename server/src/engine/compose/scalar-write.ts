// Writing a string as a YAML scalar in a given style, without the YAML parser (the generator uses it in the client).
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK';

/** True when `value` can be written as a plain scalar and still read back as the same string. */
export function isPlainSafe(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/[\r\n\t]/.test(value) || value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^-[^\s]/.test(value)) return false;
  return true;
}

/** Writes a string as a scalar in the given style (a plain scalar that would change meaning becomes single-quoted). */
export function renderScalar(value: string, style: ScalarStyle): string {
  if (style === 'PLAIN' && isPlainSafe(value)) return value;
  if (style === 'QUOTE_DOUBLE') {
    return (
      '"' +
      value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\t/g, '\\t')
        .replace(/\r/g, '\\r') +
      '"'
    );
  }
  if (/[\r\n]/.test(value)) return renderScalar(value, 'QUOTE_DOUBLE');
  return "'" + value.replace(/'/g, "''") + "'";
}
