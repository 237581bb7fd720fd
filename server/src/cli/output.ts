// How `kraft-config lint` prints its results: text for people, JSON and SARIF for machines.
import type { Finding } from '../engine';
import { t } from '../engine';

export const out = (text: string) => process.stdout.write(text + '\n');
export const err = (text: string) => process.stderr.write(terminalSafe(text) + '\n');
// `kraft-config lint ... | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Makes text from a config file harmless on a terminal: control characters (ESC starts colour, cursor and title
 * sequences), C1 controls and bidirectional overrides are shown as `\uXXXX` instead of being interpreted.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function plainFinding(finding: Finding) {
  return {
    range: finding.range,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    ...(finding.relatedInformation?.length
      ? {
          relatedInformation: finding.relatedInformation.map((info) => ({
            path: info.uri,
            range: info.range,
            message: info.message,
          })),
        }
      : {}),
  };
}

export function toJson(results: Map<string, Finding[]>, errors: number, warnings: number) {
  return {
    files: [...results].map(([file, findings]) => ({ path: file, diagnostics: findings.map(plainFinding) })),
    summary: { errors, warnings },
  };
}

export function printText(results: Map<string, Finding[]>, fileCount: number, errors: number, warnings: number) {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const mark = {
    error: paint('31', 'error'),
    warning: paint('33', 'warning'),
    information: paint('36', 'info'),
    hint: paint('2', 'hint'),
  };
  for (const [file, findings] of results) {
    if (findings.length === 0) continue;
    out(paint('1', terminalSafe(file)));
    for (const finding of findings) {
      const where = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      out(
        `  ${where.padEnd(7)} ${mark[finding.severity].padEnd(color ? 16 : 7)} ${terminalSafe(finding.message)}  ${paint('2', finding.code)}`,
      );
      for (const info of finding.relatedInformation ?? []) {
        out(`          ${paint('2', terminalSafe(`↳ ${info.uri}:${info.range.start.line + 1}: ${info.message}`))}`);
      }
    }
    out('');
  }
  out(t('cli.summary', { files: fileCount, errors, warnings }));
}
