// The CLI and the disk helpers against hostile file systems: FIFOs, devices, link loops, unreadable files and
// folders, one file named twice, floods of findings and terminal escapes. Each test runs the real CLI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConfigFile, readSmallTextFile, walkFolder } from '../../server/src/node-files';
import { composeReader } from '../../server/src/compose-host';
import { REPO } from '../support/engine';
import { removeTempDirs, runCli, tempDir } from '../support/cli';

const EXAMPLE = path.join(REPO, 'examples/cluster-correct');
const isRoot = process.getuid?.() === 0;

const BROKER = fs.readFileSync(path.join(EXAMPLE, '192.168.40.11/broker/server.properties'), 'utf8');
const checked = (stdout: string) => Number(/(\d+) file\(s\) checked/.exec(stdout)?.[1]);

describe('reading files safely (CLI and server helpers)', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('a FIFO named server.properties is reported, never opened for a blocking read', async () => {
    const dir = tempDir();
    spawnSync('mkfifo', [path.join(dir, 'server.properties')]);
    const read = await readConfigFile(path.join(dir, 'server.properties'));
    assert.ok('problem' in read && /not a regular file/.test(read.problem));
    const result = runCli(['lint', '.'], dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /server\.properties: not a regular file/);
  });

  it('project files, compose references and --spec never block on a FIFO nor read a device without end', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'server.properties'), BROKER);
    spawnSync('mkfifo', [path.join(dir, '.kraftrc.json')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'topology.json'));
    spawnSync('mkfifo', [path.join(dir, 'spec.json')]);
    const lint = runCli(['lint', '.'], dir);
    assert.equal(checked(lint.stdout), 1, lint.stdout + lint.stderr);
    const generate = runCli(['generate', '--spec', 'spec.json', '--out', 'out'], dir);
    assert.equal(generate.status, 1);
    assert.match(generate.stderr, /not a regular file/);
    assert.equal(composeReader()(path.join(dir, 'spec.json')), undefined);
    assert.equal(composeReader()(path.join(dir, 'topology.json')), undefined);
    await assert.rejects(readSmallTextFile('/dev/zero'));
  });

  it('a link to /dev/zero is refused whatever stat.size says, as a walked and as a named file', async () => {
    const dir = tempDir();
    fs.symlinkSync('/dev/zero', path.join(dir, 'server.properties'));
    assert.ok('problem' in (await readConfigFile(path.join(dir, 'server.properties'))));
    for (const target of ['.', 'server.properties']) {
      const result = runCli(['lint', target], dir);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /not a regular file/);
    }
  });

  it('reads files whose stat.size is 0 but that hold data (procfs), up to the cap', async () => {
    if (!fs.existsSync('/proc/self/status')) return;
    const read = await readConfigFile('/proc/self/status');
    assert.ok('text' in read && read.text.includes('Name:'), 'the read must not trust stat.size = 0');
  });

  it('link loops end: each real file is linted once, and CLI and server walk alike', async () => {
    const dir = tempDir();
    fs.cpSync(EXAMPLE, path.join(dir, 'cluster'), { recursive: true });
    fs.symlinkSync('.', path.join(dir, 'cluster/self'));
    fs.symlinkSync('..', path.join(dir, 'cluster/192.168.40.11/up'));
    fs.symlinkSync('../..', path.join(dir, 'cluster/192.168.40.14/broker/up2'));
    const result = runCli(['lint', 'cluster'], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(checked(result.stdout), 6);
    const walk = await walkFolder(path.join(dir, 'cluster'), {
      skip: new Set(),
      want: (name) => name.endsWith('.properties'),
    });
    assert.equal(walk.files.length, 6);
    assert.equal(new Set(walk.files.map((file) => file.realPath)).size, 6);
  });

  it('a link to a folder outside the walked folder is not entered (a link to / cannot make the walk endless)', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'repo'));
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.writeFileSync(path.join(dir, 'elsewhere/server.properties'), BROKER);
    fs.symlinkSync('../elsewhere', path.join(dir, 'repo/linked'));
    fs.symlinkSync('/', path.join(dir, 'repo/root'));
    const walk = await walkFolder(path.join(dir, 'repo'), {
      skip: new Set(),
      want: (name) => name.endsWith('.properties'),
    });
    assert.deepEqual(walk.files, []);
  });

  it('a symlinked config is linted by the walk (one policy), once even when also reachable directly', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a/server.properties'), BROKER);
    fs.mkdirSync(path.join(dir, 'b'));
    fs.symlinkSync('../a/server.properties', path.join(dir, 'b/server.properties'));
    const walk = await walkFolder(dir, { skip: new Set(), want: (name) => name.endsWith('.properties') });
    assert.deepEqual(
      walk.files.map((file) => path.relative(dir, file.path)),
      ['a/server.properties'],
    );
  });

  it('naming one file twice (folder and file, ./x and x) makes no phantom node', () => {
    const dir = tempDir();
    fs.cpSync(EXAMPLE, path.join(dir, 'cluster'), { recursive: true });
    const file = 'cluster/192.168.40.11/broker/server.properties';
    for (const [args, files] of [
      [['cluster', file], 6],
      [[file, 'cluster'], 6],
      [[`./${file}`, file], 1],
    ] as const) {
      const result = runCli(['lint', ...args], dir);
      assert.doesNotMatch(result.stdout, /duplicate-node-id|internal-error/);
      assert.equal(checked(result.stdout), files, `${args.join(' ')}: ${result.stdout}`);
    }
  });

  it('an unreadable server.properties and an unreadable sub-folder are reported, with no stack trace', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'server.properties'), BROKER, { mode: 0o000 });
    fs.mkdirSync(path.join(dir, 'locked'), { mode: 0o000 });
    // root reads everything: run the CLI as nobody then.
    const result = runCli(['lint', '.'], dir, isRoot ? { uid: 65534, gid: 65534 } : {});
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /server\.properties: cannot read the file/);
    assert.match(result.stderr, /locked: cannot read the folder/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it('a folder that vanishes during the walk is skipped, not fatal', async () => {
    const walk = await walkFolder(path.join(tempDir(), 'gone'), { skip: new Set(), want: () => true });
    assert.deepEqual(walk, {
      files: [],
      problems: [],
      truncated: false,
      libsFolders: [],
      listedFolders: [],
      noted: [],
    });
  });

  it('findings are capped per file, with one finding saying how many more there were', () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => `unknown.key.number${i}=x`);
    // The one error comes last: the most severe findings are the ones kept.
    fs.writeFileSync(path.join(dir, 'server.properties'), BROKER + lines.join('\n') + '\nnum.io.threads=many\n');
    const result = runCli(['lint', '--format', 'json', '.'], dir);
    const report = JSON.parse(result.stdout) as { files: { diagnostics: { code: string; message: string }[] }[] };
    const diagnostics = report.files[0].diagnostics;
    assert.equal(diagnostics.length, 1001);
    const capped = diagnostics.filter((finding) => finding.code === 'too-many-findings');
    assert.equal(capped.length, 1);
    assert.match(capped[0].message, /^20\d\d more finding/);
    assert.ok(
      diagnostics.some((finding) => finding.code === 'invalid-value'),
      'the error is among the kept findings',
    );
  });

  it('arguments: --opt=value, repeated globs, -- before a file starting with "-", clear errors with exit 2', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '-odd.properties'), BROKER);
    assert.equal(
      checked(
        runCli(['lint', '--format=text', '--include', '*.conf', '--include', '*.cfg', '--', '-odd.properties'], dir)
          .stdout,
      ),
      1,
    );
    for (const [args, message] of [
      [['--bogus', '.'], /Unknown option "--bogus"/],
      [['--format', 'xml', '.'], /Unknown format "xml"/],
      [['--kafka-version=9.9', '.'], /Unknown Kafka version "9.9"/],
      [[], /Name at least one/],
    ] as const) {
      const result = runCli(['lint', ...args], dir);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
    }
  });

  it('terminal escape sequences from a file never reach the terminal', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'server.properties'),
      BROKER + 'unknown\u001b]0;pwned\u0007key\u001b[2J=1\nnode.id=\u009b31mx\n',
    );
    const result = runCli(['lint', '.'], dir);
    assert.doesNotMatch(result.stdout + result.stderr, /[\u001b\u0007\u009b]/);
    assert.match(result.stdout, /\\u001b/);
  });
});

