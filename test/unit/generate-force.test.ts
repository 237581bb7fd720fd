// `kraft-config generate --force` on a real folder: never writes through links, removes the node files an earlier run
// wrote that the new topology no longer has, and the scripts fail at once when Kafka's own scripts are missing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeGenerateIo, runGenerate } from '../../server/src/cli/generate';
import { removeTempDirs, tempDir } from '../support/cli';

async function generate(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io = {
    ...nodeGenerateIo(),
    stdout: () => undefined,
    stderr: (s: string) => {
      err += s;
    },
  };
  return { code: await runGenerate(args, io), err };
}

const nodeFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('server.properties'))
    .sort();

describe('generate --force on disk', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('refuses to write through a link inside the output folder, and writes nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    assert.equal((await generate(['--layout', 'combined', '--controllers', '3', '--out', out])).code, 0);
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    const first = nodeFiles(out)[0];
    fs.rmSync(path.join(out, first));
    fs.symlinkSync(victim, path.join(out, first));
    const before = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
    const result = await generate(['--layout', 'combined', '--controllers', '3', '--out', out, '--force']);
    assert.equal(result.code, 1);
    assert.match(result.err, /symbolic link/);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.equal(fs.readFileSync(path.join(out, 'README.md'), 'utf8'), before);
  });

  it('removes the node files of an earlier, larger run and keeps files it did not write', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    assert.equal(
      (await generate(['--layout', 'isolated', '--controllers', '3', '--brokers', '3', '--out', out])).code,
      0,
    );
    assert.equal(nodeFiles(out).length, 6);
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    const result = await generate([
      '--layout',
      'isolated',
      '--controllers',
      '3',
      '--brokers',
      '1',
      '--out',
      out,
      '--force',
    ]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /Removed \d+ node file/);
    assert.equal(nodeFiles(out).length, 4);
    assert.equal(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8'), 'mine');
  });

  it("start-cluster.sh and format-storage.sh stop at once when Kafka's scripts are missing", async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    assert.equal((await generate(['--layout', 'combined', '--controllers', '3', '--out', out])).code, 0);
    for (const script of ['start-cluster.sh', 'format-storage.sh']) {
      const started = Date.now();
      const result = spawnSync('bash', [path.join(out, script)], {
        encoding: 'utf8',
        timeout: 20_000,
        env: { ...process.env, KAFKA_HOME: path.join(dir, 'no-kafka') },
      });
      assert.equal(result.status, 1, script);
      assert.match(result.stderr, /not found or not executable: set KAFKA_HOME/);
      assert.ok(Date.now() - started < 10_000, `${script} failed fast`);
    }
  });
});
