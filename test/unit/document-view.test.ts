// Hover, completion and the outline answer right after a keystroke from the last analysis with the typed document
// parsed again (workspace/document-view.ts). While the edit does not regroup the cluster, every answer must be the
// one a full analysis of the new text gives.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeWorkspace, type WorkspaceFile } from '../../server/src/engine';
import { completeList, documentSymbols, hover, withDocumentText } from '../../server/src/engine/ide';
import { OverlayMap } from '../../server/src/engine/workspace/overlay-map';
import { REPO } from '../support/engine';

const CORRECT = path.join(REPO, 'examples/cluster-correct');
const files: WorkspaceFile[] = fs
  .readdirSync(CORRECT)
  .sort()
  .flatMap((host) =>
    fs.readdirSync(path.join(CORRECT, host)).map((role) => {
      const uri = `${host}/${role}/server.properties`;
      return { uri, text: fs.readFileSync(path.join(CORRECT, uri), 'utf8') };
    }),
  );
const edited = files.find((file) => file.uri.includes('broker'))!;
// Edits that leave the grouping as it was: values, comments, keys the grouping does not read, half-typed lines.
const INSERTS = ['num.io.threads=8\n', '# a note\n', 'num.', 'log.retention.hours=', 'bench.unknown=1\n', 'auto.'];

describe('document view (per-document features right after a keystroke)', () => {
  const before = analyzeWorkspace(files);

  it('answers hover, completion and outline as a full analysis of the new text does', function () {
    this.timeout(60000);
    fc.assert(
      fc.property(fc.nat(edited.text.length), fc.nat(INSERTS.length - 1), (at, which) => {
        const lineStart = edited.text.lastIndexOf('\n', at - 1) + 1;
        const text = edited.text.slice(0, lineStart) + INSERTS[which] + edited.text.slice(lineStart);
        const quick = withDocumentText(before, edited.uri, text);
        const full = analyzeWorkspace(files.map((file) => (file === edited ? { ...file, text } : file)));
        // An edit that regroups (a key prefixed so that node.id is gone) waits for the next validation instead.
        const membersOf = (workspace: typeof before) =>
          workspace.clusterOf.get(edited.uri)?.nodes.map((node) => `${node.uri}@${node.nodeId}`);
        fc.pre(JSON.stringify(membersOf(full)) === JSON.stringify(membersOf(before)));
        const lines = text.split('\n');
        const editedLine = text.slice(0, lineStart).split('\n').length - 1;
        // The edited line, its neighbours, and the lines whose answers involve the cluster (ids, voters, listeners).
        const cluster = lines.flatMap((line, index) =>
          /^(node\.id|controller\.quorum|listeners|process)/.test(line) ? [index] : [],
        );
        for (const line of new Set([editedLine - 1, editedLine, editedLine + 1, ...cluster])) {
          if (line < 0 || line >= lines.length) continue;
          for (const character of new Set([0, 3, lines[line].indexOf('='), lines[line].length])) {
            if (character < 0) continue;
            const position = { line, character };
            assert.deepEqual(hover(quick, edited.uri, position), hover(full, edited.uri, position));
            assert.deepEqual(completeList(quick, edited.uri, position), completeList(full, edited.uri, position));
          }
        }
        assert.deepEqual(documentSymbols(quick.nodes.get(edited.uri)!), documentSymbols(full.nodes.get(edited.uri)!));
      }),
      { numRuns: 25 },
    );
  });

  it('is the analysis itself when the text did not change, and leaves the analysis it starts from untouched', () => {
    assert.equal(withDocumentText(before, edited.uri, edited.text), before);
    const nodeBefore = before.nodes.get(edited.uri);
    const clusterBefore = before.clusterOf.get(edited.uri)!;
    const membersBefore = [...clusterBefore.nodes];
    withDocumentText(before, edited.uri, edited.text + 'num.io.threads=8\n');
    assert.equal(before.nodes.get(edited.uri), nodeBefore);
    assert.deepEqual(clusterBefore.nodes, membersBefore);
  });
});

describe('overlay map (a map with a few entries replaced, without a copy)', () => {
  it('reads exactly as the copied map with the changes applied', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.string()), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(40), fc.string()), { maxLength: 5 }),
        (baseEntries, changeEntries) => {
          const base = new Map(baseEntries);
          const changes = new Map(changeEntries);
          const overlay = new OverlayMap(base, changes);
          const copy = new Map(base);
          for (const [key, value] of changes) copy.set(key, value);
          assert.equal(overlay.size, copy.size);
          assert.deepEqual([...overlay], [...copy]);
          assert.deepEqual([...overlay.keys()], [...copy.keys()]);
          assert.deepEqual([...overlay.values()], [...copy.values()]);
          const seen: [number, string][] = [];
          overlay.forEach((value, key) => seen.push([key, value]));
          assert.deepEqual(seen, [...copy.entries()]);
          for (let key = 0; key <= 41; key++) {
            assert.equal(overlay.has(key), copy.has(key));
            assert.equal(overlay.get(key), copy.get(key));
          }
          assert.throws(() => (overlay as Map<number, string>).set(1, 'x'));
        },
      ),
    );
  });
});
