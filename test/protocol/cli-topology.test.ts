// `kraft-config topology`, run as a user would run the built CLI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(REPO, 'server/out/cli.js'), 'topology', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, KRAFT_LOCALE: 'en' },
  });

describe('kraft-config topology', function () {
  this.timeout(20000);

  it('--format json is the cluster model: one cluster of 6 on 3 hosts with its voter edges', () => {
    const run = cli('--format', 'json', 'examples/cluster-correct');
    assert.equal(run.status, 0, run.stderr);
    const model = JSON.parse(run.stdout);
    assert.equal(model.clusters.length, 1);
    assert.equal(model.clusters[0].size, 6);
    assert.deepEqual(
      model.clusters[0].hosts.map((host: { name: string }) => host.name),
      ['192.168.40.11', '192.168.40.14', '192.168.40.18'],
    );
    assert.equal(model.clusters[0].edges.length, 15);
  });

  it('--format mermaid draws a subgraph per host, an arrow per voter and marks the processes with errors', () => {
    const run = cli('examples/cluster-with-mistakes');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^flowchart LR\n/);
    assert.equal((run.stdout.match(/subgraph c0h\d/g) ?? []).length, 3);
    assert.equal((run.stdout.match(/ --> /g) ?? []).length, 14, 'broker 6 lists a mangled voter: no arrow for it');
    assert.match(run.stdout, /class c0h0p1 error/);
    assert.match(run.stdout, /duplicate-node-id/);
  });

  it('--format svg writes a well-formed, self-contained picture to --out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kraft-topology-'));
    try {
      const file = path.join(dir, 'topology.svg');
      const run = cli('--format', 'svg', '--out', file, 'examples');
      assert.equal(run.status, 0, run.stderr);
      const svg = fs.readFileSync(file, 'utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.doesNotMatch(svg, /(href|src)="(https?:|\/\/)/, 'no remote resources');
      assert.doesNotMatch(svg, /[\u0000-\u0008]/);
      // Every opened element is closed: a cheap well-formedness check on the tags the renderer writes.
      for (const tag of ['svg', 'g', 'text', 'title', 'path']) {
        const opened =
          (svg.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length -
          (svg.match(new RegExp(`<${tag}\\b[^>]*/>`, 'g')) ?? []).length;
        const closed = (svg.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;
        assert.equal(opened, closed, tag);
      }
      assert.equal((svg.match(/class="process /g) ?? []).length, 12);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad usage exits 2 with the reason', () => {
    const run = cli('--format', 'dot', 'examples');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Unknown topology format "dot"/);
    assert.equal(cli().status, 2);
  });
});
