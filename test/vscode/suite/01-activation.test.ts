import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, openDoc, waitFor } from './helpers';

describe('activation', () => {
  it('the extension is installed and contributes the kafka-properties language', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is known to VS Code`);
    const langs: Array<{ id: string }> = ext.packageJSON?.contributes?.languages ?? [];
    assert.ok(
      langs.some((l) => l.id === LANGUAGE_ID),
      'contributes.languages has kafka-properties',
    );
  });

  it('activates by itself on a workspace with server.properties (workspaceContains)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('the extension to activate', () => ext.isActive, 20_000);
  });

  it('activate() resolves', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    assert.ok(ext.isActive);
  });

  it('server.properties / broker.properties style files get the kafka-properties language', async () => {
    const doc = await openDoc('cluster/node-1/server.properties');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
  });

  it('log4j.properties and producer.properties do not', async () => {
    for (const f of ['cluster/config/log4j.properties', 'cluster/config/producer.properties']) {
      const doc = await openDoc(f);
      assert.notStrictEqual(doc.languageId, LANGUAGE_ID, f);
    }
  });
});
