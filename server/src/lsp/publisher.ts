// What the editor shows: diagnostics are sent only for files whose list changed, and the session can wait until
// everything sent so far has left.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { Finding } from '../engine';

interface Published {
  /** The findings (or the problem text) the list was made from: the same source means the same list. */
  source: Finding[] | string;
  diagnostics: Diagnostic[];
  /** The serialised list, worked out once when first compared. */
  key?: string;
}

const keyOf = (published: Published) => (published.key ??= JSON.stringify(published.diagnostics));

export class DiagnosticsPublisher {
  private published = new Map<string, Published>();
  private lastSent: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly uriOf: (path: string) => string,
  ) {}

  /** Whether a file shows something. */
  shows(path: string): boolean {
    return this.published.has(path);
  }

  /** Whether a file's shown list was made from this very source (so nothing needs comparing). */
  madeFrom(path: string, source: Finding[] | string): boolean {
    return this.published.get(path)?.source === source;
  }

  /** Sends a file's list unless it is the one shown; the first list of a file needs no comparison. */
  send(path: string, diagnostics: Diagnostic[], source: Finding[] | string): void {
    const last = this.published.get(path);
    const same = last ? keyOf(last) === JSON.stringify(diagnostics) : diagnostics.length === 0;
    if (same) {
      if (last && diagnostics.length > 0) last.source = source;
      else this.published.delete(path);
      return;
    }
    if (diagnostics.length === 0) this.published.delete(path);
    else this.published.set(path, { source, diagnostics });
    this.lastSent = this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics }).catch(() => undefined);
  }

  /** Settles once everything sent so far has been written (messages leave in order). */
  written(): Promise<void> {
    return this.lastSent;
  }
}
