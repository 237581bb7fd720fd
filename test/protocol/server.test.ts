// Starts the built server over stdio like another editor would, and speaks LSP to it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { REPO } from '../support/engine';
import { startLanguageServer, type PublishedDiagnostics, type ServerUnderTest } from '../support/lsp-client';

describe('language server over stdio', function () {
  this.timeout(20000);
  let lsp: ServerUnderTest;
  let connection: MessageConnection;
  let workspace: string;
  let latest: Map<string, PublishedDiagnostics>;

  const waitFor = (predicate: () => boolean, what: string) => lsp.waitFor(predicate, what);
  const uri = (relative: string) => pathToFileURL(path.join(workspace, relative)).href;
  const codesOf = (relative: string) => (latest.get(uri(relative))?.diagnostics ?? []).map((d) => d.code);

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-protocol-'));
    fs.cpSync(path.join(REPO, 'examples/cluster-correct'), workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'log4j.properties'), 'log4j.rootLogger=INFO, stdout\n');
    fs.mkdirSync(path.join(workspace, 'binary'));
    fs.writeFileSync(
      path.join(workspace, 'binary/server.properties'),
      Buffer.from([0xff, 0xfe, 0x70, 0x00, 0x72, 0x00]),
    );
    // The capabilities of an editor that answers workspace/configuration but has no workspace folder changes.
    lsp = await startLanguageServer(workspace, { workspace: { configuration: true } });
    ({ connection, latest } = lsp);
  });

  after(() => {
    lsp?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('validates files that are not open, and finds nothing wrong in the correct cluster', async () => {
    // A broken file appears on disk: the server is told by a watched-file event.
    const broken = path.join(workspace, '192.168.40.11/broker-copy/server.properties');
    fs.mkdirSync(path.dirname(broken));
    fs.writeFileSync(
      broken,
      'process.roles=broker\nnode.id=2\ncontroller.quorum.voters=1@192.168.40.11:9093,3@192.168.40.14:9093,5@192.168.40.18:9093\n',
    );
    connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(broken).href, type: 1 }],
    });
    await waitFor(
      () => codesOf('192.168.40.11/broker-copy/server.properties').includes('duplicate-node-id'),
      'diagnostics of an unopened file',
    );
    await waitFor(
      () => codesOf('192.168.40.11/broker/server.properties').includes('duplicate-node-id'),
      'the duplicate in the other file',
    );
    assert.equal(latest.get(uri('log4j.properties')), undefined);
    fs.rmSync(path.dirname(broken), { recursive: true });
    connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(broken).href, type: 3 }],
    });
    await waitFor(() => codesOf('192.168.40.11/broker/server.properties').length === 0, 'the duplicate to disappear');
  });

  it('says so when a server.properties cannot be read as text, and does not crash', async () => {
    await waitFor(
      () => codesOf('binary/server.properties').includes('unreadable-file'),
      'the UTF-16 file to be reported',
    );
    assert.match(latest.get(uri('binary/server.properties'))!.diagnostics[0].message, /UTF-16/);
  });

  it('notices a file written without any watcher event from the client (the server watches the folder itself)', async () => {
    const quiet = path.join(workspace, '192.168.40.14/broker-quiet/server.properties');
    fs.mkdirSync(path.dirname(quiet));
    fs.writeFileSync(
      quiet,
      'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@192.168.40.11:9093,3@192.168.40.14:9093,5@192.168.40.18:9093\n',
    );
    await waitFor(
      () => codesOf('192.168.40.14/broker-quiet/server.properties').includes('duplicate-node-id'),
      'the re-check to find the new file',
    );
    fs.rmSync(path.dirname(quiet), { recursive: true });
    await waitFor(
      () => !codesOf('192.168.40.14/broker/server.properties').includes('duplicate-node-id'),
      'the removal to be noticed',
    );
  });

  it('an edit in one node updates the diagnostics of the other nodes', async () => {
    const file = '192.168.40.14/broker/server.properties';
    const text = fs.readFileSync(path.join(workspace, file), 'utf8');
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(file), languageId: 'kafka-properties', version: 1, text },
    });
    const edited = text.replace('node.id=4', 'node.id=6');
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(file), version: 2 },
      contentChanges: [{ text: edited }],
    });
    await waitFor(
      () => codesOf('192.168.40.18/broker/server.properties').includes('duplicate-node-id'),
      'duplicate in the other node',
    );
    await waitFor(() => codesOf(file).includes('duplicate-node-id'), 'the duplicate in the edited file');
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(file), version: 3 },
      contentChanges: [{ text }],
    });
    await waitFor(
      () => !codesOf('192.168.40.18/broker/server.properties').includes('duplicate-node-id'),
      'the fix to propagate',
    );
  });

  it('offers a quick-fix that repairs the finding', async () => {
    const file = '192.168.40.14/broker/server.properties';
    // The typo is the only advertised.listeners line: a rename onto a key that is set would never be preferred.
    const text =
      fs.readFileSync(path.join(workspace, file), 'utf8').replace(/^advertised\.listeners=.*\n/m, '') +
      'advertised.Listeners=PLAINTEXT://192.168.40.14:9092\n';
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(file), version: 4 },
      contentChanges: [{ text }],
    });
    await waitFor(() => codesOf(file).includes('unknown-key'), 'unknown-key');
    const diagnostic = latest.get(uri(file))!.diagnostics.find((d) => d.code === 'unknown-key')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string; isPreferred?: boolean; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const preferred = actions.find((action) => action.isPreferred)!;
    assert.match(preferred.title, /advertised\.listeners/);
    assert.equal(Object.values(preferred.edit!.changes)[0][0].newText, 'advertised.listeners');
    assert.ok(actions.some((action) => /kraft-disable-next-line|Suppress/.test(action.title)));
    // The same finding twice in the request (clients send every diagnostic of the range): each entry once,
    // and the suppressions after the real repairs.
    const twice = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic, diagnostic] },
    })) as { title: string }[];
    const titles = twice.map((action) => action.title);
    assert.deepEqual(titles, [...new Set(titles)]);
    const lastRepair = titles.findIndex((title) => /advertised\.listeners/.test(title));
    const firstSuppression = titles.findIndex((title) => /kraft-disable-next-line|Suppress/.test(title));
    assert.ok(lastRepair >= 0 && firstSuppression > lastRepair, titles.join(' | '));
  });

  it('a new empty server.properties gets one information hint, then real findings at the end of the file', async () => {
    const file = 'new-node/server.properties';
    fs.mkdirSync(path.join(workspace, 'new-node'), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), '');
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(file), languageId: 'kafka-properties', version: 1, text: '' },
    });
    await waitFor(() => (latest.get(uri(file))?.diagnostics.length ?? 0) > 0, 'the empty-file hint');
    assert.deepEqual(
      latest.get(uri(file))!.diagnostics.map((d) => [d.code, d.severity]),
      [['process-roles', 3]],
    );
    const typed = '# my broker\nprocess.roles=broker\n';
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(file), version: 2 },
      contentChanges: [{ text: typed }],
    });
    await waitFor(() => codesOf(file).includes('node-id'), 'the missing node.id');
    assert.equal(latest.get(uri(file))!.diagnostics.find((d) => d.code === 'node-id')!.range.start.line, 2);
    connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
    fs.rmSync(path.join(workspace, 'new-node'), { recursive: true });
  });

  it('fix-all in file runs the CLI --fix loop: no rename that would add an error, only changed lines edited', async () => {
    const file = 'fix-all/server.properties';
    // Without a protocol map Kafka maps CONTROLLER itself; renaming the typo sets a map that leaves CONTROLLER out.
    const text = [
      'process.roles=broker,controller',
      'node.id=1',
      'controller.quorum.voters=1@localhost:9093',
      'listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093',
      'controller.listener.names=CONTROLLER',
      'log.dirs=/var/lib/kafka',
      'listener.security.protocol.mapp=PLAINTEXT:PLAINTEXT',
      'num.network.thread=3',
      '',
    ].join('\n');
    fs.mkdirSync(path.join(workspace, 'fix-all'), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(file), languageId: 'kafka-properties', version: 1, text },
    });
    await waitFor(() => codesOf(file).filter((code) => code === 'unknown-key').length === 2, 'two unknown keys');
    const naive = (
      latest.get(uri(file))!.diagnostics as unknown as { code: string; data?: { fixes?: { preferred?: boolean }[] } }[]
    ).filter((d) => d.code === 'unknown-key' && d.data?.fixes?.some((fix) => fix.preferred));
    // The harmful rename is offered but not preferred (the rename guard); fix-all must leave it alone too.
    assert.equal(naive.length, 1);
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as {
      kind: string;
      edit?: {
        changes: Record<
          string,
          {
            range: { start: { line: number; character: number }; end: { line: number; character: number } };
            newText: string;
          }[]
        >;
      };
    }[];
    const edits = actions.find((action) => action.kind === 'source.fixAll')!.edit!.changes[uri(file)];
    assert.ok(edits.some((edit) => edit.range.start.line === 7 && edit.newText.startsWith('num.network.threads=3\n')));
    // Only changed lines are edited; the harmful rename is left alone.
    const lines = text.split(/(?<=\n)/);
    for (const edit of edits) {
      assert.equal(edit.range.start.character, 0);
      assert.notEqual(edit.range.start.line, 6);
      for (let line = edit.range.start.line; line < edit.range.end.line; line++)
        assert.ok(!edit.newText.split(/(?<=\n)/).includes(lines[line]), `line ${line} rewritten unchanged`);
    }
    const offset = (position: { line: number; character: number }) =>
      lines.slice(0, position.line).join('').length + position.character;
    let fixed = text;
    for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)))
      fixed = fixed.slice(0, offset(edit.range.start)) + edit.newText + fixed.slice(offset(edit.range.end));
    assert.match(fixed, /^listener\.security\.protocol\.mapp=PLAINTEXT:PLAINTEXT$/m);
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri(file), version: 2 },
      contentChanges: [{ text: fixed }],
    });
    await waitFor(() => codesOf(file).filter((code) => code === 'unknown-key').length === 1, 'the applied fix-all');
    assert.deepEqual(
      latest.get(uri(file))!.diagnostics.filter((d) => d.severity === 1),
      [],
    );
  });

  it('answers hover and completion through the protocol', async () => {
    const file = '192.168.40.14/broker/server.properties';
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri(file) },
      position: { line: 1, character: 3 },
    })) as { contents: { value: string } } | null;
    assert.ok(hover && /process\.roles|broker/i.test(hover.contents.value), 'hover on process.roles');
    const completion = (await connection.sendRequest('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: { line: 1, character: 0 },
    })) as { label: string }[] | { items: { label: string }[] };
    const items = Array.isArray(completion) ? completion : completion.items;
    assert.ok(items.length > 50, 'key completion');
    // Accepting a key with known values opens the value suggestions.
    const lastLine = fs.readFileSync(path.join(workspace, file), 'utf8').split('\n').length + 1;
    const atEnd = (await connection.sendRequest('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: { line: lastLine, character: 0 },
    })) as { items: { label: string; command?: { command: string } }[] };
    const flag = atEnd.items.find((item) => item.label === 'auto.create.topics.enable');
    assert.equal(flag?.command?.command, 'editor.action.triggerSuggest');
    const controller = '192.168.40.18/controller/server.properties';
    const edit = (await connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uri(controller) },
      position: { line: 2, character: 8 },
      newName: '9',
    })) as { changes: Record<string, unknown[]> };
    assert.equal(Object.keys(edit.changes).length, 6, 'node.id in its file and the voter entry in all six files');
  });

  it('reads .kraftrc.json: a declared cluster regroups the files, the config takes effect without a restart', async () => {
    const copy = path.join(workspace, 'copy/server.properties');
    fs.mkdirSync(path.dirname(copy));
    // The broker of 192.168.40.11 copied to another machine for a test setup: node.id 2 on two hosts.
    fs.writeFileSync(
      copy,
      fs
        .readFileSync(path.join(workspace, '192.168.40.11/broker/server.properties'), 'utf8')
        .replaceAll('192.168.40.11:9092', '192.168.40.99:9092'),
    );
    connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(copy).href, type: 1 }],
    });
    await waitFor(
      () => codesOf('copy/server.properties').includes('duplicate-node-id'),
      'the copy to clash with the broker it copies',
    );
    // The code action on the clash writes the declaration; the test applies its edit as the editor would.
    const diagnostic = latest
      .get(uri('copy/server.properties'))!
      .diagnostics.find((d) => d.code === 'duplicate-node-id')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('copy/server.properties') },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as {
      title: string;
      edit?: {
        documentChanges?: (
          | { kind: string; uri: string }
          | { textDocument: { uri: string }; edits: { newText: string }[] }
        )[];
      };
    }[];
    const separate = actions.find((action) => /separate setups/.test(action.title));
    assert.ok(separate, actions.map((action) => action.title).join(' | '));
    const [create, change] = separate.edit!.documentChanges! as [
      { kind: string; uri: string },
      { textDocument: { uri: string }; edits: { newText: string }[] },
    ];
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, uri('.kraftrc.json'));
    const config = path.join(workspace, '.kraftrc.json');
    fs.writeFileSync(config, change.edits[0].newText);
    // The copy on its own, the rest of the cluster it was taken for together.
    assert.deepEqual(Object.values(JSON.parse(change.edits[0].newText).clusters), [
      ['copy/**'],
      ['192.168.40.11/**', '192.168.40.14/**', '192.168.40.18/**'],
    ]);
    connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 1 }],
    });
    await waitFor(
      () =>
        !codesOf('copy/server.properties').includes('duplicate-node-id') &&
        !codesOf('192.168.40.11/broker/server.properties').includes('duplicate-node-id'),
      'the declaration to separate them',
    );
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('copy/server.properties') },
      position: { line: 2, character: 9 },
    })) as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /declared in .*\.kraftrc\.json/);
    fs.rmSync(config);
    fs.rmSync(path.dirname(copy), { recursive: true });
    connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(config).href, type: 3 },
        { uri: pathToFileURL(copy).href, type: 3 },
      ],
    });
    await waitFor(
      () => codesOf('192.168.40.11/broker/server.properties').length === 0,
      'the workspace to be as before',
    );
  });
});
