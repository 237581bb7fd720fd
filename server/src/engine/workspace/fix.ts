// The fix loop behind `lint --fix`: applies preferred fixes pass after pass until nothing changes, never accepting a
// pass that adds errors (or warnings without removing an error), and stops, saying so, when it does not settle.
import type { EngineOptions, Finding, FixProposal } from '../types';
import { applyEdits, preferredFixes } from './apply-edits';
import { lintWorkspace, type WorkspaceFile } from './lint';

export interface FixOutcome {
  /** The fixed text of every file that changed. */
  texts: Map<string, string>;
  /** Number of fixes applied per changed file. */
  fixCounts: Map<string, number>;
  /** Findings of the final texts. */
  findings: Map<string, Finding[]>;
  /** False when the loop stopped before reaching a state without applicable fixes. */
  converged: boolean;
  passes: number;
  /** Preferred fixes left out because applying them would have made things worse. */
  rejected: number;
}

interface Score {
  errors: number;
  warnings: number;
}

function scoreOf(findings: Map<string, Finding[]>): Score {
  let errors = 0;
  let warnings = 0;
  for (const list of findings.values()) {
    for (const finding of list) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings };
}

const noWorse = (next: Score, current: Score) =>
  next.errors < current.errors || (next.errors === current.errors && next.warnings <= current.warnings);

function applyFixes(files: WorkspaceFile[], fixes: FixProposal[]): WorkspaceFile[] {
  return files.map((file) => {
    const edits = fixes.flatMap((fix) => fix.edits.filter((edit) => edit.uri === file.uri));
    return edits.length === 0 ? file : { ...file, text: applyEdits(file.text, edits) };
  });
}

const stateKey = (files: WorkspaceFile[]) =>
  files.map((file) => `${file.uri.length}:${file.uri}${file.text.length}:${file.text}`).join('');

/**
 * `onlyUri` limits the fixes to those editing that file alone (the editor's "fix all in file"), `onlyCode` to those of
 * one rule (the editor's "fix all N of this kind"); the other files are still linted, so a fix that adds an error
 * elsewhere is refused too.
 */
export function fixWorkspace(
  input: WorkspaceFile[],
  options: EngineOptions = {},
  maxPasses = 10,
  onlyUri?: string,
  onlyCode?: string,
): FixOutcome {
  let files = input.map((file) => ({ ...file }));
  let findings = lintWorkspace(files, options);
  let score = scoreOf(findings);
  const fixCounts = new Map<string, number>();
  const seen = new Set([stateKey(files)]);
  let rejected = 0;
  let passes = 0;
  let converged = false;
  const count = (fixes: FixProposal[]) => {
    for (const fix of fixes)
      for (const uri of new Set(fix.edits.map((edit) => edit.uri))) fixCounts.set(uri, (fixCounts.get(uri) ?? 0) + 1);
  };
  const applicable = (fixes: FixProposal[]) =>
    onlyUri === undefined ? fixes : fixes.filter((fix) => fix.edits.every((edit) => edit.uri === onlyUri));
  const fixesOf = (all: Map<string, Finding[]>) =>
    applicable(preferredFixes([...all.values()].flat().filter((finding) => !onlyCode || finding.code === onlyCode)));
  while (passes < maxPasses) {
    const fixes = fixesOf(findings);
    const batch = applyFixes(files, fixes);
    if (fixes.length === 0 || stateKey(batch) === stateKey(files)) {
      converged = true;
      break;
    }
    passes++;
    const batchFindings = lintWorkspace(batch, options);
    let accepted: FixProposal[] = fixes;
    let next = batch;
    let nextFindings = batchFindings;
    if (!noWorse(scoreOf(batchFindings), score)) {
      // Some fix in the batch hurts: keep, one by one, only the fixes that do not.
      accepted = [];
      next = files;
      nextFindings = findings;
      for (const fix of fixes) {
        const candidate = applyFixes(next, [fix]);
        if (stateKey(candidate) === stateKey(next)) continue;
        const candidateFindings = lintWorkspace(candidate, options);
        if (noWorse(scoreOf(candidateFindings), scoreOf(nextFindings))) {
          accepted.push(fix);
          next = candidate;
          nextFindings = candidateFindings;
        } else rejected++;
      }
      if (accepted.length === 0) {
        converged = true;
        break;
      }
    }
    const key = stateKey(next);
    if (seen.has(key)) break; // the fixes undo each other: stop rather than flip back and forth
    seen.add(key);
    count(accepted);
    files = next;
    findings = nextFindings;
    score = scoreOf(findings);
  }
  if (!converged && passes === maxPasses) {
    // The last pass may have reached the fixed point: it did if no fix would change anything more.
    converged = stateKey(applyFixes(files, fixesOf(findings))) === stateKey(files);
  }
  const texts = new Map<string, string>();
  input.forEach((file, index) => {
    if (files[index].text !== file.text) texts.set(file.uri, files[index].text);
  });
  return { texts, fixCounts, findings, converged, passes, rejected };
}
