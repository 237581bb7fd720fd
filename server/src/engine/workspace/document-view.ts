// Per-document editor features (hover, completion, outline, folding, semantic tokens) answer right after a
// keystroke: they need the node of the document as typed now and its cluster's context, not a fresh analysis of
// the whole workspace. This view replaces one node in an existing analysis; the grouping stays as last analysed
// until the next validation, which the host runs as usual.
import { buildNode } from './node';
import { OverlayMap } from './overlay-map';
import type { Cluster } from './cluster';
import type { AnalyzedWorkspace } from './lint';

/** The analysis with `path` parsed from `text` (the analysis itself when the text is the one analysed). */
export function withDocumentText(workspace: AnalyzedWorkspace, path: string, text: string): AnalyzedWorkspace {
  const before = workspace.nodes.get(path);
  if (!before || before.doc.text === text) return workspace;
  const cluster = workspace.clusterOf.get(path);
  const node = buildNode(path, text, cluster?.kafkaVersion ?? workspace.version, before.encoding);
  const nodes = new OverlayMap(workspace.nodes, new Map([[path, node]]));
  const input = workspace.inputs.get(path);
  const inputs = input ? new OverlayMap(workspace.inputs, new Map([[path, { ...input, text }]])) : workspace.inputs;
  if (!cluster) return { ...workspace, nodes, inputs };
  const members = cluster.nodes.map((member) => (member === before ? node : member));
  // As the grouping builds them: brokers and controllers in the members' order.
  const patched: Cluster = {
    ...cluster,
    nodes: members,
    brokers: members.filter((member) => member.isBroker),
    controllers: members.filter((member) => member.isController),
  };
  const clusterOf = new OverlayMap(workspace.clusterOf, new Map(patched.nodes.map((member) => [member.uri, patched])));
  const clusters = workspace.clusters.map((each) => (each === cluster ? patched : each));
  return { ...workspace, nodes, inputs, clusterOf, clusters };
}
