// The incremental linter (what the server runs on every keystroke) must always say exactly what a full lint says,
// whatever the sequence of edits: values, comments, node ids, quorums, listeners, files added and removed.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  analyzeWorkspace,
  lintWorkspace,
  WorkspaceLinter,
  type AnalyzedWorkspace,
  type WorkspaceFile,
} from '../../server/src/engine';
import { REPO, readTree } from '../support/engine';

const examples = Object.entries(readTree(path.join(REPO, 'examples')))
  .filter(([uri]) => uri.endsWith('.properties'))
  .map(([uri, text]): WorkspaceFile => ({ uri, text }));
// Beside them, clusters on hosts of their own (as in the benchmark): an edit there regroups only its own folder.
const seed = examples.filter((file) => file.uri.includes('cluster-correct/'));
const separate = Array.from({ length: 14 }, (_, c) =>
  seed.map(
    (file): WorkspaceFile => ({
      uri: file.uri.replace(/^.*cluster-correct\//, `clusters/c${c}/`),
      text: file.text.replaceAll('192.168.40.', `10.0.${c}.`),
    }),
  ),
).flat();
const workspace = [...separate, ...examples];

type Edit = (files: WorkspaceFile[], target: number, n: number) => WorkspaceFile[];

const onText =
  (change: (text: string, n: number) => string): Edit =>
  (files, target, n) =>
    files.map((file, i) => (i === target % files.length ? { ...file, text: change(file.text, n) } : file));

const EDITS: Edit[] = [
  onText((text, n) => text + `# comment ${n}\n`),
  onText((text, n) => text + `num.network.threads=${n}\n`),
  onText((text, n) => text.replace(/^node\.id=\d+/m, `node.id=${n % 7}`)),
  onText((text, n) =>
    text.replace(
      /^controller\.quorum\.voters=[^,\n]*,?/m,
      n % 2 ? 'controller.quorum.voters=' : `controller.quorum.voters=${n % 7}@10.0.0.${n % 3}:9093,`,
    ),
  ),
  onText((text, n) =>
    text.replace(/^controller\.quorum\.voters=.*$/m, `controller.quorum.voters=${n % 7}@10.9.9.${n % 3}:9093`),
  ),
  onText((text, n) => text.replace(/:(9092|9093)\b/, `:${9090 + (n % 5)}`)),
  onText((text, n) =>
    text.replace(
      /^process\.roles=.*$/m,
      ['process.roles=broker', 'process.roles=controller', 'process.roles=broker,controller'][n % 3],
    ),
  ),
  onText((text, n) =>
    text.replace(
      /^listeners=.*$/m,
      `listeners=PLAINTEXT://localhost:${9092 + (n % 3)},CONTROLLER://localhost:${9093 + (n % 3)}`,
    ),
  ),
  onText((text, n) =>
    text
      .split('\n')
      .filter((_, i) => i !== n % 12)
      .join('\n'),
  ),
  // A `.kraftrc.json` beside one file says another Kafka version or severity.
  (files, target, n) =>
    files.map((file, i) =>
      i === target % files.length
        ? {
            ...file,
            options:
              n % 3 === 0
                ? undefined
                : { kafkaVersion: n % 3 === 1 ? '3.9' : '4.3', ruleSeverity: { 'unknown-key': 'error' as const } },
          }
        : file,
    ),
  // A copy of a file in a new folder, and a file removed.
  (files, target, n) => {
    // Paths are identities: the server never has one path twice.
    const uri = `copy-${n}/${path.basename(files[target % files.length].uri)}`;
    return files.some((file) => file.uri === uri)
      ? files
      : [...files, { uri, text: files[target % files.length].text }];
  },
  (files, target) => (files.length > 2 ? files.filter((_, i) => i !== target % files.length) : files),
];

const membersOf = (workspace: AnalyzedWorkspace) =>
  workspace.clusters
    .map((cluster) => `${cluster.id} ${cluster.kafkaVersion} ${cluster.nodes.map((node) => node.uri).join(',')}`)
    .sort();

const sorted = (findings: Map<string, unknown>) =>
  new Map([...findings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

describe('incremental linting equals a full lint', function () {
  this.timeout(120000);
  it('after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(EDITS.length - 1), fc.nat(400), fc.nat(50)), { minLength: 1, maxLength: 8 }),
        (steps) => {
          const linter = new WorkspaceLinter();
          let files = workspace;
          // What an editor shows when it hears only the files `changed` names: always the current findings.
          const shown = new Map(linter.lint(files).findings);
          for (const [edit, target, n] of steps) {
            files = EDITS[edit](files, target, n);
            const result = linter.lint(files);
            for (const uri of result.changed) {
              const list = result.findings.get(uri);
              if (list) shown.set(uri, list);
              else shown.delete(uri);
            }
            assert.deepEqual(sorted(shown), sorted(result.findings));
            assert.deepEqual(sorted(result.findings), sorted(lintWorkspace(files)));
            // The analysis it hands to editor features groups the files as a full analysis does.
            const full = analyzeWorkspace(files);
            assert.deepEqual(membersOf(result.workspace), membersOf(full));
            assert.deepEqual([...result.workspace.nodes.keys()].sort(), [...full.nodes.keys()].sort());
          }
        },
      ),
      { numRuns: Number(process.env.KRAFT_INCREMENTAL_RUNS ?? 25) },
    );
  });

  it('in slices: a first analysis hands out every file once, slice by slice, and ends as update ends', async () => {
    const sliced = new WorkspaceLinter();
    const slices: string[][] = [];
    let pauses = 0;
    const result = await sliced.updateInSlices(
      workspace,
      [],
      (findings) => slices.push([...findings.keys()]),
      async () => void pauses++,
      20,
    );
    assert.ok(slices.length > 2, `${slices.length} slices`);
    assert.equal(pauses, slices.length - 1);
    const handedOut = slices.flat();
    assert.equal(new Set(handedOut).size, handedOut.length, 'no file twice');
    assert.deepEqual(new Set(handedOut), new Set(result.findings.keys()));
    assert.deepEqual(sorted(result.findings), sorted(lintWorkspace(workspace)));
    // Later updates lint what changed in one go, with the same results as update.
    const edited = EDITS[2](workspace, 3, 5);
    const plain = new WorkspaceLinter();
    plain.update(workspace, []);
    const expected = plain.update(edited, []);
    let later = 0;
    const again = await sliced.updateInSlices(
      edited,
      [],
      () => later++,
      async () => undefined,
      20,
    );
    assert.equal(later, 0);
    assert.deepEqual(sorted(again.findings), sorted(expected.findings));
    assert.deepEqual([...again.changed].sort(), [...expected.changed].sort());
  });
});
