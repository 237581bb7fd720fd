// Rename keeps the cluster consistent.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeWorkspace, applyEdits, lintWorkspace, type Range } from '../../server/src/engine';
import { prepareRename, rename } from '../../server/src/engine/features/rename';
import { REPO, readTree } from '../support/engine';

describe('rename', () => {
  const files = readTree(path.join(REPO, 'examples/cluster-correct'));
  const workspace = analyzeWorkspace(Object.entries(files).map(([uri, text]) => ({ uri, text })));
  const controller = 'examples/cluster-correct/192.168.40.14/controller/server.properties';
  const broker = 'examples/cluster-correct/192.168.40.11/broker/server.properties';
  const lineOf = (file: string, key: string) => files[file].split('\n').findIndex((line) => line.startsWith(`${key}=`));
  const apply = (edits: { uri: string; range: Range; newText: string }[]) =>
    Object.fromEntries(
      Object.entries(files).map(([uri, text]) => [
        uri,
        applyEdits(
          text,
          edits.filter((edit) => edit.uri === uri),
        ),
      ]),
    );

  it("a controller's node.id, with its voter entry on every node", () => {
    const position = { line: lineOf(controller, 'node.id'), character: 8 };
    assert.deepEqual(prepareRename(workspace, controller, position)?.placeholder, '3');
    const result = rename(workspace, controller, position, '7');
    assert.ok(result && 'edits' in result);
    const renamed = apply(result.edits);
    assert.match(renamed[controller], /^node\.id=7$/m);
    for (const text of Object.values(renamed))
      assert.match(text, /controller\.quorum\.voters=1@192\.168\.40\.11:9093,7@192\.168\.40\.14:9093,5@/);
    assert.deepEqual(
      [...lintWorkspace(Object.entries(renamed).map(([uri, text]) => ({ uri, text })))].flatMap(([, f]) => f),
      [],
    );
  });
  it('refuses an id already used in the cluster', () => {
    const result = rename(workspace, controller, { line: lineOf(controller, 'node.id'), character: 8 }, '2');
    assert.ok(result && 'error' in result);
  });
  it('the controller listener on every node of the cluster', () => {
    const line = lineOf(broker, 'controller.listener.names');
    const result = rename(workspace, broker, { line, character: 'controller.listener.names='.length + 2 }, 'KRAFT');
    assert.ok(result && 'edits' in result);
    const renamed = apply(result.edits);
    for (const text of Object.values(renamed)) {
      assert.doesNotMatch(text, /CONTROLLER/);
      assert.match(text, /controller\.listener\.names=KRAFT/);
    }
    assert.deepEqual(
      [...lintWorkspace(Object.entries(renamed).map(([uri, text]) => ({ uri, text })))].flatMap(([, f]) => f),
      [],
    );
  });
});
