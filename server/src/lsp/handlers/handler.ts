// The shape of one LSP feature: what it announces at initialize and the messages it answers from the session.
import type { Connection, InitializeParams, ServerCapabilities } from 'vscode-languageserver/node';
import type { Session } from '../session';

export interface Handler {
  /** Merged into the `initialize` result; leave out for custom requests such as `kraft/...`. */
  capabilities?: ServerCapabilities;
  register(connection: Connection, session: Session): void;
  /** Hears the client's `initialize` (its capabilities), before any other message of the client. */
  initialize?(params: InitializeParams): void;
}
