// The server's message writer: every message framed whole and in order, the messages of one turn in one write,
// callers told when the pipe took them, and a message that cannot be serialised refused without losing the others.
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { CoalescingMessageWriter } from '../../server/src/coalescing-output';

/** Splits a byte stream back into messages by their Content-Length headers, as an editor does. */
function framesOf(bytes: Buffer): unknown[] {
  const messages: unknown[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', offset);
    const length = Number(/Content-Length: (\d+)/.exec(bytes.subarray(offset, headerEnd).toString('ascii'))![1]);
    const start = headerEnd + 4;
    messages.push(JSON.parse(bytes.subarray(start, start + length).toString('utf8')));
    offset = start + length;
  }
  return messages;
}

describe('coalescing message writer', () => {
  it('frames every message in order and writes the messages of one turn together', async () => {
    const pipe = new PassThrough();
    const writes: Buffer[] = [];
    pipe.on('data', (chunk: Buffer) => writes.push(chunk));
    const writer = new CoalescingMessageWriter(pipe);
    const sent = Array.from({ length: 500 }, (_, i) => ({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: `file:///node-${i}/server.properties`, diagnostics: [{ message: `é ${i} 中文` }] },
    }));
    const done = sent.map((message) => writer.write(message));
    await Promise.all(done);
    assert.equal(writes.length, 1, 'one write for what was sent together');
    assert.deepEqual(framesOf(Buffer.concat(writes)), sent);
    await writer.write({ jsonrpc: '2.0', method: 'later' } as never);
    assert.equal(writes.length, 2);
    assert.deepEqual(framesOf(writes[1]), [{ jsonrpc: '2.0', method: 'later' }]);
  });

  it('refuses a message that cannot be serialised and still sends the others', async () => {
    const pipe = new PassThrough();
    const writes: Buffer[] = [];
    pipe.on('data', (chunk: Buffer) => writes.push(chunk));
    const writer = new CoalescingMessageWriter(pipe);
    const errors: Error[] = [];
    writer.onError(([error]) => errors.push(error));
    const first = writer.write({ jsonrpc: '2.0', method: 'a' } as never);
    await assert.rejects(writer.write({ jsonrpc: '2.0', method: 'b', params: { big: 1n } } as never));
    await first;
    assert.equal(errors.length, 1);
    assert.deepEqual(framesOf(Buffer.concat(writes)), [{ jsonrpc: '2.0', method: 'a' }]);
  });
});
