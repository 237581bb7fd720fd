// Property-based fuzzing of the parser, the rules and the fix loop, shared by the unit suite (a few hundred cases) and
// scripts/fuzz-long.mjs (100,000+). Workspaces are real clusters (examples/, generated topologies) mutated by
// hostile edits; every invariant below must hold for every one of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { applyEdits, fixWorkspace, lintWorkspace, type Finding, type WorkspaceFile } from '../../server/src/engine';
import { generateTopology } from '../../server/src/engine/generator';
import { parseProperties } from '../../server/src/engine/parser/properties';
import { escapeKey, escapeValue } from '../../server/src/engine/parser/values';
import { REPO } from './engine';

/** Seed workspaces: each is one cluster of files. */
export function seedWorkspaces(): WorkspaceFile[][] {
  const seeds: WorkspaceFile[][] = [];
  for (const example of ['cluster-correct', 'cluster-with-mistakes']) {
    const root = path.join(REPO, 'examples', example);
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.properties'));
    seeds.push(
      files.map((name) => ({
        uri: `${example}/${name.split(path.sep).join('/')}`,
        text: fs.readFileSync(path.join(root, name), 'utf8'),
      })),
    );
  }
  for (const layout of ['combined', 'isolated', 'mixed'] as const) {
    const result = generateTopology({
      layout,
      controllers: 3,
      brokers: layout === 'combined' ? undefined : 2,
      clusterId: 'MkU3OEVBNTcwNTJENDM2Qg',
    });
    seeds.push(
      result.files
        .filter((file) => file.path.endsWith('.properties'))
        .map((file) => ({ uri: `gen-${layout}/${file.path}`, text: file.content })),
    );
  }
  return seeds;
}

/** Text fragments that stress the properties format and the rules' parsers. */
const FRAGMENTS = [
  '\\',
  '\\\\',
  '=',
  ':',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '#',
  '!',
  ',',
  '@',
  '//',
  '://',
  '\\u00e9',
  '\\u12',
  '\u00e9',
  '\ufffd',
  '\ufeff',
  'CONTROLLER',
  'PLAINTEXT',
  'SASL_SSL',
  'controller',
  'broker',
  '9093',
  '-1',
  '0',
  '65536',
  'localhost',
  '[::1]',
  '.bytes',
  '.byte',
  'listeners=',
  'process.roles=',
  'node.id=',
  'controller.quorum.voters=',
  'log.segment.byte=',
  'log.segment.bytes=1073741824\n',
  'advertised.Listeners=',
  'ssl.keystore.pasword=hunter2\n',
  '\\\n  ',
  'listener.security.protocol.map=',
  'controller.listener.names=',
];

export type Mutation = {
  at: number;
  kind: 'insert' | 'delete' | 'duplicateLine' | 'dropLine';
  fragment: number;
  length: number;
};

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat({ max: 100_000 }),
  kind: fc.constantFrom('insert', 'insert', 'delete', 'duplicateLine', 'dropLine'),
  fragment: fc.nat({ max: FRAGMENTS.length - 1 }),
  length: fc.integer({ min: 1, max: 12 }),
});

export const caseArbitrary = (seeds: number) =>
  fc.record({
    seed: fc.nat({ max: seeds - 1 }),
    mutations: fc.array(fc.record({ file: fc.nat({ max: 7 }), mutation: mutationArbitrary }), {
      minLength: 1,
      maxLength: 6,
    }),
  });

export function mutate(text: string, mutation: Mutation): string {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  if (mutation.kind === 'insert') return text.slice(0, at) + FRAGMENTS[mutation.fragment] + text.slice(at);
  if (mutation.kind === 'delete') return text.slice(0, at) + text.slice(at + mutation.length);
  const lines = text.split('\n');
  const line = mutation.at % lines.length;
  if (mutation.kind === 'duplicateLine') lines.splice(line, 0, lines[line]);
  else lines.splice(line, 1);
  return lines.join('\n');
}

export function buildCase(
  seeds: WorkspaceFile[][],
  input: { seed: number; mutations: { file: number; mutation: Mutation }[] },
): WorkspaceFile[] {
  const files = seeds[input.seed].map((file) => ({ ...file }));
  for (const { file, mutation } of input.mutations) {
    const target = files[file % files.length];
    target.text = mutate(target.text, mutation);
  }
  return files;
}

const errorCount = (findings: Map<string, Finding[]>) =>
  [...findings.values()].flat().filter((finding) => finding.severity === 'error').length;

