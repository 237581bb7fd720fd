// Completion lists stay small for clients that resolve items lazily (VS Code does): key documentation comes with
// completionItem/resolve, for the item shown; clients that cannot resolve get it inline, as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

interface Item {
  label: string;
  documentation?: { kind: string; value: string };
  data?: unknown;
  textEdit?: { range: unknown; newText: string };
  textEditText?: string;
  insertTextFormat?: number;
}
interface List {
  items: Item[];
  itemDefaults?: { editRange?: unknown; insertTextFormat?: number };
}

describe('completion documentation, inline or resolved', function () {
  this.timeout(20000);
  let folder: string;
  let lazySize = 0;
  const servers: ServerUnderTest[] = [];
  const broker = () => path.join(folder, '192.168.40.14/broker/server.properties');

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-resolve-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), folder, { recursive: true });
  });
  after(() => {
    for (const server of servers) server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function complete(
    capabilities: Record<string, unknown>,
  ): Promise<{ server: ServerUnderTest; items: Item[]; list: List }> {
    const server = await startLanguageServer(folder, { workspace: { configuration: true }, ...capabilities });
    servers.push(server);
    const uri = pathToFileURL(broker()).href;
    const text = fs.readFileSync(broker(), 'utf8') + 'num.';
    server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'kafka-properties', version: 1, text },
    });
    const line = text.split('\n').length - 1;
    const list = (await server.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: 4 },
    })) as List;
    return { server, items: list.items, list };
  }

  it('sends documentation through completionItem/resolve to a client that resolves it', async () => {
    const { server, items } = await complete({
      textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } },
    });
    const io = items.find((item) => item.label === 'num.io.threads');
    assert.ok(io, 'num.io.threads offered');
    assert.equal(io.documentation, undefined, 'no documentation in the list');
    const resolved = (await server.connection.sendRequest('completionItem/resolve', io)) as Item;
    assert.equal(resolved.label, 'num.io.threads');
    assert.match(resolved.documentation?.value ?? '', /thread/i);
    // A stale or foreign item is answered as it came.
    const foreign = { label: 'x', data: { list: -1, index: 0 } };
    assert.deepEqual(await server.connection.sendRequest('completionItem/resolve', foreign), foreign);
    lazySize = JSON.stringify(items).length;
  });

  it('keeps documentation inline for a client that cannot resolve it', async () => {
    const { items } = await complete({});
    const io = items.find((item) => item.label === 'num.io.threads');
    assert.match(io?.documentation?.value ?? '', /thread/i);
    const inlineSize = JSON.stringify(items).length;
    assert.ok(lazySize > 0 && lazySize < inlineSize * 0.75, `lazy list ${lazySize} vs inline ${inlineSize} characters`);
  });

  it('gives the shared edit range and text format once to a client that takes list defaults', async () => {
    const plain = await complete({});
    const { list } = await complete({
      textDocument: {
        completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'data'] } },
      },
    });
    assert.ok(list.itemDefaults?.editRange, 'a default edit range');
    // What the client inserts, item by item, is what it inserted from the full items.
    const applied = (item: Item) => ({
      label: item.label,
      range: item.textEdit?.range ?? list.itemDefaults?.editRange,
      text: item.textEdit?.newText ?? item.textEditText ?? item.label,
      format: item.insertTextFormat ?? list.itemDefaults?.insertTextFormat,
    });
    const full = (item: Item) => ({
      label: item.label,
      range: item.textEdit?.range,
      text: item.textEdit?.newText,
      format: item.insertTextFormat,
    });
    assert.deepEqual(list.items.map(applied), plain.items.map(full));
    assert.ok(
      JSON.stringify(list).length < JSON.stringify(plain.list).length * 0.9,
      `${JSON.stringify(list).length} vs ${JSON.stringify(plain.list).length} characters`,
    );
  });
});
