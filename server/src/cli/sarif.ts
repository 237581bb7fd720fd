// `kraft-config lint --format sarif`: SARIF 2.1.0 as GitHub code scanning and other SARIF viewers read it.
// Paths stay relative to SRCROOT (the folder the CLI ran in); regions are 1-based with UTF-16 columns, as the engine's.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ruleByCode, type FileEdit, type Finding, type Range, type Severity } from '../engine';
import { packageManifest } from './manifest';

const SRCROOT = 'SRCROOT';
/** Bumped when the fingerprint's recipe changes, so that viewers do not match old alerts with new ones wrongly. */
const FINGERPRINT = 'kraftFinding/v1';

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens (rule codes are already such). */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Where a rule's documentation is read: its section of docs/rules.md in the repository. */
export function ruleHelpUri(code: string): string {
  return `${packageManifest.repository.url}/blob/main/docs/rules.md#${headingAnchor(code)}`;
}

function level(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The documentation's first sentence, without Markdown code marks. */
function firstSentence(markdown: string): string {
  const text = markdown.replace(/`/g, '');
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function ruleDescriptor(code: string): Sarif.ReportingDescriptor {
  const rule = ruleByCode.get(code);
  // Findings that are not a rule's (the per-file cap, an internal error) still need a descriptor for ruleIndex.
  if (!rule) return { id: code };
  return {
    id: code,
    shortDescription: { text: firstSentence(rule.docs.en) },
    fullDescription: { text: rule.docs.en.replace(/`/g, ''), markdown: rule.docs.en },
    helpUri: ruleHelpUri(code),
    defaultConfiguration: { level: level(rule.defaultSeverity) },
  };
}

/** A CLI path (relative, `/`-separated) as a URI reference: each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function physicalLocation(file: string, range: Range): Sarif.PhysicalLocation {
  return { artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT }, region: region(range) };
}

function fixes(finding: Finding): Sarif.Fix[] | undefined {
  if (!finding.fixes?.length) return undefined;
  return finding.fixes.map((fix) => {
    const byFile = new Map<string, FileEdit[]>();
    for (const edit of fix.edits) byFile.set(edit.uri, [...(byFile.get(edit.uri) ?? []), edit]);
    return {
      description: { text: fix.title },
      artifactChanges: [...byFile].map(([file, edits]) => ({
        artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
        replacements: edits.map((edit) => ({
          deletedRegion: region(edit.range),
          insertedContent: { text: edit.newText },
        })),
      })),
    };
  });
}

/**
 * A finding's identity that survives lines added or removed above it: the rule, the file, the flagged text and its
 * whole line with white space folded, never the line number. Equal identities in one file are told apart by order.
 */
function fingerprinter(textOf: (file: string) => string | undefined) {
  const lines = new Map<string, string[]>();
  const seen = new Map<string, number>();
  const lineText = (file: string, line: number) => {
    if (!lines.has(file)) lines.set(file, (textOf(file) ?? '').split(/\r\n|\r|\n/));
    return lines.get(file)![line] ?? '';
  };
  return (file: string, finding: Finding): string => {
    const { start, end } = finding.range;
    const startLine = lineText(file, start.line);
    const flagged =
      start.line === end.line ? startLine.slice(start.character, end.character) : startLine.slice(start.character);
    const identity = [finding.code, file, flagged.trim(), startLine.replace(/\s+/g, ' ').trim()].join('\u0000');
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  };
}

/**
 * The findings of a lint run as a SARIF log. `textOf` gives a file's text (for fingerprints); `root` is the folder the
 * relative paths start from.
 */
export function toSarif(
  results: Map<string, Finding[]>,
  textOf: (file: string) => string | undefined,
  root: string,
): Sarif.Log {
  const codes = [...ruleByCode.keys()];
  for (const findings of results.values())
    for (const finding of findings) if (!codes.includes(finding.code)) codes.push(finding.code);
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const fingerprint = fingerprinter(textOf);
  const rootUri = pathToFileURL(root).href;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: packageManifest.name,
            version: packageManifest.version,
            semanticVersion: packageManifest.version,
            informationUri: packageManifest.repository.url,
            rules: codes.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results: [...results].flatMap(([file, findings]) =>
          findings.map(
            (finding): Sarif.Result => ({
              ruleId: finding.code,
              ruleIndex: ruleIndex.get(finding.code),
              level: level(finding.severity),
              message: { text: finding.message },
              locations: [{ physicalLocation: physicalLocation(file, finding.range) }],
              ...(finding.relatedInformation?.length
                ? {
                    relatedLocations: finding.relatedInformation.map((info, index) => ({
                      id: index,
                      physicalLocation: physicalLocation(info.uri, info.range),
                      message: { text: info.message },
                    })),
                  }
                : {}),
              partialFingerprints: { [FINGERPRINT]: fingerprint(file, finding) },
              ...(fixes(finding) ? { fixes: fixes(finding) } : {}),
            }),
          ),
        ),
      },
    ],
  };
}
