// Engine results in LSP shapes, with files in the URI spelling the client uses.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { FileEdit, Finding } from '../engine';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, uriOf: (path: string) => string): Diagnostic {
  const tags = [
    ...(finding.deprecated ? [DiagnosticTag.Deprecated] : []),
    ...(finding.unnecessary ? [DiagnosticTag.Unnecessary] : []),
  ];
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `https://github.com/kraft-tools/kraft-config/blob/main/docs/rules.md#${finding.code}` },
    source: 'kraft',
    message: finding.message,
    ...(tags.length ? { tags } : {}),
    ...(finding.relatedInformation?.length
      ? {
          relatedInformation: finding.relatedInformation.map((info) => ({
            location: { uri: uriOf(info.uri), range: info.range },
            message: info.message,
          })),
        }
      : {}),
    ...(finding.fixes?.length ? { data: { fixes: finding.fixes } } : {}),
  };
}

/** A file that cannot be analysed at all (unreadable, too large): one error at its start that says why. */
export function fileProblem(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'unreadable-file',
    source: 'kraft',
    message,
  };
}

/** Engine edits as an LSP WorkspaceEdit. */
export function toWorkspaceEdit(
  edits: FileEdit[],
  uriOf: (path: string) => string,
): { changes: Record<string, { range: Range; newText: string }[]> } {
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const edit of edits) (changes[uriOf(edit.uri)] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}
