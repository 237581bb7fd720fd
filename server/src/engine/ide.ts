// The editor face of the engine: answers about a position in an analysed workspace (hover, completion, definition,
// rename, outline, folding, semantic tokens; hover and definition in compose files too) and the cluster picture.
// The language server's handlers import this module only; the analysis itself comes from the lint face (./index).
export { hover, type HoverResult } from './features/hover';
export { withDocumentText } from './workspace/document-view';
export { completeList, type CompletionList, type CompletionResult } from './features/completion';
export { definition, type DefinitionTarget } from './features/definition';
export { prepareRename, rename, occurrences, type RenameResult } from './features/rename';
export {
  documentSymbols,
  foldingRanges,
  type DocSymbol,
  type DocSymbolKind,
  type FoldingRange,
} from './features/symbols';
export { keyTokens, type KeyToken, type KeyTokenType } from './features/semantic';
export { composeHover, composeDefinition, composePrepareRename, composeRename } from './compose/features';
export { composeCompletion } from './compose/completion';
export { composeTopology } from './compose/topology';
export { topologyOf, processLocation, processKey, rankOf, UNKNOWN_HOST } from './features/topology';
export type {
  TopologyCluster,
  TopologyHost,
  TopologyModel,
  TopologyProcess,
  TopologyEdge,
  TopologyListener,
  TopologyFinding,
} from './features/topology';
export { topologySvg, topologyMermaid, STATIC_SVG_STYLE } from './features/topology-render';
export { clusterLens, nodeSymbols, type ClusterLens, type NodeSymbol } from './features/navigation';
