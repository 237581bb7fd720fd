// A preferred fix is applied without a look ("auto fix", fix-all): a key rename must never raise the error count.
// A typo's value passes the renamed key's own type check yet can break other keys (a protocol map that leaves the
// controller listener out): the node's rules run once more on the renamed text, and a rename that adds an error
// stays offered but is no longer preferred. Only files with a preferred rename pay for it.
import type { KafkaVersion } from '../catalog';
import { allRules } from '../rules';
import type { Finding } from '../types';
import { applyEdits } from './apply-edits';
import { buildNode, type NodeConfig } from './node';

const RENAMING_RULE = 'unknown-key';

function nodeErrors(
  node: NodeConfig,
  version: KafkaVersion,
  peers: NodeConfig[],
  acceptedUnknownKeys: string[],
): number {
  let errors = 0;
  for (const rule of allRules) {
    if (rule.scope !== 'node' || rule.code === 'zookeeper-mode') continue;
    try {
      rule.check({
        node,
        version,
        acceptedUnknownKeys,
        peers,
        report: (report) => void ((report.severity ?? rule.defaultSeverity) === 'error' && errors++),
      });
    } catch {
      // The main lint reports a failing rule; here it only counts as no error.
    }
  }
  return errors;
}

export function demoteHarmfulRenames(
  node: NodeConfig,
  findings: Finding[],
  version: KafkaVersion,
  peers: NodeConfig[],
  acceptedUnknownKeys: string[],
): void {
  const renames = findings.flatMap((finding) =>
    finding.code === RENAMING_RULE ? (finding.fixes ?? []).filter((fix) => fix.preferred) : [],
  );
  if (renames.length === 0) return;
  const before = nodeErrors(node, version, peers, acceptedUnknownKeys);
  for (const fix of renames) {
    const renamed = buildNode(node.uri, applyEdits(node.doc.text, fix.edits), version, node.encoding);
    if (nodeErrors(renamed, version, peers, acceptedUnknownKeys) > before) fix.preferred = false;
  }
}
