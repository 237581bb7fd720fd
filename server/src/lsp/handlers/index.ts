// Every LSP feature the server offers, one module each. A new request or notification (textDocument/references,
// codeLens, a custom `kraft/...` request) is a new module here that answers from the Session, added to this list.
import { clustersHandler } from './clusters';
import { codeLensHandler } from './code-lens';
import { codeActionsHandler } from './code-actions';
import { completionHandler } from './completion';
import { configurationHandler } from './configuration';
import { definitionHandler } from './definition';
import { documentSymbolsHandler } from './document-symbols';
import { documentsHandler } from './documents';
import { foldingHandler } from './folding';
import type { Handler } from './handler';
import { hoverHandler } from './hover';
import { referencesHandler } from './references';
import { renameHandler } from './rename';
import { semanticTokensHandler } from './semantic-tokens';
import { startupLogHandler } from './startup-log';
import { workspaceFilesHandler } from './workspace-files';
import { workspaceSymbolsHandler } from './workspace-symbols';

export type { Handler } from './handler';

export const HANDLERS: Handler[] = [
  documentsHandler,
  workspaceFilesHandler,
  configurationHandler,
  codeActionsHandler,
  hoverHandler,
  completionHandler,
  definitionHandler,
  renameHandler,
  documentSymbolsHandler,
  foldingHandler,
  semanticTokensHandler,
  clustersHandler,
  referencesHandler,
  codeLensHandler,
  workspaceSymbolsHandler,
  startupLogHandler,
];
