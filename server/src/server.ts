// The language server process: one LSP connection (stdio, IPC or socket, chosen by the command line), wired in ./lsp/main.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/main';

startServer(createConnection(ProposedFeatures.all));
