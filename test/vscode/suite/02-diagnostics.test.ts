import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, diagnosticsOf, errorsOf, lineOfKey, openDoc, revertAndClose, setLine, sleep, waitFor, wsUri } from './helpers';

describe('diagnostics', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports problems in files that are not open (workspace diagnostics)', async () => {
    const broken = wsUri('broken/server.properties');
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString());
    assert.ok(!open, 'broken/server.properties has not been opened');
    await waitFor('diagnostics for the unopened broken/server.properties', () => diagnosticsOf(broken).length > 0, 30_000);
    // Also visible through the workspace-wide API.
    const all = vscode.languages.getDiagnostics();
    assert.ok(all.some(([uri, ds]) => uri.toString() === broken.toString() && ds.length > 0), 'listed by getDiagnostics()');
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

  it('the valid three-node cluster has no errors', async () => {
    await waitFor('the workspace to be analysed', () => diagnosticsOf(wsUri('broken/server.properties')).length > 0, 30_000);
    await sleep(1000);
    for (const n of [1, 2, 3]) {
      const uri = wsUri(`cluster/node-${n}/server.properties`);
      assert.deepStrictEqual(describeDiagnostics(errorsOf(uri)), '(none)', `node-${n}`);
    }
  });

  it('editing node.id in one node makes a duplicate-id error appear in the other node\'s file', async () => {
    const node1 = wsUri('cluster/node-1/server.properties');
    const doc1 = await openDoc('cluster/node-1/server.properties');
    const idLine = lineOfKey(doc1, 'node.id');
    const dupOnNode1 = () => errorsOf(node1).filter((d) => d.range.start.line === idLine);
    assert.strictEqual(dupOnNode1().length, 0, 'no node.id error before the edit');
    const doc2 = await openDoc('cluster/node-2/server.properties');
    try {
      await setLine(doc2, 'node.id', 'node.id=1');
      const errs = await waitFor('a duplicate node.id error in node-1/server.properties', () => (dupOnNode1().length ? dupOnNode1() : undefined), 20_000);
      assert.match(errs.map((d) => d.message).join('\n'), /node\.id|duplicate|\b1\b/i);
    } finally {
      await revertAndClose(doc2);
    }
    await waitFor('the duplicate node.id error to go away after reverting', () => dupOnNode1().length === 0, 20_000);
  });

  it('log4j.properties and producer.properties get no diagnostics', async () => {
    const files = ['cluster/config/log4j.properties', 'cluster/config/producer.properties'];
    for (const f of files) await openDoc(f);
    await waitFor('the workspace to be analysed', () => diagnosticsOf(wsUri('broken/server.properties')).length > 0, 30_000);
    await sleep(2000);
    for (const f of files) {
      assert.strictEqual(describeDiagnostics(diagnosticsOf(wsUri(f))), '(none)', f);
    }
  });
});
