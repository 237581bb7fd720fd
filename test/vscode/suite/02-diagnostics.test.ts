import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activateExtension,
  workspaceRoot,
  describeDiagnostics,
  diagnosticsOf,
  errorsOf,
  lineOfKey,
  openDoc,
  revertAndClose,
  setLine,
  sleep,
  waitFor,
  wsUri,
} from './helpers';

describe('diagnostics', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports problems in files that are not open (workspace diagnostics)', async () => {
    const broken = wsUri('broken/server.properties');
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString());
    assert.ok(!open, 'broken/server.properties has not been opened');
    await waitFor(
      'diagnostics for the unopened broken/server.properties',
      () => diagnosticsOf(broken).length > 0,
      30_000,
    );
    // Also visible through the workspace-wide API.
    const all = vscode.languages.getDiagnostics();
    assert.ok(
      all.some(([uri, ds]) => uri.toString() === broken.toString() && ds.length > 0),
      'listed by getDiagnostics()',
    );
  });

  it('flags the invalid values in broken/server.properties as errors on their lines', async () => {
    const uri = wsUri('broken/server.properties');
    const doc = await openDoc('broken/server.properties');
    await waitFor('errors in broken/server.properties', () => errorsOf(uri).length >= 2, 20_000);
    const errs = errorsOf(uri);
    const lines = new Set(errs.map((d) => d.range.start.line));
    for (const key of ['process.roles', 'node.id']) {
      assert.ok(lines.has(lineOfKey(doc, key)), `an error on the ${key} line; got:\n${describeDiagnostics(errs)}`);
    }
  });

  it('the valid three-node cluster has no errors or warnings (its nodes are seen as one cluster)', async () => {
    await waitFor(
      'the workspace to be analysed',
      () => diagnosticsOf(wsUri('broken/server.properties')).length > 0,
      30_000,
    );
    await sleep(1000);
    for (const n of [1, 2, 3]) {
      const uri = wsUri(`cluster/node-${n}/server.properties`);
      const problems = diagnosticsOf(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
      assert.deepStrictEqual(describeDiagnostics(problems), '(none)', `node-${n}`);
    }
  });

  it('agrees with `kraft-config lint` on every file of the workspace', async () => {
    await waitFor(
      'the workspace to be analysed',
      () => diagnosticsOf(wsUri('broken/server.properties')).length > 0,
      30_000,
    );
    await sleep(1000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const cli = path.join(ext.extensionPath, 'server', 'out', 'cli.js');
    const root = workspaceRoot().fsPath;
    const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '.'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.ok(r.stdout, `CLI output (exit ${r.status}): ${r.stderr}`);
    const report = JSON.parse(r.stdout) as {
      files: Array<{
        path: string;
        diagnostics: Array<{ range: { start: { line: number } }; code: string; message: string }>;
      }>;
    };
    const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
    const differences: string[] = [];
    for (const f of report.files) {
      const uri = vscode.Uri.file(path.resolve(root, f.path));
      const cliSet = f.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).sort();
      const editorSet = diagnosticsOf(uri)
        .map((d) => `${d.range.start.line + 1} ${codeOf(d)}`)
        .sort();
      if (cliSet.join('|') !== editorSet.join('|'))
        differences.push(`${f.path}\n  cli:    ${cliSet.join(', ') || '-'}\n  editor: ${editorSet.join(', ') || '-'}`);
    }
    // Files with editor diagnostics the CLI did not report at all.
    for (const [uri, ds] of vscode.languages.getDiagnostics()) {
      const rel = path.relative(root, uri.fsPath);
      if (
        ds.length &&
        uri.scheme === 'file' &&
        !rel.startsWith('..') &&
        !report.files.some((f) => path.resolve(root, f.path) === uri.fsPath)
      ) {
        differences.push(
          `${rel}\n  cli:    (not reported)\n  editor: ${ds.map((d) => `${d.range.start.line + 1} ${codeOf(d)}`).join(', ')}`,
        );
      }
    }
    assert.deepStrictEqual(differences, []);
  });

  /** Sets node.id of `edited` to `id` (unsaved) and expects a duplicate-id error in the untouched `other` file. */
  async function duplicateIdAppearsInOther(other: string, edited: string, id: number): Promise<void> {
    const otherUri = wsUri(other);
    const otherDoc = await openDoc(other);
    const idLine = lineOfKey(otherDoc, 'node.id');
    const dupOnOther = () => errorsOf(otherUri).filter((d) => d.range.start.line === idLine);
    assert.strictEqual(dupOnOther().length, 0, 'no node.id error before the edit');
    const doc2 = await openDoc(edited);
    try {
      await setLine(doc2, 'node.id', `node.id=${id}`);
      const errs = await waitFor(
        `a duplicate node.id error in ${other}`,
        () => (dupOnOther().length ? dupOnOther() : undefined),
        20_000,
      ).catch((e) => {
        throw new Error(
          `${e.message}\n${other}:\n${describeDiagnostics(diagnosticsOf(otherUri))}\n${edited} (edited):\n${describeDiagnostics(diagnosticsOf(doc2.uri))}`,
        );
      });
      assert.match(errs.map((d) => d.message).join('\n'), /node\.id|duplicate/i);
    } finally {
      await revertAndClose(doc2);
    }
    await waitFor('the duplicate node.id error to go away after reverting', () => dupOnOther().length === 0, 20_000);
  }

  it("editing node.id in one node makes a duplicate-id error appear in the other node's file (nodes in one folder)", async () => {
    await duplicateIdAppearsInOther('quorum/kraft/node-a.properties', 'quorum/kraft/node-b.properties', 31);
  });

  it("editing node.id in one node makes a duplicate-id error appear in the other node's file (a folder per node)", async () => {
    await duplicateIdAppearsInOther('cluster/node-1/server.properties', 'cluster/node-2/server.properties', 1);
  });

  it('log4j.properties and producer.properties get no diagnostics', async () => {
    const files = ['cluster/config/log4j.properties', 'cluster/config/producer.properties'];
    for (const f of files) await openDoc(f);
    await waitFor(
      'the workspace to be analysed',
      () => diagnosticsOf(wsUri('broken/server.properties')).length > 0,
      30_000,
    );
    await sleep(2000);
    for (const f of files) {
      assert.strictEqual(describeDiagnostics(diagnosticsOf(wsUri(f))), '(none)', f);
    }
  });
});
