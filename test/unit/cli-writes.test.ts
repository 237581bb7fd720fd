// `lint --fix` writes: only edited ranges change, in the file's own encoding and line endings, atomically (mode
// kept), all files or none, never through links that lead outside the named targets; a second run changes nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/engine';
import { removeTempDirs, runCli, tempDir } from '../support/cli';

const BROKER = fs.readFileSync(
  path.join(REPO, 'examples/cluster-correct/192.168.40.11/broker/server.properties'),
  'latin1',
);
/** The example broker with a typo whose preferred fix renames the key back. */
const TYPO = BROKER.replace('advertised.listeners=', 'advertised.Listeners=');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

describe('writing fixes safely (lint --fix)', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('a Latin-1 file stays Latin-1: only the edited key changes, the password bytes are untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'server.properties');
    fs.writeFileSync(file, Buffer.from(TYPO + 'ssl.keystore.password=p\u00e4ssw\u00f6rd\n', 'latin1'));
    const result = runCli(['lint', '--fix', 'server.properties'], dir);
    assert.match(result.stderr, /Fixed server\.properties/);
    assert.deepEqual(
      fs.readFileSync(file),
      Buffer.from(BROKER + 'ssl.keystore.password=p\u00e4ssw\u00f6rd\n', 'latin1'),
    );
    // Kafka reads these bytes exactly: advice, not a "garbled text" warning.
    assert.doesNotMatch(runCli(['lint', 'server.properties'], dir).stdout, /garbled/);
  });

  it('a UTF-8 file containing U+FFFD is not double-encoded', () => {
    const dir = tempDir();
    const file = path.join(dir, 'server.properties');
    fs.writeFileSync(file, TYPO + '# odd \ufffd and caf\u00e9\n', 'utf8');
    runCli(['lint', '--fix', 'server.properties'], dir);
    assert.deepEqual(fs.readFileSync(file), Buffer.from(BROKER + '# odd \ufffd and caf\u00e9\n', 'utf8'));
  });

  it('CRLF line endings stay CRLF and the write is atomic with the mode kept', () => {
    const dir = tempDir();
    const file = path.join(dir, 'server.properties');
    fs.writeFileSync(file, TYPO.replace(/\n/g, '\r\n'), { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    const before = fs.statSync(file);
    runCli(['lint', '--fix', 'server.properties'], dir);
    assert.equal(fs.readFileSync(file, 'latin1'), BROKER.replace(/\n/g, '\r\n'));
    const after = fs.statSync(file);
    assert.equal(after.mode & 0o777, 0o640);
    assert.notEqual(after.ino, before.ino, 'written to a temp file and renamed, not truncated in place');
    assert.deepEqual(fs.readdirSync(dir), ['server.properties'], 'no temp file left behind');
  });

  it('never writes through a link leading outside the named folder; fixes it when the file is named directly', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'outside'));
    fs.mkdirSync(path.join(dir, 'repo'));
    const real = path.join(dir, 'outside/server.properties');
    fs.writeFileSync(real, TYPO);
    fs.symlinkSync('../outside/server.properties', path.join(dir, 'repo/server.properties'));
    const result = runCli(['lint', '--fix', 'repo'], dir);
    assert.match(result.stderr, /not fixed: it is a link to .*outside/);
    assert.equal(fs.readFileSync(real, 'latin1'), TYPO);
    runCli(['lint', '--fix', 'repo/server.properties'], dir);
    assert.equal(fs.readFileSync(real, 'latin1'), BROKER);
    assert.ok(fs.lstatSync(path.join(dir, 'repo/server.properties')).isSymbolicLink(), 'the link stays a link');
  });

  it('one read-only file among five: no file is written and no stack trace', () => {
    const dir = tempDir();
    const files = [0, 1, 2, 3, 4].map((i) => path.join(dir, `n${i}`, 'server.properties'));
    files.forEach((file, i) => {
      fs.mkdirSync(path.dirname(file));
      fs.writeFileSync(file, TYPO.replace('node.id=2', `node.id=${10 + i}`));
      // root writes anything: the CLI runs as nobody, who owns every file but the third.
      if (isRoot && i !== 2) fs.chownSync(file, NOBODY, NOBODY);
      if (isRoot) fs.chownSync(path.dirname(file), NOBODY, NOBODY);
    });
    fs.chmodSync(files[2], 0o444);
    const before = files.map((file) => fs.readFileSync(file, 'latin1'));
    const result = runCli(['lint', '--fix', '.'], dir, isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /not fixed: cannot write/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    assert.deepEqual(
      files.map((file) => fs.readFileSync(file, 'latin1')),
      before,
    );
  });

  it('--fix is idempotent: a second run changes nothing', () => {
    const dir = tempDir();
    fs.cpSync(path.join(REPO, 'examples/cluster-with-mistakes'), path.join(dir, 'c'), { recursive: true });
    runCli(['lint', '--fix', 'c'], dir);
    const snapshot = (root: string): Record<string, string> =>
      Object.fromEntries(
        fs
          .readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.properties'))
          .map((name) => [name, fs.readFileSync(path.join(root, name), 'latin1')]),
      );
    const first = snapshot(path.join(dir, 'c'));
    const second = runCli(['lint', '--fix', 'c'], dir);
    assert.doesNotMatch(second.stderr, /Fixed/);
    assert.deepEqual(snapshot(path.join(dir, 'c')), first);
  });
});