/** Every position is inside its document (a line that exists, a character within that line). */
function positionProblems(files: WorkspaceFile[], findings: Map<string, Finding[]>): string[] {
  const problems: string[] = [];
  const lines = new Map(files.map((file) => [file.uri, file.text.split(/\r\n|\r|\n/).map((line) => line.length)]));
  const inside = (uri: string, position: { line: number; character: number }) => {
    const lengths = lines.get(uri);
    return (
      !!lengths &&
      position.line >= 0 &&
      position.line < lengths.length &&
      position.character >= 0 &&
      position.character <= lengths[position.line]
    );
  };
  for (const finding of [...findings.values()].flat()) {
    if (!inside(finding.uri, finding.range.start) || !inside(finding.uri, finding.range.end))
      problems.push(`position outside ${finding.uri}: ${finding.code}`);
    for (const fix of finding.fixes ?? []) {
      for (const edit of fix.edits) {
        if (!inside(edit.uri, edit.range.start) || !inside(edit.uri, edit.range.end))
          problems.push(`fix edit outside ${edit.uri}: ${finding.code}`);
      }
    }
  }
  return problems;
}

/** The parser is lossless: entries and comments cover disjoint, ordered slices and everything else is blank. */
export function parserProblems(text: string): string[] {
  const doc = parseProperties(text);
  if (doc.text !== text) return ['parser changed the text'];
  const slices = [
    ...doc.entries.map((entry) => [entry.start, entry.end]),
    ...doc.comments.map((comment) => [comment.start, comment.end]),
  ].sort((a, b) => a[0] - b[0]);
  let printed = '';
  let at = 0;
  for (const [start, end] of slices) {
    if (start < at) return [`overlapping slices at ${start}`];
    if (!/^[\s\ufeff\\]*$/.test(text.slice(at, start)))
      return [`text lost between ${at} and ${start}: ${JSON.stringify(text.slice(at, start))}`];
    printed += text.slice(at, start) + text.slice(start, end);
    at = end;
  }
  printed += text.slice(at);
  if (printed !== text) return ['print(parse(text)) differs from text'];
  // Every decoded key and value survives escaping and parsing again (how fixes write them).
  for (const entry of doc.entries) {
    const again = parseProperties(`${escapeKey(entry.key)}=${escapeValue(entry.value)}`).entries;
    if (again.length !== 1 || again[0].key !== entry.key || again[0].value !== entry.value)
      return [`escaping does not round-trip ${JSON.stringify(entry.key)}=${JSON.stringify(entry.value)}`];
  }
  return [];
}

export interface CaseReport {
  problems: string[];
  /** Preferred fixes that, applied alone, raised the error count (rule code -> count). */
  harmfulFixes: Map<string, number>;
  converged: boolean;
  fixedErrors: number;
}

/** Checks every invariant on one workspace; never throws (an exception is reported as a problem). */
export function checkCase(files: WorkspaceFile[], options: { singleFixes?: boolean } = {}): CaseReport {
  const report: CaseReport = { problems: [], harmfulFixes: new Map(), converged: true, fixedErrors: 0 };
  try {
    for (const file of files)
      report.problems.push(...parserProblems(file.text).map((problem) => `${file.uri}: ${problem}`));
    const findings = lintWorkspace(files);
    report.problems.push(...positionProblems(files, findings));
    const before = errorCount(findings);
    if (options.singleFixes !== false) {
      for (const finding of [...findings.values()].flat()) {
        const fix = finding.fixes?.find((candidate) => candidate.preferred);
        if (!fix) continue;
        const fixed = files.map((file) => ({
          ...file,
          text: applyEdits(
            file.text,
            fix.edits.filter((edit) => edit.uri === file.uri),
          ),
        }));
        const after = errorCount(lintWorkspace(fixed));
        if (after <= before) continue;
        // From errors, a correct fix may reveal others (a repaired voters line joins a cluster): counted. From a
        // workspace without errors, a preferred fix must never create one.
        report.harmfulFixes.set(finding.code, (report.harmfulFixes.get(finding.code) ?? 0) + 1);
        if (before === 0) report.problems.push(`preferred ${finding.code} fix raised errors from 0 to ${after}`);
      }
    }
    const outcome = fixWorkspace(files);
    report.converged = outcome.converged;
    report.fixedErrors = errorCount(outcome.findings);
    if (report.fixedErrors > before)
      report.problems.push(`--fix raised errors from ${before} to ${report.fixedErrors}`);
    const fixedFiles = files.map((file) => ({ ...file, text: outcome.texts.get(file.uri) ?? file.text }));
    if (outcome.converged && fixWorkspace(fixedFiles).texts.size > 0) report.problems.push('--fix is not idempotent');
  } catch (error) {
    report.problems.push(`exception: ${(error as Error).stack ?? error}`);
  }
  return report;
}