describe('CLI: project files found by the walk and above it', () => {
  after(removeTempDirs);

  it('applies a .kraftrc.json inside the walked folder and one above it, and the jar version of a distribution', () => {
    const top = tempDir();
    const project = path.join(top, 'project');
    fs.mkdirSync(path.join(project, 'inner/node'), { recursive: true });
    fs.mkdirSync(path.join(project, 'dist/libs'), { recursive: true });
    fs.mkdirSync(path.join(project, 'dist/node'), { recursive: true });
    const config = BROKER + 'my.plugin.setting=1\n';
    fs.writeFileSync(path.join(project, 'inner/node/server.properties'), config);
    fs.writeFileSync(path.join(project, 'dist/node/server.properties'), config);
    fs.writeFileSync(path.join(project, 'dist/libs/kafka_2.13-3.8.0.jar'), '');
    // Above the linted folder (not walked): every unknown key is an error.
    fs.writeFileSync(path.join(top, '.kraftrc.json'), '{ "rules": { "unknown-key": "error" } }');
    // Inside it (walked): this key is accepted here.
    fs.writeFileSync(path.join(project, 'inner/.kraftrc.json'), '{ "acceptedUnknownKeys": ["my.plugin.setting"] }');
    const run = runCli(['lint', '--format', 'json', 'project'], top);
    const report = JSON.parse(run.stdout) as {
      files: { path: string; diagnostics: { code: string; severity: string; message: string }[] }[];
    };
    const findingsOf = (part: string) => report.files.find((file) => file.path.includes(part))?.diagnostics ?? [];
    assert.ok(
      !findingsOf('inner').some((finding) => finding.code === 'unknown-key'),
      'accepted by inner/.kraftrc.json',
    );
    const unknown = findingsOf('dist').find((finding) => finding.code === 'unknown-key');
    assert.equal(unknown?.severity, 'error', 'made an error by the .kraftrc.json above the linted folder');
    assert.match(unknown?.message ?? '', /Kafka 3\.8/, 'checked against the version of the jar in dist/libs');
  });
});
