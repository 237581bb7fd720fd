import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, describeDiagnostics, waitFor, workspaceRoot } from '../suite/helpers';

describe('installed .vsix', () => {
  it('is installed from the .vsix (not the development folder)', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} installed`);
    assert.match(ext.extensionPath, /kraft-tools\.kraft-config-\d/, `installed copy: ${ext.extensionPath}`);
  });

  it('ships bundles only: no sources, source maps, tests or node_modules', () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    const bad: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        const rel = path.relative(root, p);
        if (e.isDirectory()) {
          if (['node_modules', 'src', 'test', 'examples', '.cache'].includes(e.name)) bad.push(rel + '/');
          else walk(p);
        } else if (/\.(ts|map|tsbuildinfo)$/.test(e.name) && !e.name.endsWith('.d.ts')) bad.push(rel);
      }
    };
    walk(root);
    assert.deepStrictEqual(bad, []);
    for (const f of ['package.json', 'client/out/extension.js', 'server/out/server.js', 'server/out/server-main.js'])
      assert.ok(fs.existsSync(path.join(root, f)), `${f} shipped`);
  });

  it('activates and reports diagnostics for a broken server.properties', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor('activation (workspaceContains)', () => ext.isActive, 30_000).catch(async () => ext.activate());
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'vsix-check', 'server.properties');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from('process.roles=broker,controler\nnode.id=abc\ncontroller.quorum.voters=1@localhost:9093\n'),
    );
    try {
      await waitFor(
        'diagnostics on the new (unopened) file',
        () => vscode.languages.getDiagnostics(uri).length > 0,
        30_000,
      );
    } catch (e) {
      // Opening it must work in any case.
      await vscode.workspace.openTextDocument(uri);
      await waitFor(
        'diagnostics on the new file once opened',
        () => vscode.languages.getDiagnostics(uri).length > 0,
        20_000,
      );
      throw new Error(
        `diagnostics only appeared once the file was opened (${describeDiagnostics(vscode.languages.getDiagnostics(uri))}); ${e}`,
      );
    }
  });
});
