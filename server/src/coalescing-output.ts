// Messages to the editor leave together: what one piece of work sends (a validation's diagnostics lists) goes out in
// one write as soon as that work yields. The protocol library's stream writer took a turn of the event loop per
// message and waited for each write: 10,000 diagnostics lists took half a second to leave, and an answer could wait
// behind the next validation. The promise `write` returns settles once the pipe took the message.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

const CRLF = '\r\n';

export class CoalescingMessageWriter extends AbstractMessageWriter implements MessageWriter {
  /** Headers and bodies of this turn's messages, turned into bytes once when they leave. */
  private chunks: string[] = [];
  /** Settles when the chunks of this turn have been handed to the pipe. */
  private flushed: Promise<void> | undefined;
  private written: (() => void) | undefined;
  private errors = 0;

  constructor(private readonly target: NodeJS.WritableStream & { writableNeedDrain?: boolean }) {
    super();
    target.on('error', (error: Error) => this.fireError(error));
    target.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    try {
      const body = JSON.stringify(message);
      this.chunks.push(`Content-Length: ${Buffer.byteLength(body, 'utf8')}${CRLF}${CRLF}`, body);
    } catch (error) {
      this.fireError(error as Error, message, ++this.errors);
      return Promise.reject(error);
    }
    if (!this.flushed) {
      this.flushed = new Promise((resolve) => {
        this.written = resolve;
        queueMicrotask(() => this.flush());
      });
    }
    return this.flushed;
  }

  end(): void {
    this.flush();
  }

  /** Resolves once the pipe took the chunks: when it is full, callers wait for the editor to read. */
  private flush(): void {
    const written = this.written;
    this.flushed = undefined;
    this.written = undefined;
    if (this.chunks.length === 0) {
      written?.();
      return;
    }
    const data = Buffer.from(this.chunks.join(''), 'utf8');
    this.chunks = [];
    this.target.write(data, () => written?.());
  }
}
