// The language server process: one LSP connection (stdio, IPC or socket, chosen by the command line), wired in ./lsp/main.
import { createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import { CoalescingMessageWriter } from './coalescing-output';
import { t } from './engine';
import { startServer } from './lsp/main';
import { signalWarm } from './warm';

/**
 * Over stdio the reader is ours, to tell a broken frame from a broken message. A body that is not JSON loses only
 * that message; a header without a usable Content-Length leaves no way to find the next message, so the server
 * exits instead of waiting forever on a stream it can no longer read.
 */
function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    if (error instanceof SyntaxError) return;
    process.stderr.write(t('server.brokenStream', { error: error.message.split('\n')[0] }) + '\n');
    process.exit(1);
  });
  // Without the library's own stdio handling, the end of input is ours to notice too.
  const end = () => process.exit(0);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return createConnection(ProposedFeatures.all, reader, new CoalescingMessageWriter(process.stdout));
}

const session = startServer(
  process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all),
);
// Once a validation has been sent, the functions it compiled are worth keeping for the next start (code-cache.ts).
session.onValidated(signalWarm);
