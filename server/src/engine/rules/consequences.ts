// One mistake, one finding: a finding that only follows from another one on the same line of the same file is folded
// into it (its message becomes a related row), so the root cause is reported once with its consequences listed.
import type { FileEdit, Finding, Severity } from '../types';
import type { Rule } from './rule';

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** code -> the codes its findings explain (declared by each rule in `explains`). */
export function explanationsOf(rules: Rule[]): Map<string, Set<string>> {
  return new Map(rules.filter((rule) => rule.explains?.length).map((rule) => [rule.code, new Set(rule.explains)]));
}

/**
 * Folds consequences into their root causes, per line. The root keeps its code, message and fixes, takes the highest
 * severity of what it explains (a warning whose consequence stops the cluster is an error), and lists each consequence
 * in relatedInformation. A root without fixes adopts the consequences' fixes, without duplicates.
 */
export function foldConsequences(findings: Finding[], explains: Map<string, Set<string>>): Finding[] {
  if (explains.size === 0 || findings.length < 2) return findings;
  const byLine = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.uri}\u0000${finding.range.start.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), finding]);
  }
  const folded = new Set<Finding>();
  for (const line of byLine.values()) {
    if (line.length < 2) continue;
    const explainedBy = (finding: Finding) =>
      line.find(
        (other) =>
          other !== finding &&
          !folded.has(other) &&
          explains.get(other.code)?.has(finding.code) &&
          other.code !== finding.code,
      );
    let changed = true;
    while (changed) {
      changed = false;
      for (const consequence of line) {
        if (folded.has(consequence)) continue;
        let root = explainedBy(consequence);
        // Walk up to a finding nothing else explains (declarations are acyclic; the guard keeps a mistake harmless).
        for (let hops = 0; root && hops < line.length; hops++) {
          const above = explainedBy(root);
          if (!above || above === consequence) break;
          root = above;
        }
        if (!root) continue;
        absorb(root, consequence);
        folded.add(consequence);
        changed = true;
      }
    }
  }
  return folded.size === 0 ? findings : findings.filter((finding) => !folded.has(finding));
}

function absorb(root: Finding, consequence: Finding): void {
  if (RANK[consequence.severity] > RANK[root.severity]) root.severity = consequence.severity;
  const rows = [
    ...(root.relatedInformation ?? []),
    { uri: consequence.uri, range: consequence.range, message: consequence.message },
  ];
  const seen = new Set<string>();
  root.relatedInformation = rows.filter((row) => {
    const key = JSON.stringify([row.uri, row.range.start, row.message]);
    return !seen.has(key) && !!seen.add(key);
  });
  // The consequence's repairs stay on offer after the root's own, minus those doing the same edits; one preferred at most.
  const fixes = [...(root.fixes ?? [])];
  for (const fix of consequence.fixes ?? []) {
    const anyPreferred = fixes.some((other) => other.preferred);
    const same = fixes.findIndex((other) => sameEdits(other.edits, fix.edits));
    if (same >= 0) {
      // The same repair offered by the consequence as its evident fix is evident for the root too.
      if (fix.preferred && !anyPreferred) fixes[same] = { ...fixes[same], preferred: true };
      continue;
    }
    fixes.push(anyPreferred ? { ...fix, preferred: undefined } : fix);
  }
  root.fixes = fixes.length ? fixes : root.fixes;
}

/** Two fixes that change the same text the same way are one fix, whatever their titles say. */
export function sameEdits(a: FileEdit[], b: FileEdit[]): boolean {
  const key = (edits: FileEdit[]) =>
    edits
      .map((edit) => JSON.stringify([edit.uri, edit.range.start, edit.range.end, edit.newText]))
      .sort()
      .join('\u0000');
  return key(a) === key(b);
}
