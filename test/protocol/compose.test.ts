// The language server on a docker-compose.yml: diagnostics on the YAML, hover on a variable, definition of a voter.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { REPO } from '../support/engine';
import { startLanguageServer, type PublishedDiagnostics, type ServerUnderTest } from '../support/lsp-client';

describe('language server on docker-compose files', function () {
  this.timeout(20000);
  let lsp: ServerUnderTest;
  let connection: MessageConnection;
  let workspace: string;
  let latest: Map<string, PublishedDiagnostics>;

  const waitFor = (predicate: () => boolean, what: string) => lsp.waitFor(predicate, what);
  const composeUri = () => pathToFileURL(path.join(workspace, 'docker-compose.yml')).href;

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-compose-'));
    const example = fs.readFileSync(
      path.join(
        REPO,
        'test/fixtures/compose/apache/docker-compose-files/cluster/combined/plaintext/docker-compose.yml',
      ),
      'utf8',
    );
    fs.writeFileSync(
      path.join(workspace, 'docker-compose.yml'),
      example.replace(/KAFKA_NODE_ID: 2/, 'KAFKA_NODE_ID: 1'),
    );
    fs.writeFileSync(path.join(workspace, '.env'), 'IMAGE=apache/kafka:3.9.0\n');
    // The capabilities of an editor that answers workspace/configuration but has no workspace folder changes.
    lsp = await startLanguageServer(workspace, { workspace: { configuration: true } });
    ({ connection, latest } = lsp);
  });

  after(() => {
    lsp?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('reports the duplicate node id on the KAFKA_NODE_ID lines of both services, without opening the file', async () => {
    await waitFor(
      () => (latest.get(composeUri())?.diagnostics ?? []).some((d) => d.code === 'duplicate-node-id'),
      'duplicate-node-id on the compose file',
    );
    const lines = latest
      .get(composeUri())!
      .diagnostics.filter((d) => d.code === 'duplicate-node-id')
      .map((d) => d.range.start.line);
    const text = fs.readFileSync(path.join(workspace, 'docker-compose.yml'), 'utf8').split('\n');
    assert.ok(
      lines.length >= 2 && lines.every((line) => text[line].includes('KAFKA_NODE_ID: 1')),
      JSON.stringify(lines),
    );
  });

  it('hover on a variable names its property and documents it; definition goes from a voter to its controller service', async () => {
    const text = fs.readFileSync(path.join(workspace, 'docker-compose.yml'), 'utf8');
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: composeUri(), languageId: 'dockercompose', version: 1, text },
    });
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('KAFKA_PROCESS_ROLES'));
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri: composeUri() },
      position: { line, character: lines[line].indexOf('KAFKA_') + 3 },
    })) as { contents: { value: string } } | null;
    assert.ok(hover, 'a hover');
    assert.match(hover!.contents.value, /KAFKA_PROCESS_ROLES/);
    assert.match(hover!.contents.value, /process\.roles/);
    const votersLine = lines.findIndex((l) => l.includes('KAFKA_CONTROLLER_QUORUM_VOTERS'));
    const character = lines[votersLine].indexOf('3@kafka-3') + 4;
    const target = (await connection.sendRequest('textDocument/definition', {
      textDocument: { uri: composeUri() },
      position: { line: votersLine, character },
    })) as { uri: string; range: { start: { line: number } } } | null;
    assert.ok(target, 'a definition');
    const serviceStart = lines.findIndex((l) => l.startsWith('  kafka-3:'));
    assert.ok(target!.range.start.line > serviceStart, `inside kafka-3: ${target!.range.start.line}`);
  });

  it('a quick-fix on a misspelt variable edits the YAML key; completion offers variable names', async () => {
    const original = fs.readFileSync(path.join(workspace, 'docker-compose.yml'), 'utf8');
    const text = original.replace('KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS', 'KAFKA_GROUP_INITAL_REBALANCE_DELAY_MS');
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: composeUri(), version: 2 },
      contentChanges: [{ text }],
    });
    await waitFor(
      () => (latest.get(composeUri())?.diagnostics ?? []).some((d) => d.code === 'unknown-key'),
      'unknown-key on the compose file',
    );
    const diagnostic = latest.get(composeUri())!.diagnostics.find((d) => d.code === 'unknown-key')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: composeUri() },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string; isPreferred?: boolean; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const rename = actions.find(
      (action) =>
        action.edit &&
        Object.values(action.edit.changes)
          .flat()
          .some((edit) => edit.newText === 'KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS'),
    );
    assert.ok(rename, JSON.stringify(actions.map((action) => action.title)));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('KAFKA_LOG_DIRS'));
    const withNew = [...lines.slice(0, line + 1), '      KAFKA_NUM_PART', ...lines.slice(line + 1)].join('\n');
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: composeUri(), version: 3 },
      contentChanges: [{ text: withNew }],
    });
    const list = (await connection.sendRequest('textDocument/completion', {
      textDocument: { uri: composeUri() },
      position: { line: line + 1, character: 20 },
    })) as { items: { label: string }[] };
    assert.ok(
      list.items.some((item) => item.label === 'KAFKA_NUM_PARTITIONS'),
      `${list.items.length} items`,
    );
  });
});
