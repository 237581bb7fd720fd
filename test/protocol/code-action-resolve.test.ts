// Fix-all actions run the fix loop over the file's cluster: clients that resolve code actions get the edit only when
// one is picked (codeAction/resolve), so that the light bulb stays instant; the others get it at once, as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../support/engine';
import { startLanguageServer, type ServerUnderTest } from '../support/lsp-client';

interface Action {
  title: string;
  kind?: string;
  data?: unknown;
  edit?: { changes: Record<string, { range: { start: { line: number } }; newText: string }[]> };
}

describe('fix-all code actions, resolved or at once', function () {
  this.timeout(20000);
  let folder: string;
  const servers: ServerUnderTest[] = [];
  const file = () => path.join(folder, '192.168.40.14/broker/server.properties');
  let text = '';

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-action-resolve-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), folder, { recursive: true });
    text = `${fs.readFileSync(file(), 'utf8')}log.retention.hour=168\nnum.network.thread=3\n`;
    fs.writeFileSync(file(), text);
  });
  after(() => {
    for (const server of servers) server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function actionsFor(
    capabilities: Record<string, unknown>,
  ): Promise<{ server: ServerUnderTest; actions: Action[] }> {
    const server = await startLanguageServer(folder, { workspace: { configuration: true }, ...capabilities });
    servers.push(server);
    const uri = pathToFileURL(file()).href;
    await server.waitFor(
      () => (server.latest.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'unknown-key').length === 2,
      'two misspelt keys',
    );
    const diagnostic = server.latest.get(uri)!.diagnostics.find((d) => d.code === 'unknown-key')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as Action[];
    return { server, actions };
  }

  const renamed = (action: Action | undefined) =>
    Object.values(action?.edit?.changes ?? {})
      .flat()
      .map((edit) => edit.newText)
      .join('');

  it('leaves the fix-all edits to codeAction/resolve for a client that resolves them', async () => {
    const { server, actions } = await actionsFor({
      textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } },
    });
    const ofKind = actions.find((action) => /unknown-key/.test(action.title) && action.data);
    const wholeFile = actions.find((action) => action.kind === 'source.fixAll');
    assert.ok(ofKind && !ofKind.edit, `fix all of the rule, unresolved: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(wholeFile && !wholeFile.edit, 'source.fixAll, unresolved');
    for (const action of [ofKind, wholeFile]) {
      const resolved = (await server.connection.sendRequest('codeAction/resolve', action)) as Action;
      assert.match(renamed(resolved), /log\.retention\.hours=168/);
      assert.match(renamed(resolved), /num\.network\.threads=3/);
    }
    // Anything else comes back as it went.
    const other = { title: 'x', data: { something: 1 } };
    assert.deepEqual(await server.connection.sendRequest('codeAction/resolve', other), other);
  });

  it('sends the edits at once to a client that does not resolve', async () => {
    const { actions } = await actionsFor({});
    const wholeFile = actions.find((action) => action.kind === 'source.fixAll');
    assert.match(renamed(wholeFile), /log\.retention\.hours=168/);
  });
});
