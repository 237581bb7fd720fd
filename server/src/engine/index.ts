// The engine's public face: the language server, the CLI and the tests all go through these functions.
export * from './types';
export { lintWorkspace } from './workspace/lint';
